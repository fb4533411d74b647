-- Scenario 3: what the API list asks the database (run with -D sid=… -D ent=… -D off=… -D ids={…}, the page's record ids): the session, the
-- enterprise, one page of 20 with its total, then the page's attachments in one statement (RecordAttachments).
SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES
FROM SPRING_SESSION S LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID
WHERE S.SESSION_ID = :sid;
select * from enterprise where id = :ent;
select r.*, count(*) over () as total_items from handbook_record r
where enterprise_id = :ent and section = 'equipment' and deleted = false
order by id limit 20 offset :off;
select * from attachment where record_id = any (:ids::bigint[]) and deleted_at is null
order by uploaded_at, id;
