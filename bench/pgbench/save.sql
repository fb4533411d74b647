-- Scenario 4: RecordStore.update + insertVersion for one record, in one transaction (run with -D rec=…).
-- Each pgbench client edits its own record (rec + client_id) so that clients do not queue on one row lock.
\set r :rec + :client_id
begin;
select * from handbook_record where id = :r;
update handbook_record set version = version + 1, data = data, updated_by = 'pgbench', updated_at = now()
where id = :r;
insert into handbook_record_version (record_id, version, level, status, data, actor, changed_at, change_kind)
select id, version, level, status, data, 'pgbench', now(), 'UPDATED' from handbook_record where id = :r;
commit;
