-- Scenario 6: ApplicationRepository.queue with no filter — the count over all open applications, then a page of
-- 20 by offset with two counting subqueries per row (run with -D off=…).
select count(*) from verification_application a join enterprise e on e.id = a.enterprise_id
where a.status in ('SUBMITTED', 'IN_PROGRESS');
select a.id, a.app_number, a.status, a.submitted_at, e.name, e.credit_code,
       (select count(*) from verification_item i where i.application_id = a.id) as item_count,
       (select count(*) from verification_item i where i.application_id = a.id and i.decision is not null) as decided
from verification_application a join enterprise e on e.id = a.enterprise_id
where a.status in ('SUBMITTED', 'IN_PROGRESS')
order by a.submitted_at, a.id limit 20 offset :off;
