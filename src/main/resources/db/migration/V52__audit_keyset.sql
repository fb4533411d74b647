-- The audit log pages by keyset, newest first: (occurred_at, id) < (cursor) order by occurred_at desc, id desc, one
-- row more than shown. Each filter the page offers is an index range read in that order from the cursor, the from/to
-- days a range on occurred_at inside it:
--   nothing or only days       audit_event_time_ix (V1)
--   outcome                    audit_event_outcome_ix
--   actor / action / enterprise, with or without an outcome: (column, outcome, occurred_at, id); without an outcome
--   the repository reads the three outcomes as three ranges and merges them (Merge Append), so a rare outcome of a
--   busy actor is found without reading the actor's whole history.
-- A second of actor / action / enterprise is checked on the rows of the first one's range. V1's indexes ended in
-- occurred_at alone (the id tie-break needed a sort) and the outcome had none.
drop index audit_event_actor_ix;
drop index audit_event_action_ix;
drop index audit_event_enterprise_ix;
create index audit_event_actor_ix on audit_event (actor, outcome, occurred_at desc, id desc);
create index audit_event_action_ix on audit_event (action, outcome, occurred_at desc, id desc);
create index audit_event_enterprise_ix on audit_event (enterprise_id, outcome, occurred_at desc, id desc);
create index audit_event_outcome_ix on audit_event (outcome, occurred_at desc, id desc);
