#!/usr/bin/env bash
# Two application nodes on one PostgreSQL behind nginx, on loopback (issue 8), and the proof that they act as one:
#   bench/two-nodes.sh        (after bench/run.sh S, whose database dossier_bench_s it uses; SCALE=L for the other)
# Node A on 127.0.0.1:18081, node B on :18082, nginx on :18080 (bench/two-nodes/nginx.conf, round robin, no
# stickiness). Checks, each printed PASS or FAIL (the script exits 1 on the first FAIL):
#   1. a login made through node A opens pages on node B;
#   2. an upload through node A is served by node B, byte for byte;
#   3. applications filed on both nodes at once get distinct numbers (then withdrawn, scans deleted: the database
#      is left as it was found);
#   4. node A stopped (SIGTERM, graceful) while wrk reads through nginx: no failed request, the session still works;
#   5. each visitor is itself behind nginx: its address, not nginx's nor one it claims, is in the audit
#      log and is what the status query's per-visitor limit counts (nginx connects from 127.0.0.2, the one trusted
#      proxy; visitors come from 127.0.0.3 and up);
# then measures the API list through nginx with one node and with two (a table appended to bench/RESULTS.md).
# Environment: SCALE (S), DURATION (10s), FILINGS (20), SESSIONS (jdbc; redis: bench/lib.sh session_args).
# Everything started here is stopped on exit.
set -euo pipefail
main() {

SCALE=${SCALE:-S}
DURATION=${DURATION:-10s}
FILINGS=${FILINGS:-20}
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
DB=dossier_bench_$(echo "$SCALE" | tr 'A-Z' 'a-z')
BENCH=$(cd "$(dirname "$0")" && pwd)
. "$BENCH/lib.sh"
ROOT=$(dirname "$BENCH")
OUT=$BENCH/out/two-nodes-$(date +%Y%m%d-%H%M%S)
mkdir -p "$OUT/nginx"
log() { echo "[two-nodes $(date +%T)] $*" | tee -a "$OUT/run.log" >&2; }
pass() { log "PASS $*"; }
fail() { log "FAIL $*"; exit 1; }
q() { psql -d "$DB" -tAc "$1"; }

command -v nginx >/dev/null || { log "installing nginx"; apt-get install -y -q nginx-light >/dev/null || { apt-get update -q && apt-get install -y -q nginx-light >/dev/null; }; }
command -v wrk >/dev/null || { log "installing wrk"; apt-get install -y -q wrk >/dev/null || { apt-get update -q && apt-get install -y -q wrk >/dev/null; }; }
[ "$(psql -tAc "select count(*) from pg_database where datname = '$DB'")" = 1 ] \
	|| { log "no database $DB: run bench/run.sh $SCALE first"; exit 1; }
JAR=$(ls "$ROOT"/target/dossier-*.jar 2>/dev/null | head -1 || true)
[ -n "$JAR" ] || { log "no jar: mvn -B package -DskipTests first"; exit 1; }

declare -gA PID=()  # global: the EXIT trap runs after main has returned
stop_all() {
	for name in "${!PID[@]}"; do kill "${PID[$name]}" 2>/dev/null || true; done
	wait 2>/dev/null || true
}
trap stop_all EXIT INT TERM

# r20: SESSIONS=redis puts the sessions of both nodes in Redis (bench/lib.sh session_args), computed once: a node
# restarted below must find the sessions made before.
SESSION_ARGS=$(session_args) || exit 1
start_node() {  # start_node NAME PORT
	env SPRING_PROFILES_ACTIVE=postgres DOSSIER_DEMODATA=false \
		SPRING_DATASOURCE_URL=jdbc:postgresql://$PGHOST:5432/$DB SPRING_DATASOURCE_USERNAME=$PGUSER \
		java -jar "$JAR" --server.port=$2 --server.address=127.0.0.1 \
		--dossier.auth.trusted-proxies=127.0.0.2 $SESSION_ARGS >>"$OUT/node-$1.log" 2>&1 &
	PID[$1]=$!
}
A=http://127.0.0.1:18081 B=http://127.0.0.1:18082 LB=http://127.0.0.1:18080
start_node A 18081
start_node B 18082
wait_up "$A/actuator/health" "${PID[A]}" || fail "node A did not start, see $OUT/node-A.log"
wait_up "$B/actuator/health" "${PID[B]}" || fail "node B did not start, see $OUT/node-B.log"
nginx -c "$BENCH/two-nodes/nginx.conf" -p "$OUT/nginx/" -g 'daemon off;' &
PID[nginx]=$!
wait_up "$LB/actuator/health" "${PID[nginx]}" || fail "nginx did not start, see $OUT/nginx/error.log"
log "nodes A (pid ${PID[A]}), B (pid ${PID[B]}) and nginx up"

# 1. The session lives in PostgreSQL (or Redis, SESSIONS=redis), so a login through A is valid on B.
JAR_ENT=$OUT/ent.jar
ROWS_BEFORE=$(q "select count(*) from spring_session where principal_name = 'bench-ent'")
login "$A" bench-ent "$JAR_ENT"
code=$(curl -s -o "$OUT/b-page.html" -w '%{http_code}' -b "$JAR_ENT" "$B/handbook/sections/equipment")
[ "$code" = 200 ] && grep -q 'id="records"' "$OUT/b-page.html" \
	&& pass "1 a login through node A opens the equipment list on node B (sessions: ${SESSIONS:-jdbc})" || fail "1 node B answered $code"
if [ "${SESSIONS:-jdbc}" = redis ]; then
	keys=$(redis-cli -h 127.0.0.1 -n "${REDIS_DB:-12}" --scan --pattern 'spring:session:sessions:*' | grep -vc expires || true)
	rows=$(q "select count(*) from spring_session where principal_name = 'bench-ent'")
	[ "$keys" -gt 0 ] && [ "$rows" = "$ROWS_BEFORE" ] && pass "1b the session is in Redis ($keys keys), not in the database" \
		|| fail "1b Redis holds $keys sessions and the database $rows rows of bench-ent ($ROWS_BEFORE before)"
fi
XSRF=$(xsrf_token "$JAR_ENT")
COOKIE=$(cookie_header "$JAR_ENT")

# 2. Upload through A, download through B: the bytes are in the shared database store.
ENT=$(q "select id from enterprise where credit_code = '913100000000000001'")
RECORDS=$(q "select string_agg(id::text, ' ') from (select r.id from handbook_record r where r.enterprise_id = $ENT
	and r.section = 'equipment' and r.status = 'DRAFT' and r.level = 'D' and not r.deleted
	and not exists (select 1 from attachment a where a.record_id = r.id and a.deleted_at is null)
	order by r.id limit $FILINGS) x")
[ "$(echo $RECORDS | wc -w)" = "$FILINGS" ] || fail "fewer than $FILINGS untouched draft records to file"
java "$BENCH/MakeJpeg.java" "$OUT/scan.jpg" >/dev/null
ATTACHMENTS=()
i=0
for rec in $RECORDS; do
	node=$([ $((i % 2)) = 0 ] && echo "$A" || echo "$B")
	code=$(curl -s -o "$OUT/upload-$rec.json" -w '%{http_code}' -b "$COOKIE" -H "X-XSRF-TOKEN: $XSRF" \
		-F kind=invoice -F "file=@$OUT/scan.jpg;type=image/jpeg" "$node/api/v1/records/$rec/attachments")
	[ "$code" = 201 ] || fail "2 upload to record $rec answered $code: $(cat "$OUT/upload-$rec.json")"
	ATTACHMENTS+=("$(grep -o '"id" *: *[0-9]*' "$OUT/upload-$rec.json" | head -1 | grep -o '[0-9]*$')")
	i=$((i + 1))
done
curl -fs -o "$OUT/from-b.jpg" -b "$COOKIE" "$B/api/v1/attachments/${ATTACHMENTS[0]}/content" \
	|| fail "2 node B could not serve attachment ${ATTACHMENTS[0]}"
cmp -s "$OUT/scan.jpg" "$OUT/from-b.jpg" \
	&& pass "2 a scan uploaded through node A is served by node B, byte for byte" \
	|| fail "2 node B served different bytes"

# 3. FILINGS applications at once, alternating nodes: the daily number sequence is one row in the database.
i=0
FILERS=()
for rec in $RECORDS; do
	node=$([ $((i % 2)) = 0 ] && echo "$A" || echo "$B")
	curl -s -o "$OUT/filing-$rec.json" -w '%{http_code}\n' -b "$COOKIE" -H "X-XSRF-TOKEN: $XSRF" \
		-H 'Content-Type: application/json' -d "{\"recordIds\": [$rec]}" \
		"$node/api/v1/verification-applications" >"$OUT/filing-$rec.code" &
	FILERS+=($!)
	i=$((i + 1))
done
wait "${FILERS[@]}" || true
NUMBERS=()
for rec in $RECORDS; do
	[ "$(cat "$OUT/filing-$rec.code")" = 201 ] || fail "3 filing record $rec answered $(cat "$OUT/filing-$rec.code"): $(cat "$OUT/filing-$rec.json")"
	NUMBERS+=("$(grep -o '"number" *: *"[^"]*"' "$OUT/filing-$rec.json" | sed 's/.*"\([^"]*\)"$/\1/')")
done
distinct=$(printf '%s\n' "${NUMBERS[@]}" | sort -u | grep -c .)
[ "$distinct" = "$FILINGS" ] \
	&& pass "3 $FILINGS applications filed at once on both nodes got $distinct distinct numbers (${NUMBERS[0]} …)" \
	|| fail "3 only $distinct distinct numbers among $FILINGS: ${NUMBERS[*]}"
for n in "${NUMBERS[@]}"; do
	curl -fs -o /dev/null -X POST -b "$COOKIE" -H "X-XSRF-TOKEN: $XSRF" "$LB/api/v1/verification-applications/$n/withdraw" \
		|| fail "3 could not withdraw $n"
done
for att in "${ATTACHMENTS[@]}"; do
	curl -fs -o /dev/null -X DELETE -b "$COOKIE" -H "X-XSRF-TOKEN: $XSRF" "$LB/api/v1/attachments/$att" \
		|| fail "3 could not delete attachment $att"
done
log "withdrew the applications and deleted the scans again"

# 4. Stop A in the middle of a load through nginx: graceful shutdown finishes A's requests, nginx sends the rest to B.
LIST="$LB/api/v1/sections/equipment/records?page=3&size=20"
COOKIE=$COOKIE ACCEPT=application/json wrk -t2 -c16 -d12s -s "$BENCH/lua/cookie.lua" "$LIST" >"$OUT/failover.txt" 2>&1 &
WRK=$!
sleep 4
kill -TERM "${PID[A]}"
wait "${PID[A]}" 2>/dev/null || true
unset 'PID[A]'
log "node A stopped"
wait $WRK || true
total=$(awk '/requests in/ { print $1 }' "$OUT/failover.txt")
non2xx=$(awk '/Non-2xx/ { print $5 }' "$OUT/failover.txt")
sock=$(awk '/Socket errors/ { gsub(",", ""); print $4 + $6 + $8 + $10 }' "$OUT/failover.txt")
[ "${non2xx:-0}" = 0 ] && [ "${sock:-0}" = 0 ] && [ "${total:-0}" -gt 0 ] \
	&& pass "4a node A stopped under load: $total requests through nginx, none failed" \
	|| fail "4a while node A stopped: ${non2xx:-0} non-2xx and ${sock:-0} socket errors of ${total:-0} (see $OUT/failover.txt)"
code=$(curl -s -o /dev/null -w '%{http_code}' -b "$JAR_ENT" "$LB/handbook/sections/equipment")
[ "$code" = 200 ] && pass "4b the session made on node A still works through nginx with A down" \
	|| fail "4b with A down the session got $code"

# 5. Behind nginx each visitor is itself (node B alone now). A visitor from 127.0.0.3 signs in claiming to be
#    198.51.100.66: the audit log has 127.0.0.3. The status query's limit (30 a minute per visitor and node) stops
#    127.0.0.4, not 127.0.0.5.
VISITOR=$OUT/visitor.jar
token=$(curl -fs --interface 127.0.0.3 -c "$VISITOR" -b "$VISITOR" "$LB/login" \
	| grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
curl -fs -o /dev/null --interface 127.0.0.3 -H 'X-Forwarded-For: 198.51.100.66' -c "$VISITOR" -b "$VISITOR" \
	--data-urlencode username=bench-ent --data-urlencode password=Bench@12345 --data-urlencode "_csrf=$token" "$LB/login"
seen=$(q "select client_address from audit_event where action = 'login' and outcome = 'SUCCESS' and actor = 'bench-ent'
	order by id desc limit 1")
[ "$seen" = 127.0.0.3 ] && pass "5a a sign-in through nginx is audited with the visitor's address ($seen)" \
	|| fail "5a the audit log says $seen for a visitor from 127.0.0.3"
STATUS=$LB/api/v1/public/applications/W2026010100001
for _ in $(seq 1 31); do curl -s -o /dev/null --interface 127.0.0.4 "$STATUS"; done
limited=$(curl -s -o /dev/null -w '%{http_code}' --interface 127.0.0.4 "$STATUS")
other=$(curl -s -o /dev/null -w '%{http_code}' --interface 127.0.0.5 "$STATUS")
[ "$limited" = 429 ] && [ "$other" != 429 ] \
	&& pass "5b the status query limit stops the visitor who used it up (429), not the next one ($other)" \
	|| fail "5b after 31 queries from 127.0.0.4 it got $limited and 127.0.0.5 got $other"

# The pair against one node, same path (nginx), same session: B alone now, then A back.
measure() {  # measure LABEL → one table row per scenario
	local label=$1 f rps p50 p99 errs
	# Unmeasured first: a node just (re)started runs cold code, and the comparison is of warm nodes.
	COOKIE=$COOKIE ACCEPT=application/json wrk -t2 -c16 -d20s -s "$BENCH/lua/cookie.lua" "$LIST" >/dev/null 2>&1 || true
	for c in 16 64; do
		f=$OUT/wrk-$label-$c.txt
		COOKIE=$COOKIE ACCEPT=application/json wrk -t2 -c$c -d"$DURATION" --latency -s "$BENCH/lua/cookie.lua" "$LIST" >"$f" 2>&1 || true
		rps=$(awk '/Requests\/sec/ { print $2 }' "$f"); p50=$(awk '$1 == "50%" { print $2 }' "$f"); p99=$(awk '$1 == "99%" { print $2 }' "$f")
		errs=$(awk '/Non-2xx/ { n += $5 } /Socket errors/ { gsub(",", ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' "$f")
		echo "| API list page 3 through nginx, $label | $c | $rps | $p50 | $p99 | $errs |" | tee -a "$OUT/rows.md" >&2
	done
}
measure "one node"
start_node A 18081
wait_up "$A/actuator/health" "${PID[A]}" || fail "node A did not restart"
sleep 2  # nginx's fail_timeout for A (5 s from the stop) has passed by now; let it see A again
curl -fs -o /dev/null -b "$COOKIE" "$A/api/v1/sections/equipment/records?page=3&size=20" -H 'Accept: application/json'
measure "two nodes"

{
	echo
	echo "## Two nodes behind nginx, scale $SCALE, sessions ${SESSIONS:-jdbc} — $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(cd "$ROOT" && git rev-parse --short HEAD)"
	echo
	echo "bench/two-nodes.sh: checks 1–5 passed (login on A valid on B; upload via A served by B; $FILINGS concurrent"
	echo "filings on both nodes, $FILINGS distinct numbers; A stopped under load: $total requests, none failed; each"
	echo "visitor behind nginx audited and rate-limited by its own address)."
	echo "Both nodes, nginx, wrk and PostgreSQL share the machine's $(nproc) cores, $DURATION per row."
	echo
	echo "| scenario | connections | requests/s | p50 | p99 | errors |"
	echo "|---|---|---|---|---|---|"
	cat "$OUT/rows.md"
} >>"$BENCH/RESULTS.md"
log "all checks passed; the table is appended to $BENCH/RESULTS.md"
}
main "$@"; exit
