#!/usr/bin/env bash
# Issue 15's benchmark row: a 10,000-row workbook (bench/import-book.py) previewed and committed through HTTP by an
# administrator, as the page does it (upload → background job polled → preview; commit → job polled → done), against
# the packaged jar on 127.0.0.1:$PORT (postgres profile, no demo data) and a fresh database dossier_bench_import.
# Then the same workbook previewed again (all unchanged). Appends a section to bench/IMPORT-RESULTS.md.
# Environment: PORT (18090), ROUNDS (1: how many fresh preview+commit rounds; each uses new enterprises),
# PATIENCE (600 s: the bound on each job), PGHOST/PGUSER (127.0.0.1/postgres). The app is stopped on any exit.
set -euo pipefail
main() {

PORT=${PORT:-18090}
PATIENCE=${PATIENCE:-600}
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
DB=dossier_bench_import
BENCH=$(cd "$(dirname "$0")" && pwd)
. "$BENCH/lib.sh"
ROOT=$(dirname "$BENCH")
OUT=$BENCH/out/import-$(date +%Y%m%d-%H%M%S)
BASE=http://127.0.0.1:$PORT
mkdir -p "$OUT"
log() { echo "[import $(date +%T)] $*" | tee -a "$OUT/run.log" >&2; }

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
APP_ENV=(env SPRING_PROFILES_ACTIVE=postgres DOSSIER_DEMODATA=false
	SPRING_DATASOURCE_URL=jdbc:postgresql://$PGHOST:5432/$DB SPRING_DATASOURCE_USERNAME=$PGUSER)

log "fresh database $DB"
psql -qc "drop database if exists $DB" -c "create database $DB"
"${APP_ENV[@]}" java -jar "$JAR" --spring.main.web-application-type=none >"$OUT/migrate.log" 2>&1 || true
[ "$(psql -d "$DB" -tAc 'select count(*) from flyway_schema_history where success')" -gt 0 ] \
	|| { log "Flyway did not run, see $OUT/migrate.log"; exit 1; }
psql -q -d "$DB" <<'SQL'
create extension if not exists pgcrypto;
insert into account (username, username_key, password_hash, role, enterprise_id, display_name, enabled, created_at,
                     version)
values ('bench-admin', 'bench-admin', '{bcrypt}' || crypt('Bench@12345', gen_salt('bf', 10)), 'ADMIN', null,
        '压测管理员', true, now(), 0);
SQL

BOOK=$OUT/book.xlsx
ROWS=$(python3 "$BENCH/import-book.py" "$BOOK")
log "workbook of $ROWS rows, $(( $(stat -c %s "$BOOK") / 1024 )) KB"

if curl -fs "$BASE/actuator/health" >/dev/null 2>&1; then
	log "something already answers on port $PORT: stop it or set PORT"; exit 1
fi
log "starting $JAR on port $PORT"
"${APP_ENV[@]}" java -jar "$JAR" --server.port=$PORT --server.address=127.0.0.1 >"$OUT/app.log" 2>&1 &
APP_PID=$!
wait_up "$BASE/actuator/health" $APP_PID || { log "the app died, see $OUT/app.log"; exit 1; }
JAR_COOKIES=$OUT/admin.jar
login "$BASE" bench-admin "$JAR_COOKIES"

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
csrf_of() {  # csrf_of PATH → the _csrf of the page's first form
	curl -fs -b "$JAR_COOKIES" -c "$JAR_COOKIES" "$BASE$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 \
		| sed 's/.*value="//;s/"$//'
}
# follow JOB_PATH → polls the job's page as its script does (every 0.2 s here) until it redirects; prints the target.
follow() {
	local until=$(( $(date +%s) + PATIENCE )) location
	while [ "$(date +%s)" -lt "$until" ]; do
		location=$(curl -s -o "$OUT/job-page.html" -w '%{redirect_url}' -b "$JAR_COOKIES" -c "$JAR_COOKIES" "$BASE$1")
		if [ -n "$location" ]; then
			echo "${location#$BASE}"; return 0
		fi
		grep -q 'id="job-progress"' "$OUT/job-page.html" || { log "job $1 ended without a redirect (see $OUT/job-page.html)"; return 1; }
		sleep 0.2
	done
	log "job $1 still running after $PATIENCE s"; return 1
}
rss_mb() { awk '/VmHWM/ { print int($2 / 1024) }' /proc/$APP_PID/status; }
count() { grep -o "id=\"count-$1\">[0-9]*<" "$2" | grep -o '[0-9]*' || echo "?"; }

# preview LABEL → times an upload until its preview page; sets PREVIEW (its path) and appends a row.
preview() {
	local t0 job token
	token=$(csrf_of /admin/imports)
	t0=$(now_ms)
	job=$(curl -s -o /dev/null -w '%{redirect_url}' -b "$JAR_COOKIES" -c "$JAR_COOKIES" -F "_csrf=$token" \
		-F "source=基准管理系统" -F "file=@$BOOK;type=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" \
		"$BASE/admin/imports")
	PREVIEW=$(follow "${job#$BASE}")
	local ms=$(( $(now_ms) - t0 ))
	case "$PREVIEW" in /admin/imports/preview/*) ;; *) log "no preview: $PREVIEW"; exit 1 ;; esac
	curl -fs -b "$JAR_COOKIES" "$BASE$PREVIEW" >"$OUT/preview.html"
	echo "| $1 | $ROWS | $ms | created $(count created "$OUT/preview.html"), updated $(count updated "$OUT/preview.html"), unchanged $(count unchanged "$OUT/preview.html") | $(rss_mb) |" >>"$OUT/rows.md"
	log "$1: $ms ms"
}
commit() {
	local t0 job token done
	token=$(csrf_of "$PREVIEW")
	t0=$(now_ms)
	job=$(curl -s -o /dev/null -w '%{redirect_url}' -b "$JAR_COOKIES" -c "$JAR_COOKIES" --data-urlencode "_csrf=$token" \
		"$BASE$PREVIEW/commit")
	done=$(follow "${job#$BASE}")
	local ms=$(( $(now_ms) - t0 ))
	[ "$done" = /admin/imports ] || { log "commit ended at $done"; exit 1; }
	local flash
	flash=$(curl -fs -b "$JAR_COOKIES" "$BASE/admin/imports" | grep -o '导入完成：[^<]*' | head -1 || true)
	echo "| $1 | $ROWS | $ms | ${flash:-?} | $(rss_mb) |" >>"$OUT/rows.md"
	log "$1: $ms ms ($flash)"
}

preview "preview (new data: 100 enterprises created)"
commit "commit of that preview"
preview "preview again (the same workbook: all unchanged)"
PERSONS=$(psql -d "$DB" -tAc "select count(*) from registry_item where kind = 'PERSON'")
RECORDS=$(psql -d "$DB" -tAc "select count(*) from handbook_record where level = 'A'")

RESULTS=$BENCH/IMPORT-RESULTS.md
[ -f "$RESULTS" ] || printf '# Excel import benchmark (issue 15)\n\nbench/import.sh: see its header. Times are wall-clock from the upload (or the commit) to the\nredirect the job page ends with, polled every 0.2 s, so they include up to 0.2 s of polling.\n' >"$RESULTS"
{
	echo
	echo "## $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$ROOT" rev-parse --short HEAD)"
	echo
	echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ { print $2 }') GB;"
	echo "PostgreSQL $(psql -tAc 'show server_version'), $(java -version 2>&1 | head -1)."
	echo "**The machine is shared** (other builds and test suites ran on its 2 cores at the same time): the figures are"
	echo "what one run saw, not a capacity; compare runs on a quiet machine only."
	echo
	echo "| step | rows | ms | outcome | app peak RSS MB |"
	echo "|---|---|---|---|---|"
	cat "$OUT/rows.md"
	echo
	echo "After the commit: $PERSONS registered people and $RECORDS level-A records of 其他主要人员 in the database."
} >>"$RESULTS"
log "appended to $RESULTS"
}
main "$@"
