-- Scenario 6: ClerkQueue / QueueRepository, the workbench's "下一页" from a cursor in the middle of the queue, as the
-- app runs it with no filter: each open status is one index range of verification_application_queue_ix read from
-- the cursor, merged (Merge Append), 21 rows (20 shown + 1 to know there is a next page), items counted for those
-- rows only. No count(*), no offset. Run with -M prepared and the cursor of the row before the page:
--   -D at=<submitted_at as ISO-8601 without spaces, e.g. 2026-06-10T09:40:00Z> -D id=<its id>
select a.id, a.app_number, a.status, a.submitted_at, a.claimed_by, e.name as enterprise_name, e.credit_code,
       (select count(*) from verification_item i where i.application_id = a.id) as item_count,
       (select count(i.decision) from verification_item i where i.application_id = a.id) as decided_count
from (select u.id, u.submitted_at
      from ((select a.id, a.submitted_at from verification_application a
             where a.status = 'SUBMITTED' and (a.submitted_at, a.id) > (:at, :id)
             order by a.submitted_at, a.id limit 21)
            union all
            (select a.id, a.submitted_at from verification_application a
             where a.status = 'IN_PROGRESS' and (a.submitted_at, a.id) > (:at, :id)
             order by a.submitted_at, a.id limit 21)) u
      order by u.submitted_at, u.id limit 21 offset 0) q
join verification_application a on a.id = q.id
join enterprise e on e.id = a.enterprise_id
order by q.submitted_at, q.id;
