# Shared helpers for the benchmark scripts (sourced, not run).
# shellcheck shell=bash

JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export JAVA_HOME
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WORK=$(mktemp -d /tmp/broadsheet-bench.XXXXXX)
PIDS=()

cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

require() {
  for tool in "$@"; do
    command -v "$tool" >/dev/null || { echo "Missing $tool: apt-get install -y $tool" >&2; exit 1; }
  done
}

build_jar() {
  (cd "$ROOT" && ./mvnw -q -B -DskipTests package) >&2
  ls "$ROOT"/target/broadsheet-*.jar | grep -v plain | head -1
}

# start_app PORT [extra args...]: starts an instance, waits until it is ready.
start_app() {
  local port=$1; shift
  "$JAVA_HOME/bin/java" -Xms512m -Xmx512m -jar "$JAR" --server.port="$port" \
    --broadsheet.admin.password="bench password 123" --logging.level.root=WARN \
    --broadsheet.rate-limits.leads.requests=100000000 --broadsheet.rate-limits.content-api.requests=100000000 "$@" \
    >"$WORK/app-$port.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "Instance on port $port did not become ready; log:" >&2
  tail -50 "$WORK/app-$port.log" >&2
  exit 1
}

# start_nginx PORT DIR: serves DIR as static files.
start_nginx() {
  local port=$1 dir=$2
  # nginx workers run unprivileged: the scratch directory must be readable to them.
  chmod -R a+rX "$WORK"
  cat >"$WORK/nginx.conf" <<CONF
worker_processes 2;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  sendfile on;
  keepalive_requests 100000;
  server {
    listen 127.0.0.1:$port;
    root $dir;
    location / { try_files \$uri \$uri.html \$uri/index.html =404; }
  }
}
CONF
  nginx -c "$WORK/nginx.conf"
}

# measure KEY LABEL [wrk options...] URL: runs wrk, prints a result line, and keeps
# "rps p50 p99" in $WORK/result-KEY for ratios.
measure() {
  local key=$1 label=$2; shift 2
  wrk -t"${THREADS:-2}" -c"${CONNECTIONS:-64}" -d"${DURATION:-20s}" --latency "$@" >"$WORK/wrk.txt" 2>&1
  awk -v label="$label" -v out="$WORK/result-$key" '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = ms($2) }
    /^ +99%/ { p99 = ms($2) }
    /Non-2xx/ { errors = errors " non-2xx=" $NF }
    /Socket errors/ { errors = errors " " $0 }
    END {
      printf "%-28s %12.0f %10.2f %10.2f%s\n", label, rps, p50, p99, errors
      printf "%f %f %f\n", rps, p50, p99 > out
    }
  ' "$WORK/wrk.txt"
}

# ratio KEY_A KEY_B: requests per second of A divided by B.
ratio() {
  awk 'NR == FNR { a = $1; next } { printf "%.2f", a / $1 }' "$WORK/result-$1" "$WORK/result-$2"
}

# settle: waits (at most 10 s) until the machine is idle for a second, so that what the
# previous target left running (collections, compilation, a drained queue) is not
# measured against the next one.
settle() {
  local _ user nice system idle rest busy1 total1 busy2 total2
  for _ in $(seq 1 10); do
    read -r _ user nice system idle rest </proc/stat
    busy1=$((user + nice + system)) total1=$((user + nice + system + idle))
    sleep 1
    read -r _ user nice system idle rest </proc/stat
    busy2=$((user + nice + system)) total2=$((user + nice + system + idle))
    [ $(((busy2 - busy1) * 100)) -le $(((total2 - total1) * 10)) ] && return 0
  done
  echo "settle: the machine stayed busy for 10 s; measuring anyway" >&2
}

# compare ROUNDS KEY1 LABEL1 URL1 KEY2 LABEL2 URL2 ...: measures the targets in turn,
# round after round, and keeps the median of each (the machine's noise hits every
# target alike, instead of whichever happened to run during a hiccup).
compare() {
  local rounds=$1; shift
  local -a targets=("$@")
  local round i
  for ((round = 1; round <= rounds; round++)); do
    for ((i = 0; i < ${#targets[@]}; i += 3)); do
      settle
      measure "${targets[i]}-round$round" "${targets[i + 1]}" "${targets[i + 2]}" >/dev/null
    done
  done
  for ((i = 0; i < ${#targets[@]}; i += 3)); do
    local key=${targets[i]}
    cat "$WORK"/result-"$key"-round* | sort -n | awk -v n="$rounds" 'NR == int((n + 1) / 2)' >"$WORK/result-$key"
    # The worst p99 of all rounds too: a median round can hide a bad one.
    local worst
    worst=$(cat "$WORK"/result-"$key"-round* | awk '$3 > max { max = $3 } END { printf "%.2f", max }')
    awk -v label="${targets[i + 1]}" -v worst="$worst" \
      '{ printf "%-28s %12.0f %10.2f %10.2f %14s\n", label, $1, $2, $3, worst }' "$WORK/result-$key"
  done
}

# delete_rabbit_namespace PREFIX: removes the queues and exchanges named PREFIX.* from the
# local broker (rabbitmqctl has no delete_exchange; the broker's own function does it).
delete_rabbit_namespace() {
  local prefix=$1 name
  for name in $(rabbitmqctl -q list_queues name 2>/dev/null | grep "^$prefix\." || true); do
    rabbitmqctl -q delete_queue "$name" >/dev/null 2>&1 || true
  done
  for name in $(rabbitmqctl -q list_exchanges name 2>/dev/null | grep "^$prefix\." || true); do
    rabbitmqctl eval "rabbit_exchange:delete(rabbit_misc:r(<<\"/\">>, exchange, <<\"$name\">>), false, <<\"bench\">>)." \
      >/dev/null 2>&1 || true
  done
}
