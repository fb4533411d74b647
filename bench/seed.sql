-- Bulk seed for the benchmark (issue 8). Runs with psql against a database whose schema Flyway already created
-- (bench/run.sh starts the jar once for that) and which holds no data yet:
--   psql -v enterprises=10000 -v per_enterprise=100 -v applications=100000 -f bench/seed.sql
-- Scale S: 10,000 enterprises × 100 records = 1,000,000 records; scale L: per_enterprise=1000 (10,000,000).
-- Everything is generate_series inside PostgreSQL: no row crosses the network, so L takes minutes.
--
-- What the scenarios rely on (bench/run.sh reads the ids back by these names, never by number):
--   * enterprise credit code 913100000000000001 (account bench-ent) has exactly 150 equipment records, level D
--     drafts (freely editable), so its equipment list has 8 pages of 20 and the save scenario can edit them;
--   * every account (bench-ent, ent00002…, bench-clerk) has the password Bench@12345, hashed ONCE here;
--   * applications: 80% COMPLETED, 10% SUBMITTED, 10% IN_PROGRESS, so the clerk queue holds 20% of them.
\set ON_ERROR_STOP on
\timing on

create extension if not exists pgcrypto;

begin;

-- One bcrypt hash (cost 10, as Spring's BCryptPasswordEncoder) for every account: hashing per row would cost minutes.
select '{bcrypt}' || crypt('Bench@12345', gen_salt('bf', 10)) as hash \gset

insert into enterprise (credit_code, name, region, foreign_invested, address, legal_representative,
                        registered_capital, established_on, contact_name, contact_phone, contact_mobile,
                        version, created_at, updated_at)
select '9131' || lpad(i::text, 14, '0'),
       case when i = 1 then '基准测试建设工程有限公司' else '压测企业' || i || '建设工程有限公司' end,
       case when i % 10 = 0 then 'OTHER' else 'LOCAL' end,
       i % 25 = 0,
       '上海市浦东新区世纪大道' || i || '号', '法人' || i, 1000 + i % 9000, date '2000-01-01' + (i % 8000),
       '联系人' || i, '021-' || (62000000 + i), '139' || lpad((16000000 + i)::text, 8, '0'),
       0, now(), now()
from generate_series(1, :enterprises) i;

-- Every enterprise account is its enterprise's 证书管理员 with every permission (issue 18, V65).
insert into account (username, username_key, password_hash, role, enterprise_id, display_name, enabled,
                     created_at, version, enterprise_role, permissions)
select n, n, :'hash', 'ENTERPRISE', e.id, e.name, true, now(), 0, 'CERTIFICATE_ADMIN', 'MANAGE_USERS,EDIT,FILE,PRINT'
from enterprise e,
     lateral (select case when e.credit_code = '913100000000000001' then 'bench-ent'
                          else 'ent' || lpad(e.id::text, 5, '0') end as n) name;
insert into account (username, username_key, password_hash, role, enterprise_id, display_name, enabled,
                     created_at, version)
values ('bench-clerk', 'bench-clerk', :'hash', 'CLERK', null, '压测窗口', true, now(), 0),
       ('bench-admin', 'bench-admin', :'hash', 'ADMIN', null, '压测管理员', true, now(), 0);

-- Records. Section by position: 0 equipment, 1 plant, 2 branch-social-security; data as RecordStore writes it
-- (canonical JSON of the field values, field order of the section definition, absent optional fields left out).
create temporary table seed_record on commit drop as
select e.id as enterprise_id, n,
       case n % 3 when 0 then 'equipment' when 1 then 'plant' else 'branch-social-security' end as section
from enterprise e, generate_series(0, :per_enterprise - 1) n
where e.credit_code <> '913100000000000001'
union all
select e.id, n, 'equipment'
from enterprise e, generate_series(0, 149) n
where e.credit_code = '913100000000000001';

insert into handbook_record (enterprise_id, section, level, status, version, data, revision_of, deleted,
                             created_by, created_at, updated_by, updated_at)
select r.enterprise_id, r.section,
       case when r.enterprise_id = (select id from enterprise where credit_code = '913100000000000001') then 'D'
            else (array['D', 'D', 'C', 'B', 'A'])[1 + r.n % 5] end,
       case when r.enterprise_id = (select id from enterprise where credit_code = '913100000000000001') then 'DRAFT'
            when r.n % 5 < 2 then 'DRAFT' else 'VERIFIED' end,
       1,
       case r.section
         when 'equipment' then json_build_object('name', (array['塔式起重机', '施工升降机', '混凝土泵车', '挖掘机',
                  '全站仪'])[1 + r.n % 5], 'model', 'XM-' || (100 + r.n), 'origin', '上海',
                  'manufactureDate', (date '2012-01-10' + 37 * (r.n % 100))::text, 'quantity', (1 + r.n % 5)::text,
                  'originalValue', (20 + (r.n * 37) % 400)::text, 'netValue', (10 + (r.n * 17) % 200)::text)::text
         when 'plant' then json_build_object('address', '上海市闵行区莘庄工业区' || r.n || '号',
                  'area', (100 + r.n % 900)::text, 'ownership', case when r.n % 2 = 0 then 'OWN' else 'LEASE' end)::text
         else json_build_object('branchName', '分公司' || r.n, 'location', '江苏南京',
                  'period', to_char(date '2025-01-01' + make_interval(months => r.n % 12), 'YYYY-MM'),
                  'insuredCount', (10 + r.n % 90)::text)::text
       end,
       null, false, 'seed', now() - make_interval(days => r.n % 700), 'seed', now() - make_interval(days => r.n % 700)
from seed_record r
order by r.enterprise_id, r.n;

-- Each record's history starts with its creation, as RecordWriter does.
insert into handbook_record_version (record_id, version, level, status, data, actor, changed_at, change_kind)
select id, 1, level, status, data, created_by, created_at, 'CREATED' from handbook_record;

-- Applications: W + day + 5-digit sequence, 300 a day going back from yesterday (today's numbers stay free for
-- the application itself, whose verification_sequence row is then inserted on first use).
insert into verification_application (app_number, enterprise_id, enterprise_name, enterprise_credit_code, status,
                                      contact_name, contact_phone, contact_mobile, submitted_at, submitted_by,
                                      claimed_by, claimed_at, closed_at, version)
select 'W' || to_char(d.day, 'YYYYMMDD') || lpad((1 + i % 300)::text, 5, '0'),
       e.id, e.name, e.credit_code,
       case when i % 10 = 0 then 'SUBMITTED' when i % 10 = 1 then 'IN_PROGRESS' else 'COMPLETED' end,
       e.contact_name, e.contact_phone, e.contact_mobile,
       (d.day + time '08:00') + make_interval(secs => 60 * (i % 300)), 'seed',
       case when i % 10 = 0 then null else 'bench-clerk' end,
       case when i % 10 = 0 then null else (d.day + time '16:00') end,
       case when i % 10 >= 2 then (d.day + time '17:00') end,
       1
from generate_series(0, :applications - 1) i
cross join lateral (select current_date - 1 - i / 300 as day) d
join enterprise e on e.credit_code = '9131' || lpad((2 + i % (:enterprises - 1))::text, 14, '0');

-- Three items per application, records of its enterprise; an enterprise's applications take different records.
-- Records were inserted ordered by enterprise, so each enterprise's ids are one contiguous range: items are picked
-- by arithmetic in that range (a lateral "offset" scan per application took 3:49 of L's 7:40).
insert into verification_item (application_id, record_id, section, item_order, decision, reason, decided_by,
                               decided_at)
select a.id, r.id, r.section, j + 1,
       case when a.status = 'COMPLETED' then 'PASS' end, null,
       case when a.status = 'COMPLETED' then 'bench-clerk' end,
       case when a.status = 'COMPLETED' then a.closed_at end
from (select a.*, row_number() over (partition by a.enterprise_id order by a.id) - 1 as k
      from verification_application a) a
join (select enterprise_id, min(id) as first_id, count(*) as n from handbook_record group by enterprise_id) e
  on e.enterprise_id = a.enterprise_id
cross join generate_series(0, 2) j
join handbook_record r on r.id = e.first_id + (a.k * 3 + j) % e.n;

commit;

vacuum analyze;

select (select count(*) from enterprise) as enterprises, (select count(*) from account) as accounts,
       (select count(*) from handbook_record) as records, (select count(*) from verification_application) as applications,
       (select count(*) from verification_item) as items;
