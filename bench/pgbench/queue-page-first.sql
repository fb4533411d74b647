-- Scenario 6, a candidate fix (not what the app runs today): take the page of ids first, then count items only for
-- those 20 rows. The app's query (queue.sql) evaluates both counting subqueries for every open application before
-- the offset is applied (EXPLAIN: SubPlan loops=20000 for the last page at scale S).
select count(*) from verification_application a where a.status in ('SUBMITTED', 'IN_PROGRESS');
select a.id, a.app_number, a.status, a.submitted_at, e.name, e.credit_code,
       (select count(*) from verification_item i where i.application_id = a.id) as item_count,
       (select count(*) from verification_item i where i.application_id = a.id and i.decision is not null) as decided
from (select * from verification_application
      where status in ('SUBMITTED', 'IN_PROGRESS') order by submitted_at, id limit 20 offset :off) a
join enterprise e on e.id = a.enterprise_id
order by a.submitted_at, a.id;
