-- The application keeps the enterprise's name and credit code as they were at filing (as it keeps the contact), so the
-- clerk's queue shows and filters them without reading the enterprise module's table.
alter table verification_application add column enterprise_name varchar(200);
alter table verification_application add column enterprise_credit_code varchar(18);
update verification_application set
    enterprise_name = (select e.name from enterprise e where e.id = verification_application.enterprise_id),
    enterprise_credit_code = (select e.credit_code from enterprise e where e.id = verification_application.enterprise_id);
alter table verification_application alter column enterprise_name set not null;
alter table verification_application alter column enterprise_credit_code set not null;
