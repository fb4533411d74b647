# Shared by bench/run.sh and bench/two-nodes.sh (sourced, not run).

# login BASE USER JAR → signs USER in by the login form (password Bench@12345); the cookies stay in JAR.
login() {
	local base=$1 user=$2 jar=$3 token
	rm -f "$jar"
	token=$(curl -fs -c "$jar" -b "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 \
		| sed 's/.*value="//;s/"$//')
	curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$user" \
		--data-urlencode "password=Bench@12345" --data-urlencode "_csrf=$token" "$base/login"
}

# cookie_header JAR → "SESSION=…; XSRF-TOKEN=…" for a Cookie header.
cookie_header() {
	awk '$6 == "SESSION" || $6 == "XSRF-TOKEN" { printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }' "$1"
}

# session_id JAR → the session id the SESSION cookie carries (Spring Session writes it base64-encoded).
session_id() {
	awk '$6 == "SESSION" { print $7 }' "$1" | tail -1 | base64 -d
}

# xsrf_token JAR → the XSRF-TOKEN cookie's value, sent back as X-XSRF-TOKEN by a client with a session (README).
xsrf_token() {
	awk '$6 == "XSRF-TOKEN" { print $7 }' "$1" | tail -1
}

# wait_up URL PID → waits until URL answers, or fails when PID has died.
wait_up() {
	until curl -fs "$1" >/dev/null 2>&1; do
		kill -0 "$2" 2>/dev/null || return 1
		sleep 0.2
	done
}

# r20. session_args → the application arguments of SESSIONS (jdbc, the default, or redis: the Redis on
# 127.0.0.1:6379, database REDIS_DB, 12 unless set, flushed first so that old bench sessions do not pile up).
session_args() {
	[ "${SESSIONS:-jdbc}" = redis ] || return 0
	redis-cli -h 127.0.0.1 -n "${REDIS_DB:-12}" flushdb >/dev/null || { echo "SESSIONS=redis: no Redis on 127.0.0.1:6379" >&2; return 1; }
	echo "--dossier.session.store=redis --spring.data.redis.host=127.0.0.1 --spring.data.redis.port=6379 --spring.data.redis.database=${REDIS_DB:-12}"
}

# r20. cds_prepare JAR DIR ENV… → Spring Boot's CDS (class data sharing): the jar extracted to DIR (CDS needs plain
# jars on the class path), one training run that starts the context and exits (spring.context.exit=onRefresh)
# writing DIR/app.jsa. Prints the java options and jar to start with: -XX:SharedArchiveFile=DIR/app.jsa -jar DIR/….
cds_prepare() {
	local jar=$1 dir=$2; shift 2
	rm -rf "$dir"
	java -Djarmode=tools -jar "$jar" extract --destination "$dir" >"$dir.extract.log" 2>&1 || return 1
	local app
	app=$(ls "$dir"/*.jar | head -1)
	"$@" java -XX:ArchiveClassesAtExit="$dir/app.jsa" -Dspring.context.exit=onRefresh -jar "$app" \
		--server.port=0 >"$dir.training.log" 2>&1 || true
	[ -s "$dir/app.jsa" ] || return 1
	echo "-XX:SharedArchiveFile=$dir/app.jsa -jar $app"
}
