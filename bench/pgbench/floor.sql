-- The database's floor: a round trip with no work.
select 1;
