-- Scenario 6: ClerkQueue / QueueRepository, the workbench's "下一页" from a cursor in the middle of the queue, as the
-- app runs it with no filter: each open status is one index range of verification_application_queue_ix read from
-- the cursor, merged (Merge Append), 21 rows (20 shown + 1 to know there is a next page), items counted for those
-- rows only, both counts in one pass over their items. No count(*), no offset. Run with -M prepared and the cursor
-- of the row before the page:
--   -D at=<submitted_at as ISO-8601 without spaces, e.g. 2026-06-10T09:40:00Z> -D id=<its id>
-- As the app runs it: the clerk's session (-D sid=…) first, the page in a read-only transaction.
SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES
FROM SPRING_SESSION S LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID
WHERE S.SESSION_ID = :sid;
BEGIN READ ONLY;
with q as (select u.id, u.submitted_at
      from ((select a.id, a.submitted_at from verification_application a
             where a.status = 'SUBMITTED' and (a.submitted_at, a.id) > (:at, :id)
             order by a.submitted_at, a.id limit 21)
            union all
            (select a.id, a.submitted_at from verification_application a
             where a.status = 'IN_PROGRESS' and (a.submitted_at, a.id) > (:at, :id)
             order by a.submitted_at, a.id limit 21)) u
      order by u.submitted_at, u.id limit 21)
select a.id, a.app_number, a.status, a.submitted_at, a.claimed_by, a.enterprise_name, a.enterprise_credit_code,
       coalesce(c.item_count, 0) as item_count, coalesce(c.decided_count, 0) as decided_count
from q
join verification_application a on a.id = q.id
left join (select i.application_id, count(*) as item_count, count(i.decision) as decided_count
           from verification_item i join q on i.application_id = q.id group by i.application_id) c
  on c.application_id = a.id
order by q.submitted_at, q.id;
COMMIT;
