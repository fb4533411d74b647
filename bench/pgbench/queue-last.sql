-- Scenario 6: the workbench's "末页": the newest 21 open applications (each status's index range read backwards,
-- merged), shown oldest first by the app.
-- As the app runs it: the clerk's session (-D sid=…) first, the page in a read-only transaction.
SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES
FROM SPRING_SESSION S LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID
WHERE S.SESSION_ID = :sid;
BEGIN READ ONLY;
with q as (select u.id, u.submitted_at
      from ((select a.id, a.submitted_at from verification_application a
             where a.status = 'SUBMITTED'
             order by a.submitted_at desc, a.id desc limit 21)
            union all
            (select a.id, a.submitted_at from verification_application a
             where a.status = 'IN_PROGRESS'
             order by a.submitted_at desc, a.id desc limit 21)) u
      order by u.submitted_at desc, u.id desc limit 21)
select a.id, a.app_number, a.status, a.submitted_at, a.claimed_by, a.enterprise_name, a.enterprise_credit_code,
       coalesce(c.item_count, 0) as item_count, coalesce(c.decided_count, 0) as decided_count
from q
join verification_application a on a.id = q.id
left join (select i.application_id, count(*) as item_count, count(i.decision) as decided_count
           from verification_item i join q on i.application_id = q.id group by i.application_id) c
  on c.application_id = a.id
order by q.submitted_at desc, q.id desc;
COMMIT;
