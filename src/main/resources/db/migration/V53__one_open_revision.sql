-- At most one open revision (变更 draft) per record, enforced by the database: parallel 变更 requests created two,
-- after which the section page failed. `open_revision_of` mirrors `revision_of` while the revision is open (not
-- deleted, not merged) and is null otherwise; a plain unique constraint then allows any number of closed ones.

-- Repair first: of several open revisions of one record keep the one filed in an application, else the most edited,
-- else the oldest; the others are closed as deleted by 'system', with that version kept in their history.
insert into handbook_record_version (record_id, version, level, status, data, actor, changed_at, change_kind)
select r.id, r.version + 1, r.level, r.status, r.data, 'system', current_timestamp, 'DELETED'
from handbook_record r
where r.id in (
    select ranked.id from (
        select id, row_number() over (partition by revision_of
            order by case when status = 'PENDING' then 0 else 1 end, version desc, id) as pos
        from handbook_record where revision_of is not null and deleted = false
    ) ranked where ranked.pos > 1
);

update handbook_record set deleted = true, version = version + 1, updated_by = 'system', updated_at = current_timestamp
where id in (
    select ranked.id from (
        select id, row_number() over (partition by revision_of
            order by case when status = 'PENDING' then 0 else 1 end, version desc, id) as pos
        from handbook_record where revision_of is not null and deleted = false
    ) ranked where ranked.pos > 1
);

alter table handbook_record add column open_revision_of bigint;
update handbook_record set open_revision_of = revision_of where revision_of is not null and deleted = false;
alter table handbook_record add constraint handbook_record_open_revision_uk unique (open_revision_of);
