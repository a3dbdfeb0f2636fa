#!/usr/bin/env bash
# Article page and index: Broadsheet versus nginx serving the same bytes as static
# files, measured side by side in one run with wrk. Loopback only; stops by itself.
#
#   bench/pages.sh            (DURATION=20s CONNECTIONS=64 THREADS=2 by default)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
require wrk nginx curl

APP_PORT=18080
NGINX_PORT=18081
ARTICLE=/blog/the-modular-monolith-boundaries-before-services

JAR=$(build_jar)
# The zero-setup default: embedded PostgreSQL in a scratch data directory, demo content.
start_app "$APP_PORT" --broadsheet.data-dir="$WORK/data"

mkdir -p "$WORK/www/blog"
curl -fs "http://127.0.0.1:$APP_PORT$ARTICLE" -o "$WORK/www$ARTICLE.html"
curl -fs "http://127.0.0.1:$APP_PORT/" -o "$WORK/www/index.html"
start_nginx "$NGINX_PORT" "$WORK/www"

echo "Warming up..." >&2
DURATION=5s measure warm "warm-up" "http://127.0.0.1:$APP_PORT$ARTICLE" >/dev/null
DURATION=5s measure warm "warm-up" "http://127.0.0.1:$APP_PORT/" >/dev/null

printf '%s, %s cores, commit %s; wrk -t%s -c%s -d%s\n' "$(date -u +%Y-%m-%dT%H:%MZ)" "$(nproc)" \
  "$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)" "${THREADS:-2}" "${CONNECTIONS:-64}" "${DURATION:-20s}"
printf '%-28s %12s %10s %10s\n' target req/s p50_ms p99_ms
measure app-article "broadsheet article" "http://127.0.0.1:$APP_PORT$ARTICLE"
measure nginx-article "nginx static article" "http://127.0.0.1:$NGINX_PORT$ARTICLE"
measure app-index "broadsheet index" "http://127.0.0.1:$APP_PORT/"
measure nginx-index "nginx static index" "http://127.0.0.1:$NGINX_PORT/"
echo "ratio to nginx: article $(ratio app-article nginx-article), index $(ratio app-index nginx-index)"
