-- Scenario 2: what the HTML list page asks the database, statement by statement as PostgreSQL's log shows them
-- (run with -D sid=<session id> -D ent=… -D off=…): the session (Spring Session JDBC), the enterprise
-- (EnterpriseRepository.findById, once per request), one page of 10 with its total (RecordStore.page). No transaction.
SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES
FROM SPRING_SESSION S LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID
WHERE S.SESSION_ID = :sid;
select * from enterprise where id = :ent;
select r.*, count(*) over () as total_items from handbook_record r
where enterprise_id = :ent and section = 'equipment' and deleted = false
order by id limit 10 offset :off;
