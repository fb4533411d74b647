-- Scenario 5: the public status query — the application by number and its items (run with -D num=…).
select a.id, a.status, a.submitted_at from verification_application a where a.app_number = :num;
select record_id, section, decision from verification_item
where application_id = (select id from verification_application where app_number = :num) order by item_order;
