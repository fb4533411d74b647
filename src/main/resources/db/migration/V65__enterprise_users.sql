-- 用户管理 (issue 18): an enterprise's accounts carry their enterprise role (法定代表人 / 证书管理员 / 办事员) and the
-- permissions they were given, as a comma-separated list of codes (MANAGE_USERS, EDIT, FILE, PRINT; the account
-- module reads and writes it). Every enterprise account there was did everything: it becomes the enterprise's
-- 证书管理员 with every permission, so nobody loses what they could do. Accounts of the other roles have neither.
-- must_change_password: the password was set by someone else (a new operator, a reset by a manager); until its
-- holder changes it, nothing else is reachable. last_sign_in_at: when the account last signed in through the form.
alter table account add column enterprise_role varchar(24);
alter table account add column permissions varchar(100) default '' not null;
alter table account add column must_change_password boolean default false not null;
alter table account add column last_sign_in_at timestamp with time zone;

update account set enterprise_role = 'CERTIFICATE_ADMIN', permissions = 'MANAGE_USERS,EDIT,FILE,PRINT'
where enterprise_id is not null;

alter table account add constraint account_enterprise_role_ck
    check (enterprise_role in ('LEGAL_REPRESENTATIVE', 'CERTIFICATE_ADMIN', 'OPERATOR'));
alter table account add constraint account_enterprise_role_set_ck
    check ((enterprise_id is null) = (enterprise_role is null));
