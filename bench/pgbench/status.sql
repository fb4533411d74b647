-- Scenario 5: the public status query as the app runs it (run with -D num=…): one read-only transaction, the
-- application by number (ApplicationRepository.find), then its items in one statement.
BEGIN READ ONLY;
select a.id, a.app_number, a.enterprise_id, a.status, a.contact_name, a.contact_phone, a.contact_mobile,
  a.submitted_at, a.submitted_by, a.claimed_by, a.claimed_at, a.closed_at, a.version
from verification_application a where a.app_number = :num;
select application_id, record_id, section, decision, reason, decided_by, decided_at from verification_item
where application_id in (select id from verification_application where app_number = :num)
order by application_id, item_order;
COMMIT;
