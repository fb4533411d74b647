-- The audit log pages by keyset, newest first: (occurred_at, id) < (cursor) order by occurred_at desc, id desc.
-- Every filter the page offers is an equality on the leading column of one of these indexes, each ending in
-- (occurred_at desc, id desc), so a page reads its rows from the index in order from the cursor (the from/to days
-- are a range on occurred_at inside it); a second equality filter is checked on the rows read. V1's indexes ended
-- in occurred_at alone, which left the id tie-break to a sort; the outcome filter had none.
drop index audit_event_actor_ix;
drop index audit_event_action_ix;
drop index audit_event_enterprise_ix;
create index audit_event_actor_ix on audit_event (actor, occurred_at desc, id desc);
create index audit_event_action_ix on audit_event (action, occurred_at desc, id desc);
create index audit_event_enterprise_ix on audit_event (enterprise_id, occurred_at desc, id desc);
create index audit_event_outcome_ix on audit_event (outcome, occurred_at desc, id desc);
