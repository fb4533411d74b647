-- User names are unique whatever their case (issue 12): DEMO-ADMIN could be created beside demo-admin, and the two
-- read alike in the audit log. username keeps the spelling the account was created with (it is what sessions, the
-- audit log and other tables record); username_key, its lower case (user names are ASCII), is unique and is what
-- sign-in looks up, so any case signs in to the one account.
-- Accounts that already differ only in case: the oldest keeps its name; each later one is renamed to <name>~<id>
-- (no user name can be created with a '~', so the new name is free and tells where it came from), its sessions end
-- and the rename is audited. An administrator tells its holder the new name, or disables the account.
alter table account add column username_key varchar(64);

insert into audit_event (occurred_at, action, target, outcome, detail)
select current_timestamp, 'account.renamed', 'account:' || cast(a.id as varchar(20)), 'SUCCESS',
       a.username || ' -> ' || substring(a.username from 1 for 44) || '~' || cast(a.id as varchar(20))
           || ': the same user name as an older account but for case'
from account a
where exists (select 1 from account o where lower(o.username) = lower(a.username) and o.id < a.id);

delete from spring_session
where principal_name in (select a.username from account a
                         where exists (select 1 from account o
                                       where lower(o.username) = lower(a.username) and o.id < a.id));

-- The oldest of a group is never renamed, so every later one finds it whatever order the rows are updated in.
update account set username = substring(username from 1 for 44) || '~' || cast(id as varchar(20))
where exists (select 1 from account o where lower(o.username) = lower(account.username) and o.id < account.id);

update account set username_key = lower(username);
alter table account alter column username_key set not null;
alter table account drop constraint account_username_uk;
alter table account add constraint account_username_key_uk unique (username_key);
