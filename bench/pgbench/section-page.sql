-- Scenarios 2 and 3: RecordStore.page — the count, then one page of 20 by offset (run with -D ent=… -D off=…).
select count(*) from handbook_record where enterprise_id = :ent and section = 'equipment' and deleted = false;
select * from handbook_record where enterprise_id = :ent and section = 'equipment' and deleted = false
order by id limit 20 offset :off;
