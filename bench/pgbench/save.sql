-- Scenario 4: PUT /api/v1/records/{id} as PostgreSQL's log shows it (run with -D sid=<session id> -D ent=…
-- -D rec=…): the session; then one transaction with HandbookService.update (the record, its update, its history row),
-- the audit event and its seal on the chain (AuditChain: the head's row lock, held from here to the commit, is the
-- one lock every write of every enterprise queues on); then the record's attachments for the answer.
-- Each pgbench client edits its own record (rec + client_id) so that clients do not queue on one record's row lock.
\set r :rec + :client_id
SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES
FROM SPRING_SESSION S LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID
WHERE S.SESSION_ID = :sid;
begin;
select * from handbook_record where id = :r;
update handbook_record set level = level, status = status, version = version + 1, data = data,
  rejection_reason = rejection_reason, deleted = deleted, open_revision_of = open_revision_of,
  updated_by = 'pgbench', updated_at = now()
where id = :r;
insert into handbook_record_version (record_id, version, level, status, data, actor, changed_at, change_kind)
select id, version, level, status, data, 'pgbench', now(), 'UPDATED' from handbook_record where id = :r;
insert into audit_event (occurred_at, actor, actor_role, enterprise_id, action, target, outcome,
  client_address, detail, request_id)
values (now(), 'pgbench', 'ENTERPRISE', :ent, 'handbook.record.updated', 'record:' || :r, 'SUCCESS',
  '127.0.0.1', 'equipment D/DRAFT', md5(random()::text))
returning id as event \gset
select * from handbook_record where id = :r;
select position, hash from audit_chain_head where id = 1 for update \gset
update audit_event set chain_position = :position + 1, entry_hash = encode(sha256(convert_to(:hash || :event, 'UTF8')), 'hex')
where id = :event and chain_position is null;
update audit_chain_head set position = :position + 1, hash = encode(sha256(convert_to(:hash || :event, 'UTF8')), 'hex'),
  updated_at = now()
where id = 1;
commit;
select * from attachment where record_id = :r and deleted_at is null order by uploaded_at, id;
