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
