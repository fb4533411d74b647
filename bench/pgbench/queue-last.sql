-- Scenario 6: the workbench's "末页": the newest 21 open applications (each status's index range read backwards,
-- merged), shown oldest first by the app. No variables.
select a.id, a.app_number, a.status, a.submitted_at, a.claimed_by, e.name as enterprise_name, e.credit_code,
       (select count(*) from verification_item i where i.application_id = a.id) as item_count,
       (select count(i.decision) from verification_item i where i.application_id = a.id) as decided_count
from (select u.id, u.submitted_at
      from ((select a.id, a.submitted_at from verification_application a
             where a.status = 'SUBMITTED'
             order by a.submitted_at desc, a.id desc limit 21)
            union all
            (select a.id, a.submitted_at from verification_application a
             where a.status = 'IN_PROGRESS'
             order by a.submitted_at desc, a.id desc limit 21)) u
      order by u.submitted_at desc, u.id desc limit 21 offset 0) q
join verification_application a on a.id = q.id
join enterprise e on e.id = a.enterprise_id
order by q.submitted_at desc, q.id desc;
