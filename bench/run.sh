#!/usr/bin/env bash
# The benchmark of issue 8, one command:  bench/run.sh S   (or L; see bench/README.md).
# Fresh database dossier_bench_<scale> → schema by Flyway (the jar started once without a web server) → bulk seed
# (bench/seed.sql) → the packaged jar on 127.0.0.1:$PORT (postgres profile, no demo data) → wrk per scenario at 16
# and 64 connections, pgbench baselines → a table appended to bench/RESULTS.md. The app is stopped on any exit.
# Environment: PORT (18080), DURATION (10s) per row, WARMUP (60s, unmeasured, before each scenario: on 2 cores the JIT is still compiling the list page after 30 s, which read 800/s at 1.95 ms CPU a request after 30 s and 1,073/s at 1.37 ms after 60 s), SCENARIOS (space-separated subset of: floor home list api basic save
# status queue upload), PROFILE=1 for a JFR recording ($OUT/app.jfr), SKIP_SEED=1 to reuse the seeded database, PGHOST/PGUSER (127.0.0.1/postgres),
# SESSIONS=redis for the Redis session store (REDIS_DB, 12), CDS=1 to start from a class-data archive (bench/lib.sh).
set -euo pipefail
# All of it in one function: bash parses a function whole, so editing this file during a run cannot break the run.
main() {

SCALE=${1:-S}
case "$SCALE" in
	S) PER_ENTERPRISE=100 APPLICATIONS=100000 ;;
	L) PER_ENTERPRISE=1000 APPLICATIONS=1000000 ;;
	*) echo "usage: bench/run.sh S|L" >&2; exit 2 ;;
esac
ENTERPRISES=10000
PORT=${PORT:-18080}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-60s}
SCENARIOS=${SCENARIOS:-floor home list api basic save status queue upload}
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
DB=dossier_bench_$(echo "$SCALE" | tr 'A-Z' 'a-z')
BENCH=$(cd "$(dirname "$0")" && pwd)
. "$BENCH/lib.sh"
ROOT=$(dirname "$BENCH")
OUT=$BENCH/out/$SCALE-$(date +%Y%m%d-%H%M%S)
BASE=http://127.0.0.1:$PORT
mkdir -p "$OUT"
log() { echo "[bench $(date +%T)] $*" | tee -a "$OUT/run.log" >&2; }

command -v wrk >/dev/null || { log "installing wrk"; apt-get install -y -q wrk >/dev/null || { apt-get update -q && apt-get install -y -q wrk; }; }
command -v pgbench >/dev/null || { echo "pgbench missing (Debian: postgresql-client)" >&2; exit 1; }

JAR=$(ls "$ROOT"/target/dossier-*.jar 2>/dev/null | head -1 || true)
if [ -z "$JAR" ]; then
	log "building the jar"
	(cd "$ROOT" && flock /tmp/mvn.lock mvn -B -q package -DskipTests)
	JAR=$(ls "$ROOT"/target/dossier-*.jar | head -1)
fi

APP_PID=
stop_app() {
	if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
		kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
	fi
	APP_PID=
}
trap stop_app EXIT INT TERM

# An array, not a function: `fn &` would fork a subshell and $! would then not be the JVM the trap must stop.
APP_ENV=(env SPRING_PROFILES_ACTIVE=postgres DOSSIER_DEMODATA=false
	SPRING_DATASOURCE_URL=jdbc:postgresql://$PGHOST:5432/$DB SPRING_DATASOURCE_USERNAME=$PGUSER)

if [ "${SKIP_SEED:-0}" != 1 ]; then
	log "fresh database $DB"
	psql -qc "drop database if exists $DB" -c "create database $DB"
	# Flyway runs at startup; without a web server the context then stops (or fails on the session repository,
	# which needs the web stack) — either way the schema is there, which is all this step is for.
	"${APP_ENV[@]}" java -jar "$JAR" --spring.main.web-application-type=none >"$OUT/migrate.log" 2>&1 || true
	[ "$(psql -d "$DB" -tAc 'select count(*) from flyway_schema_history where success')" -gt 0 ] \
		|| { log "Flyway did not run, see $OUT/migrate.log"; exit 1; }
	log "seeding scale $SCALE"
	start=$(date +%s)
	psql -d "$DB" -v enterprises=$ENTERPRISES -v per_enterprise=$PER_ENTERPRISE -v applications=$APPLICATIONS \
		-f "$BENCH/seed.sql" >"$OUT/seed.log" 2>&1 || { log "seeding failed: $(grep -m1 ERROR "$OUT/seed.log")"; exit 1; }
	log "seeded in $(( $(date +%s) - start )) s: $(grep -A2 "enterprises |" "$OUT/seed.log" | tail -1 | tr -s " ")"
	SEED_SECONDS=$(( $(date +%s) - start ))
fi

q() { psql -d "$DB" -tAc "$1"; }
ENT=$(q "select id from enterprise where credit_code = '913100000000000001'")
MID_PAGE=3  # 150 records: 15 HTML pages of 10 (HandbookPages.PAGE_SIZE), 8 API pages of 20
HTML_PAGE=10
# The API page's record ids, for its attachments statement in the SQL baseline.
API_IDS=$(q "select '{' || string_agg(id::text, ',') || '}' from (select id from handbook_record where enterprise_id = $ENT
	and section = 'equipment' and deleted = false order by id limit 20 offset $((MID_PAGE * 20))) r")
OPEN=$(q "select count(*) from verification_application where status in ('SUBMITTED', 'IN_PROGRESS')")
NUMBER=$(q "select app_number from verification_application where status = 'IN_PROGRESS' order by id limit 1")
REC0=$(q "select min(id) from handbook_record where enterprise_id = $ENT")

if curl -fs "$BASE/actuator/health" >/dev/null 2>&1; then
	log "something already answers on port $PORT: stop it or set PORT"; exit 1
fi
# r20: CDS=1 starts from a class-data archive made by a training run first (bench/lib.sh cds_prepare).
LAUNCH="-jar $JAR"
if [ "${CDS:-0}" = 1 ]; then
	log "CDS: training run"
	LAUNCH=$(cds_prepare "$JAR" "$OUT/cds" "${APP_ENV[@]}") || { log "CDS training failed, see $OUT/cds.training.log"; exit 1; }
fi
SESSION_ARGS=$(session_args) || exit 1
log "starting $JAR on port $PORT (sessions: ${SESSIONS:-jdbc}${CDS:+, CDS=$CDS})"
t0=$(date +%s%N)
# PROFILE=1 only: PROFILE=0 used to profile too (a non-empty value), which doubles what a request costs.
JFR=()
# PROFILE=2 records with JFR's default settings instead: no sampling to speak of, but every thread park, lock wait
# and socket read over 20 ms with its stack, which is how a p99 tail is traced to what the request waited for.
case "${PROFILE:-0}" in
	1) JFR=(-XX:FlightRecorderOptions:stackdepth=256 -XX:StartFlightRecording=filename=$OUT/app.jfr,settings=profile) ;;
	2) JFR=(-XX:FlightRecorderOptions:stackdepth=256 -XX:StartFlightRecording=filename=$OUT/app.jfr,settings=default) ;;
esac
"${APP_ENV[@]}" java "${JFR[@]}" $LAUNCH --server.port=$PORT --server.address=127.0.0.1 \
	--dossier.portal.status-queries-per-minute=100000000 $SESSION_ARGS >"$OUT/app.log" 2>&1 &
APP_PID=$!
wait_up "$BASE/actuator/health" $APP_PID || { log "the app died, see $OUT/app.log"; exit 1; }
STARTUP_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
log "up in $STARTUP_MS ms ($(grep -o 'Started DossierApplication in [0-9.]* seconds' "$OUT/app.log" || true))"

# Form login once per role; the SESSION cookie then authenticates every request (no hash per request).
login "$BASE" bench-ent "$OUT/bench-ent.jar"
login "$BASE" bench-clerk "$OUT/bench-clerk.jar"
# After login the token is a new one: a page's hidden input carries it (masked, valid for the whole session).
ENT_XSRF=$(xsrf_token "$OUT/bench-ent.jar")
ENT_COOKIE=$(cookie_header "$OUT/bench-ent.jar")
CLERK_COOKIE=$(cookie_header "$OUT/bench-clerk.jar")
case "$ENT_COOKIE" in *SESSION=*) ;; *) log "enterprise login failed"; exit 1 ;; esac
case "$CLERK_COOKIE" in *SESSION=*) ;; *) log "clerk login failed"; exit 1 ;; esac
# For the SQL baselines, which read the session as each signed-in request does (the JDBC store; with
# SESSIONS=redis that read goes to Redis and the statement finds nothing).
ENT_SID=$(session_id "$OUT/bench-ent.jar")
CLERK_SID=$(session_id "$OUT/bench-clerk.jar")

# Every check before measuring: a wrong URL would otherwise be benchmarked as a fast 302 or 404.
check() {  # check COOKIE URL ACCEPT
	local code
	code=$(curl -s -o /dev/null -w '%{http_code}' -b "$1" -H "Accept: $3" "$2")
	[ "$code" = 200 ] || { log "GET $2 answered $code"; exit 1; }
}

ROWS=$OUT/rows.md
# Per scenario key and connection count, for the ratio table: the app's requests/s and its SQL's transactions/s.
declare -A APP_RPS=() SQL_TPS=()
KEYS=()
PEAK_HEAP_MB=0
app_cpu_ticks() {  # the app's user + system CPU so far, in clock ticks (/proc/PID/stat fields 14 and 15)
	awk '{ sub(/^.*\) /, ""); print $12 + $13 }' /proc/$APP_PID/stat 2>/dev/null || echo 0
}
gc_pauses() {  # the app's collector pauses so far and their time in seconds (jstat's GCT less concurrent cycles)
	jstat -gc "$APP_PID" 2>/dev/null | awk 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i }
		NR == 2 { printf "%d %s\n", $col["YGC"] + $col["FGC"], $col["YGCT"] + $col["FGCT"] }'
}
heap_mb() {  # used heap after the run, from the JVM itself
	jcmd $APP_PID GC.heap_info 2>/dev/null | awk '/garbage-first heap|def new generation|PSYoungGen|total/ && /used/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub("K,?", "", v); print int(v / 1024); exit } }'
}
wrk_row() {  # wrk_row NAME CONNECTIONS THREADS wrk-args… → one table row
	local name=$1 c=$2 t=$3; shift 3
	local f=$OUT/wrk-$(echo "$name" | tr -c 'A-Za-z0-9\n' _)-$c.txt
	# The first row of a scenario is preceded by an unmeasured pass: the figures are of warm (JIT-compiled) code.
	if [ "$WARM" = 1 ]; then
		wrk -t"$t" -c"$c" -d"$WARMUP" "$@" >/dev/null 2>&1 || true
		WARM=0
	fi
	local cpu0 cpu1 gc0 gc1
	cpu0=$(app_cpu_ticks)
	gc0=$(gc_pauses)
	wrk -t"$t" -c"$c" -d"$DURATION" --latency "$@" >"$f" 2>&1 || true
	cpu1=$(app_cpu_ticks)
	gc1=$(gc_pauses)
	local rps p50 p99 non2xx sock heap statuses cpu
	rps=$(awk '/Requests\/sec/ { print $2 }' "$f")
	p50=$(awk '$1 == "50%" { print $2 }' "$f")
	p99=$(awk '$1 == "99%" { print $2 }' "$f")
	non2xx=$(awk '/Non-2xx/ { print $5 }' "$f")
	sock=$(awk '/Socket errors/ { gsub(",", ""); print $4 + $6 + $8 + $10 }' "$f")
	statuses=$(awk '/^Statuses:/ { sub("Statuses: ", ""); print " (" $0 ")" }' "$f")
	# r20: the app's CPU time (user + system) over the row, per request: what a request costs on any machine.
	cpu=$(awk -v a="$cpu0" -v b="$cpu1" -v hz="$(getconf CLK_TCK)" '/requests in/ { if ($1 > 0 && b > a) printf "%.0f µs", (b - a) * 1e6 / hz / $1 }' "$f")
	# The collector's pauses in the row (count and their total time): a p99 tail is theirs when they add up to it.
	local gc
	gc=$(echo "$gc0 $gc1" | awk 'NF == 4 { printf "%d, %.0f ms", $3 - $1, ($4 - $2) * 1000 }')
	heap=$(heap_mb || echo "?")
	[ -n "$heap" ] && [ "$heap" != "?" ] && [ "$heap" -gt "$PEAK_HEAP_MB" ] && PEAK_HEAP_MB=$heap
	echo "| $name | $c | ${rps:-?} | ${p50:-?} | ${p99:-?} | ${non2xx:-0} non-2xx${statuses}, ${sock:-0} socket | ${heap:-?} | ${cpu:-?} | ${gc:-?} |" | tee -a "$ROWS" >&2
	[ -n "${KEY:-}" ] || return 0
	[ -n "${APP_RPS[$KEY/16]:-}${APP_RPS[$KEY/64]:-}" ] || KEYS+=("$KEY")
	APP_RPS[$KEY/$c]=${rps:-0}
}
pg_row() {  # pg_row NAME CONNECTIONS SCRIPT -D… → one table row for the SQL baseline
	local name=$1 c=$2 script=$3; shift 3
	local f=$OUT/pgbench-$(echo "$name" | tr -c 'A-Za-z0-9\n' _)-$c.txt
	pgbench -n -M prepared -c "$c" -j 2 -T "${DURATION%s}" -f "$BENCH/pgbench/$script" "$@" "$DB" >"$f" 2>&1 || true
	local tps lat
	tps=$(awk '/^tps/ { print int($3) }' "$f")
	lat=$(awk '/latency average/ { print $4 " " $5 }' "$f")
	echo "| $name (SQL, pgbench) | $c | ${tps:-?} | avg ${lat:-?} | | $(grep -c 'ERROR' "$f" || true) errors | | | |" | tee -a "$ROWS" >&2
	local k
	for k in ${SQL_KEYS:-$KEY}; do SQL_TPS[$k/$c]=${tps:-0}; done
}

for s in $SCENARIOS; do
	WARM=1
	for c in 16 64; do
		case $s in
		floor)
			# Liveness, not /actuator/health: since issue 21 that asks the database and the blob store, and the
			# floor is the framework's own cost.
			[ $c = 16 ] && check "" "$BASE/actuator/health/liveness" "*/*"
			KEY=floor wrk_row "0 floor: /actuator/health/liveness" $c 2 "$BASE/actuator/health/liveness"
			KEY=floor pg_row "0 floor: select 1" $c floor.sql ;;
		home)
			[ $c = 16 ] && check "" "$BASE/" "text/html"
			KEY=home wrk_row "1 portal home (anonymous)" $c 2 "$BASE/" ;;
		list)
			[ $c = 16 ] && check "$ENT_COOKIE" "$BASE/handbook/sections/equipment?page=$MID_PAGE" "text/html"
			KEY=list COOKIE=$ENT_COOKIE ACCEPT=text/html wrk_row "2 equipment list page $MID_PAGE (HTML)" $c 2 \
				-s "$BENCH/lua/cookie.lua" "$BASE/handbook/sections/equipment?page=$MID_PAGE"
			KEY=list pg_row "2 section page" $c section-page.sql -D sid=$ENT_SID -D ent=$ENT \
				-D off=$((MID_PAGE * HTML_PAGE)) ;;
		api)
			[ $c = 16 ] && check "$ENT_COOKIE" "$BASE/api/v1/sections/equipment/records?page=$MID_PAGE&size=20" "application/json"
			KEY=api COOKIE=$ENT_COOKIE ACCEPT=application/json wrk_row "3 equipment list page $MID_PAGE (API)" $c 2 \
				-s "$BENCH/lua/cookie.lua" "$BASE/api/v1/sections/equipment/records?page=$MID_PAGE&size=20"
			SQL_KEYS="api basic" pg_row "3 API page" $c api-page.sql -D sid=$ENT_SID -D ent=$ENT \
				-D off=$((MID_PAGE * 20)) -D ids=$API_IDS ;;
		basic)
			# HTTP Basic: a bcrypt (cost 10) per request, measured once to show why the API is used with a session.
			[ $c = 16 ] || continue
			code=$(curl -s -o /dev/null -w '%{http_code}' -u bench-ent:Bench@12345 -H 'Accept: application/json' \
				"$BASE/api/v1/sections/equipment/records?page=$MID_PAGE&size=20")
			[ "$code" = 200 ] || { log "HTTP Basic answered $code"; exit 1; }
			KEY=basic AUTHORIZATION="Basic $(printf 'bench-ent:Bench@12345' | base64)" COOKIE= ACCEPT=application/json \
				wrk_row "3b equipment list page $MID_PAGE (API, HTTP Basic: bcrypt per request)" $c 2 \
				-s "$BENCH/lua/cookie.lua" "$BASE/api/v1/sections/equipment/records?page=$MID_PAGE&size=20" ;;
		save)
			ids=$(q "select string_agg(id::text, ',' order by id) from (select id from handbook_record
				where enterprise_id = $ENT and section = 'equipment' order by id limit $c) r")
			KEY=save COOKIE=$ENT_COOKIE XSRF=$ENT_XSRF RECORD_IDS=$ids wrk_row "4 save record (PUT, own record per connection)" \
				$c $c -s "$BENCH/lua/save.lua" "$BASE"
			KEY=save pg_row "4 save (session; record, history, audit entry sealed on the chain)" $c save.sql \
				-D rec=$REC0 -D ent=$ENT -D sid=$ENT_SID ;;
		status)
			[ $c = 16 ] && check "" "$BASE/api/v1/public/applications/$NUMBER" "application/json"
			KEY=status ACCEPT=application/json COOKIE= wrk_row "5 public status query (API)" $c 2 \
				-s "$BENCH/lua/cookie.lua" "$BASE/api/v1/public/applications/$NUMBER"
			KEY=status pg_row "5 status" $c status.sql -D num=$NUMBER ;;
		queue)
			# Keyset pages: "next" from a cursor in the middle of the open queue, and "last" (末页). The cursor is the
			# row before the page, as the workbench's 下一页 link carries it: <epoch µs>_<id>.
			mid=$(q "select (extract(epoch from submitted_at) * 1000000)::bigint || '_' || id || ' '
				|| to_char(submitted_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') || ' ' || id
				from verification_application where status in ('SUBMITTED', 'IN_PROGRESS')
				order by submitted_at, id offset $((OPEN / 2)) limit 1")
			read -r cursor at id <<<"$mid"
			for p in "after=$cursor" "last=1"; do
				[ $c = 16 ] && check "$CLERK_COOKIE" "$BASE/clerk?$p" "text/html"
				KEY=queue-${p%%=*} COOKIE=$CLERK_COOKIE ACCEPT=text/html wrk_row "6 clerk queue ?$p of $OPEN open (HTML)" $c 2 \
					-s "$BENCH/lua/cookie.lua" "$BASE/clerk?$p"
			done
			KEY=queue-after pg_row "6 queue next page from the middle" $c queue.sql -D sid=$CLERK_SID -D at=$at -D id=$id
			KEY=queue-last pg_row "6 queue last page" $c queue-last.sql -D sid=$CLERK_SID ;;
		upload)
			[ -f "$OUT/scan-250k.jpg" ] || java "$BENCH/MakeJpeg.java" "$OUT/scan-250k.jpg" >&2
			# The last $c equipment records: not the ones the save scenario edits (the first 64).
			ids=$(q "select string_agg(id::text, ',' order by id) from (select id from handbook_record
				where enterprise_id = $ENT and section = 'equipment' order by id desc limit $c) r")
			rec=${ids%%,*}
			code=$(curl -s -o "$OUT/upload-check.json" -w '%{http_code}' -b "$ENT_COOKIE" -H "X-XSRF-TOKEN: $ENT_XSRF" \
				-F kind=invoice -F "file=@$OUT/scan-250k.jpg;type=image/jpeg" "$BASE/api/v1/records/$rec/attachments")
			[ "$code" = 201 ] || { log "upload check answered $code: $(cat "$OUT/upload-check.json")"; exit 1; }
			att=$(grep -o '"id" *: *[0-9]*' "$OUT/upload-check.json" | head -1 | grep -o '[0-9]*$')
			curl -fs -o /dev/null -X DELETE -b "$ENT_COOKIE" -H "X-XSRF-TOKEN: $ENT_XSRF" "$BASE/api/v1/attachments/$att"
			KEY=upload COOKIE=$ENT_COOKIE XSRF=$ENT_XSRF RECORD_IDS=$ids KIND=invoice JPEG=$OUT/scan-250k.jpg \
				wrk_row "7 upload 250 KB JPEG + delete it (API; uploads/s = half)" $c $c -s "$BENCH/lua/upload.lua" "$BASE" ;;
		*) log "unknown scenario $s" ;;
		esac
	done
done

ratio() {  # ratio A B → A/B as a percentage, or "–" without B
	awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 > 0) printf "%.1f%%", 100 * a / b; else printf "–" }'
}
RSS_PEAK_MB=$(awk '/VmHWM/ { print int($2 / 1024) }' /proc/$APP_PID/status 2>/dev/null || echo "?")
stop_app

COMMIT=$(cd "$ROOT" && git rev-parse --short HEAD)$(cd "$ROOT" && git diff --quiet HEAD -- src pom.xml || echo "+dirty")
{
	echo
	echo "## Scale $SCALE — $(date -u '+%Y-%m-%d %H:%M UTC'), commit $COMMIT"
	echo
	echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { print int($2 / 1048576) " GB" }' /proc/meminfo), $(java -version 2>&1 | head -1),"
	echo "$(psql -tAc 'select version()' | cut -d, -f1). wrk and pgbench on the same machine, loopback, $DURATION per row."
	echo "Sessions: ${SESSIONS:-jdbc}. CDS: ${CDS:-0}. Startup (launch to health UP): $STARTUP_MS ms. Peak RSS: $RSS_PEAK_MB MB. Peak used heap after a row: $PEAK_HEAP_MB MB."
	echo "Seed (enterprises | accounts | records | applications | items): $(grep -A2 'enterprises |' "$OUT/seed.log" 2>/dev/null | tail -1 | tr -s ' ')${SEED_SECONDS:+, in $SEED_SECONDS s}"
	echo
	echo "| scenario | connections | requests/s | p50 | p99 | errors | used heap MB | app CPU per request | GC pauses in the row |"
	echo "|---|---|---|---|---|---|---|---|---|"
	cat "$ROWS"
	echo
	echo "Ratios (requests/s of the scenario ÷ the floor's, and ÷ its own SQL's transactions/s, same connections):"
	echo
	echo "| scenario | connections | requests/s | of floor | of its SQL |"
	echo "|---|---|---|---|---|"
	for k in "${KEYS[@]}"; do
		for c in 16 64; do
			[ -n "${APP_RPS[$k/$c]:-}" ] || continue
			echo "| $k | $c | ${APP_RPS[$k/$c]} | $(ratio "${APP_RPS[$k/$c]}" "${APP_RPS[floor/$c]:-}") | $(ratio "${APP_RPS[$k/$c]}" "${SQL_TPS[$k/$c]:-}") |"
		done
	done
} >>"$BENCH/RESULTS.md"
log "appended to $BENCH/RESULTS.md; raw output in $OUT"
}
main "$@"; exit
