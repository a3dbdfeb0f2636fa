#!/usr/bin/env bash
# Leads accepted per second and latency of POST /api/v1/leads, with RabbitMQ reachable
# and with it cut off (the instance points at a closed port), measured in one run with
# wrk. Uses the machine's PostgreSQL (scratch databases) and RabbitMQ (namespace
# bs-bench, queues deleted afterwards). Loopback only; stops by itself.
#
#   bench/leads.sh            (DURATION=15s CONNECTIONS=32 THREADS=2)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
require wrk curl psql rabbitmqctl
: "${CONNECTIONS:=32}" "${DURATION:=15s}"

UP_PORT=18090
CUT_PORT=18091
for db in bs_bench_leads_up bs_bench_leads_cut; do
  psql -q -h 127.0.0.1 -U postgres -c "drop database if exists $db with (force)" -c "create database $db"
done
drop_databases() {
  for db in bs_bench_leads_up bs_bench_leads_cut; do
    psql -q -h 127.0.0.1 -U postgres -c "drop database if exists $db with (force)" || true
  done
  delete_rabbit_namespace bs-bench
}
trap 'drop_databases; cleanup' EXIT

JAR=$(build_jar)
common=(--spring.datasource.username=postgres --broadsheet.demo-content=false
  --spring.rabbitmq.host=127.0.0.1 --broadsheet.events.namespace=bs-bench)
start_app "$UP_PORT" "${common[@]}" --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/bs_bench_leads_up
start_app "$CUT_PORT" "${common[@]}" --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/bs_bench_leads_cut \
  --spring.rabbitmq.port=1

echo "Warming up..." >&2
DURATION=5s measure warm "warm-up" -s "$ROOT/bench/post-lead.lua" "http://127.0.0.1:$UP_PORT/api/v1/leads" >/dev/null
DURATION=5s measure warm "warm-up" -s "$ROOT/bench/post-lead.lua" "http://127.0.0.1:$CUT_PORT/api/v1/leads" >/dev/null

printf '%s, %s cores, commit %s; wrk -t%s -c%s -d%s -s bench/post-lead.lua\n' "$(date -u +%Y-%m-%dT%H:%MZ)" \
  "$(nproc)" "$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)" "${THREADS:-2}" \
  "$CONNECTIONS" "$DURATION"
printf '%-28s %12s %10s %10s\n' target req/s p50_ms p99_ms
measure up "leads, broker up" -s "$ROOT/bench/post-lead.lua" "http://127.0.0.1:$UP_PORT/api/v1/leads"
measure cut "leads, broker cut off" -s "$ROOT/bench/post-lead.lua" "http://127.0.0.1:$CUT_PORT/api/v1/leads"
backlog() { psql -qtA -h 127.0.0.1 -U postgres -d "$1" -c "select count(*) from outbox_event where published_at is null"; }
echo "outbox backlog after the run: broker up $(backlog bs_bench_leads_up), broker cut off $(backlog bs_bench_leads_cut)"
echo "ratio cut/up: $(ratio cut up)"
