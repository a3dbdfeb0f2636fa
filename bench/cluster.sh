#!/usr/bin/env bash
# Throughput and p99 through HAProxy with 1, 2 and 3 instances (scripts/cluster), and what
# a page view costs the shared tiers: database queries, Redis commands and RabbitMQ
# messages per 1,000 views at steady state.
#
#   bench/cluster.sh                 # DURATION=20s CONNECTIONS=64 THREADS=2 SIZES="1 2 3"
#
# Uses the machine's PostgreSQL, Redis and RabbitMQ under names of its own (database
# broadsheet_bench_cluster, Redis prefix bs-bench, exchange/queues broadsheet-bench.*),
# all removed at the end. Run it on an otherwise idle machine: Redis's command counter is
# server-wide.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
require wrk haproxy psql redis-cli curl python3

export CLUSTER_DIR=$WORK/cluster
export CLUSTER_LB_PORT=${LB_PORT:-18080} CLUSTER_BASE_PORT=18081 CLUSTER_STATS_PORT=18404
export CLUSTER_DATABASE=broadsheet_bench_cluster
export BROADSHEET_REDIS_KEY_PREFIX=bs-bench BROADSHEET_EVENTS_NAMESPACE=broadsheet-bench
export BROADSHEET_ADMIN_PASSWORD="bench password 123"
export MANAGEMENT_ENDPOINTS_WEB_EXPOSURE_INCLUDE=health,info,prometheus,metrics # on the management ports
# As shipped: quiet except the access log (one JSON line per request, to the log files).
export LOGGING_LEVEL_ROOT=WARN LOGGING_LEVEL_BROADSHEET_ACCESS=INFO
# wrk is one client address, far above a real reader's limits.
export BROADSHEET_RATELIMITS_CONTENTAPI_REQUESTS=100000000 BROADSHEET_RATELIMITS_LEADS_REQUESTS=100000000
export DURATION=${DURATION:-20s}
CLUSTER_JAR=$(build_jar)
export CLUSTER_JAR

finish() {
  "$ROOT/scripts/cluster" stop >/dev/null 2>&1 || true
  psql -h 127.0.0.1 -U postgres -d postgres -qc "drop database if exists $CLUSTER_DATABASE with (force)" >/dev/null 2>&1 || true
  redis-cli --scan --pattern 'bs-bench:*' | xargs -r -n 500 redis-cli del >/dev/null 2>&1 || true
  delete_rabbit_namespace broadsheet-bench
  cleanup
}
trap finish EXIT
psql -h 127.0.0.1 -U postgres -d postgres -qc "drop database if exists $CLUSTER_DATABASE with (force)" >/dev/null

metric() { # PORT NAME: a counter's total on one instance (0 if it has none yet)
  curl -fs "http://127.0.0.1:$1/actuator/metrics/$2" 2>/dev/null |
    python3 -c 'import json,sys; print(int(next(m["value"] for m in json.load(sys.stdin)["measurements"] if m["statistic"] in ("COUNT", "TOTAL"))))' 2>/dev/null ||
    echo 0
}
sum_metric() { # N NAME: the counter summed over instances 1..N
  local total=0 i
  for ((i = 1; i <= $1; i++)); do total=$((total + $(metric $((CLUSTER_BASE_PORT + i - 1 + 1000)) "$2"))); done
  echo "$total"
}
redis_commands() { redis-cli info stats | awk -F: '/^total_commands_processed/ { print $2 + 0 }'; }

printf '%s, %s cores, commit %s; wrk -t%s -c%s -d%s through HAProxy, 12 public pages in turn\n' \
  "$(date -u +%Y-%m-%dT%H:%MZ)" "$(nproc)" "$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)" \
  "${THREADS:-2}" "${CONNECTIONS:-64}" "$DURATION"
printf '%-10s %10s %8s %8s %14s %14s %14s\n' instances req/s p50_ms p99_ms db_q/1k_views redis/1k_views amqp/1k_views
for n in ${SIZES:-1 2 3}; do
  "$ROOT/scripts/cluster" start "$n" >"$WORK/cluster-start-$n.log" 2>&1 ||
    { cat "$WORK/cluster-start-$n.log" >&2; exit 1; }
  url="http://127.0.0.1:$CLUSTER_LB_PORT"
  DURATION=10s measure "warm-$n" warm-up -s "$ROOT/bench/mixed-pages.lua" "$url" >/dev/null
  queries=$(sum_metric "$n" jdbc.query)
  published=$(sum_metric "$n" broadsheet.events.published)
  commands=$(redis_commands)
  measure "size-$n" "$n" -s "$ROOT/bench/mixed-pages.lua" "$url" >/dev/null
  commands=$(($(redis_commands) - commands - 1)) # minus our own INFO
  queries=$(($(sum_metric "$n" jdbc.query) - queries))
  published=$(($(sum_metric "$n" broadsheet.events.published) - published))
  views=$(awk '/requests in/ { print $1 }' "$WORK/wrk.txt")
  read -r rps p50 p99 <"$WORK/result-size-$n"
  awk -v n="$n" -v rps="$rps" -v p50="$p50" -v p99="$p99" -v v="$views" -v q="$queries" -v r="$commands" \
    -v m="$published" -v rest="$(grep -E 'Non-2xx|Socket errors' "$WORK/wrk.txt" | tr -s ' ' | tr '\n' ' ')" \
    'BEGIN { printf "%-10s %10.0f %8.2f %8.2f %14.3f %14.3f %14.3f  (%d views) %s\n", n, rps, p50, p99,
             1000 * q / v, 1000 * r / v, 1000 * m / v, v, rest }'
  "$ROOT/scripts/cluster" stop >/dev/null
done
