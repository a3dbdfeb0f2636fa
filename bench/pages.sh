#!/usr/bin/env bash
# The article page and the index: Broadsheet with its caches on, with them off, and
# nginx serving the same bytes as static files, side by side in one run with wrk; plus
# database queries per page view under load, read from the application's metrics.
# Loopback only; stops by itself.
#
#   bench/pages.sh            (DURATION=20s CONNECTIONS=64 THREADS=2 by default)
#   BASELINE=<git revision> bench/pages.sh   also measures that revision's hot article,
#                             side by side with this one: before/after in one run
set -euo pipefail
source "$(dirname "$0")/lib.sh"
require wrk nginx curl python3

CACHED_PORT=18080
UNCACHED_PORT=18082
LOGGED_PORT=18084
NGINX_PORT=18081
ARTICLE=/blog/the-modular-monolith-boundaries-before-services

JAR=$(build_jar)
# The zero-setup default (embedded PostgreSQL, demo content), once with the page caches
# and once without; HTTP caching headers are the same in both.
# Metrics are served on the management port only: 1000 above each instance's port.
metrics=(--management.endpoints.web.exposure.include=health,info,prometheus,metrics)
start_app "$CACHED_PORT" --broadsheet.data-dir="$WORK/cached" --management.server.port=$((CACHED_PORT + 1000)) "${metrics[@]}"
start_app "$UNCACHED_PORT" --broadsheet.data-dir="$WORK/uncached" --broadsheet.cache.enabled=false \
  --management.server.port=$((UNCACHED_PORT + 1000)) "${metrics[@]}"
# As shipped: caches on and one JSON access-log line per request (the others log at WARN).
start_app "$LOGGED_PORT" --broadsheet.data-dir="$WORK/logged" --logging.level.broadsheet.access=INFO \
  --management.server.port=$((LOGGED_PORT + 1000)) "${metrics[@]}"

BASELINE_PORT=18086
baseline=()
if [ -n "${BASELINE:-}" ]; then
  git -C "$ROOT" worktree add -q --detach "$WORK/baseline-src" "$BASELINE"
  (cd "$WORK/baseline-src" && ./mvnw -q -B -DskipTests package) >&2
  JAR=$(ls "$WORK"/baseline-src/target/broadsheet-*.jar | grep -v plain | head -1) \
    start_app "$BASELINE_PORT" --broadsheet.data-dir="$WORK/baseline"
  git -C "$ROOT" worktree remove --force "$WORK/baseline-src"
  baseline=(baseline-article "article, caches on, $BASELINE" "http://127.0.0.1:$BASELINE_PORT$ARTICLE")
fi

mkdir -p "$WORK/www/blog"
curl -fs "http://127.0.0.1:$CACHED_PORT$ARTICLE" -o "$WORK/www$ARTICLE.html"
curl -fs "http://127.0.0.1:$CACHED_PORT/" -o "$WORK/www/index.html"
start_nginx "$NGINX_PORT" "$WORK/www"

queries() { # total JDBC queries an instance has run
  curl -fs "http://127.0.0.1:$(($1 + 1000))/actuator/metrics/jdbc.query" |
    python3 -c 'import json,sys; print(int(next(m["value"] for m in json.load(sys.stdin)["measurements"] if m["statistic"] == "COUNT")))'
}

echo "Warming up..." >&2
for port in $CACHED_PORT $UNCACHED_PORT $LOGGED_PORT ${BASELINE:+$BASELINE_PORT}; do
  DURATION=5s measure warm "warm-up" "http://127.0.0.1:$port$ARTICLE" >/dev/null
  DURATION=5s measure warm "warm-up" "http://127.0.0.1:$port/" >/dev/null
done

ROUNDS=${ROUNDS:-3}
printf '%s, %s cores, commit %s; wrk -t%s -c%s -d%s, median of %s interleaved rounds\n' \
  "$(date -u +%Y-%m-%dT%H:%MZ)" "$(nproc)" "$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)" \
  "${THREADS:-2}" "${CONNECTIONS:-64}" "${DURATION:-10s}" "$ROUNDS"
printf '%-28s %12s %10s %10s %14s\n' target req/s p50_ms p99_ms worst_p99_ms
export DURATION=${DURATION:-10s}
compare "$ROUNDS" \
  cached-article "article, caches on" "http://127.0.0.1:$CACHED_PORT$ARTICLE" \
  logged-article "article, caches on, access log" "http://127.0.0.1:$LOGGED_PORT$ARTICLE" \
  uncached-article "article, caches off" "http://127.0.0.1:$UNCACHED_PORT$ARTICLE" \
  nginx-article "article, nginx static" "http://127.0.0.1:$NGINX_PORT$ARTICLE" \
  cached-index "index, caches on" "http://127.0.0.1:$CACHED_PORT/" \
  uncached-index "index, caches off" "http://127.0.0.1:$UNCACHED_PORT/" \
  nginx-index "index, nginx static" "http://127.0.0.1:$NGINX_PORT/" \
  "${baseline[@]}"
if [ -n "${BASELINE:-}" ]; then
  echo "article: caches on / caches on at $BASELINE $(ratio cached-article baseline-article)"
fi
echo "article: caches on / nginx $(ratio cached-article nginx-article), caches on / caches off $(ratio cached-article uncached-article)"
echo "article: access log on / off $(ratio logged-article cached-article)"
echo "index:   caches on / nginx $(ratio cached-index nginx-index), caches on / caches off $(ratio cached-index uncached-index)"

# Database queries per page view under load, from the instances' own metrics.
for port in $CACHED_PORT $UNCACHED_PORT; do
  before=$(queries "$port")
  measure queries-$port "queries" "http://127.0.0.1:$port$ARTICLE" >/dev/null
  after=$(queries "$port")
  views=$(awk -v d="${DURATION%s}" '{ printf "%d", $1 * d }' "$WORK/result-queries-$port")
  awk -v q=$((after - before)) -v v="$views" -v which="$([ "$port" = "$CACHED_PORT" ] && echo on || echo off)" \
    'BEGIN { printf "database queries per article view under load, caches %s: %.4f (%d queries, %d views)\n", which, q / v, q, v }'
done
