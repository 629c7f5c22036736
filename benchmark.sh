#!/usr/bin/env bash
# National-scale benchmark of the SAKIP backend (issue 7); writes docs/benchmarks.md.
#
# Builds what is missing, generates a synthetic country (33 Kanwil x 5 units, 5 years) with
# id.sakip.benchmarks.DatasetGenerator, starts the whole stack with the local-stack launcher in its own
# directory (target/benchmark/stack, own PostgreSQL data) on ports offset by 20000 (gateway 28080,
# indicators 28081, ..., Keycloak 28180, PostgreSQL 25432), imports the data as admin through the gateway
# and measures with wrk, nginx and hyperfine (installed from Debian's packages when missing, as root):
#   1. one unit's scorecard through the gateway and directly against indicators-service (same run, same
#      concurrency), 2. the same through nginx as a plain reverse proxy, 3. the Kanwil pull of one office and
#      of the whole directorate general at 1, 10 and 50 connections, 4. LKjIP assembly + PDF (median),
#   5. dataset import rows per second, 6. resident memory idle and under load, warm start of the stack.
# About 10 minutes on 2 cores when the imports meet their target (at 50 rows/s they alone take ~15 min).
# Everything runs on localhost; the stack is stopped at the end. Raw results: target/benchmark/results.
#
# Usage: ./benchmark.sh [--duration=10s] [--warmup=15s] [--connections=10] [--port-offset=20000] [--lkjip-runs=5]
#                       [--no-warm-restart] [--rebuild] [--generator-args="--regions 33 ..."] [--out=FILE]
# The same settings as environment variables: BENCH_DURATION, BENCH_CONNECTIONS, BENCH_PORT_OFFSET, ...
set -euo pipefail

cd "$(dirname "$0")"
ROOT=$PWD

DURATION=${BENCH_DURATION:-10s}
WARMUP=${BENCH_WARMUP:-15s}
CONNECTIONS=${BENCH_CONNECTIONS:-10}
THREADS=${BENCH_THREADS:-2}
PORT_OFFSET=${BENCH_PORT_OFFSET:-20000}
LKJIP_RUNS=${BENCH_LKJIP_RUNS:-5}
LKJIP_UNIT=${BENCH_LKJIP_UNIT:-408103}
LKJIP_USER=${BENCH_LKJIP_USER:-planner-408103}
SERVICE_HEAP=${BENCH_SERVICE_HEAP:-256m}
GENERATOR_ARGS=${BENCH_GENERATOR_ARGS:-}
WARM_RESTART=${BENCH_WARM_RESTART:-true}
REBUILD=${BENCH_REBUILD:-false}
REPORT=${BENCH_REPORT:-docs/benchmarks.md}
START_TIMEOUT=${BENCH_START_TIMEOUT:-600}

for arg in "$@"; do
    case "$arg" in
        --duration=*) DURATION=${arg#*=} ;;
        --warmup=*) WARMUP=${arg#*=} ;;
        --connections=*) CONNECTIONS=${arg#*=} ;;
        --threads=*) THREADS=${arg#*=} ;;
        --port-offset=*) PORT_OFFSET=${arg#*=} ;;
        --lkjip-runs=*) LKJIP_RUNS=${arg#*=} ;;
        --generator-args=*) GENERATOR_ARGS=${arg#*=} ;;
        --no-warm-restart) WARM_RESTART=false ;;
        --rebuild) REBUILD=true ;;
        --out=*) REPORT=${arg#*=} ;;
        -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "benchmark.sh: unknown argument $arg (see --help)" >&2; exit 2 ;;
    esac
done

WORK=$ROOT/target/benchmark
DATA=$WORK/data
STACK_DIR=$WORK/stack
RESULTS=$WORK/results
NGINX_DIR=$WORK/nginx
LUA=$ROOT/benchmarks/src/main/wrk/bench.lua
BENCH_JAR=$ROOT/benchmarks/target/benchmarks.jar
FACTS=$RESULTS/facts.properties

GW_PORT=$((8080 + PORT_OFFSET))
IND_PORT=$((8081 + PORT_OFFSET))
BUD_PORT=$((8082 + PORT_OFFSET))
REP_PORT=$((8083 + PORT_OFFSET))
KC_PORT=$((8180 + PORT_OFFSET))
GW=http://localhost:$GW_PORT
IND=http://localhost:$IND_PORT
TOKEN_URL=http://localhost:$KC_PORT/realms/sakip/protocol/openid-connect/token

# The gateway's rate limits stay on (their cost is part of the figure) but one benchmark user must not be cut
# off: the launcher's processes inherit these variables (Quarkus reads GATEWAY_RATE_LIMIT_* for gateway.rate-limit.*).
export GATEWAY_RATE_LIMIT_PER_USER_CAPACITY=10000000
export GATEWAY_RATE_LIMIT_PER_USER_REFILL_TOKENS=10000000
export GATEWAY_RATE_LIMIT_PER_IP_CAPACITY=10000000
export GATEWAY_RATE_LIMIT_PER_IP_REFILL_TOKENS=10000000
# Imports are timed to the end: the gateway's 30 s answer timeout and the services' 60 s transaction timeout
# would cut a slow import off (504, rolled back) and leave nothing to measure. Raised for the run, reported.
export GATEWAY_TIMEOUT=900s
export QUARKUS_TRANSACTION_MANAGER_DEFAULT_TRANSACTION_TIMEOUT=900s

STACK_PID=
NGINX_PID=
SAMPLER_PID=

log() { echo "benchmark: $*" >&2; }
die() { log "ERROR: $*"; exit 1; }
fact() { printf '%s=%s\n' "$1" "$2" >> "$FACTS"; }

cleanup() {
    if [[ -n "$SAMPLER_PID" ]]; then kill "$SAMPLER_PID" 2>/dev/null || true; fi
    if [[ -n "$NGINX_PID" ]] && kill -0 "$NGINX_PID" 2>/dev/null; then
        kill -QUIT "$NGINX_PID" 2>/dev/null || true
        wait "$NGINX_PID" 2>/dev/null || true
    fi
    stop_stack
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- tools and build ---------------------------------------------------------------------------------

ensure_tools() {
    local missing=()
    command -v java >/dev/null || die "Java 17 is needed"
    command -v wrk >/dev/null || missing+=(wrk)
    command -v nginx >/dev/null || missing+=(nginx)
    command -v hyperfine >/dev/null || missing+=(hyperfine)
    command -v curl >/dev/null || missing+=(curl)
    command -v jq >/dev/null || missing+=(jq)
    if ((${#missing[@]})); then
        [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null \
            || die "missing ${missing[*]}: install them (Debian: apt-get install -y ${missing[*]})"
        log "installing ${missing[*]} from Debian's packages"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
}

ensure_built() {
    local jars=(local-stack/target/local-stack.jar indicators-service/target/quarkus-app/quarkus-run.jar
        budget-service/target/quarkus-app/quarkus-run.jar reporting-service/target/quarkus-app/quarkus-run.jar
        gateway/target/quarkus-app/quarkus-run.jar)
    local jar
    for jar in "${jars[@]}"; do
        if [[ "$REBUILD" == true || ! -f "$jar" ]]; then
            log "building the project (./mvnw -B -q install -DskipTests)"
            ./mvnw -B -q install -DskipTests
            break
        fi
    done
    if [[ "$REBUILD" == true || ! -f "$BENCH_JAR" ]]; then
        log "building the benchmarks module"
        ./mvnw -B -q -f benchmarks/pom.xml package -DskipTests
    fi
}

# ---- the stack ---------------------------------------------------------------------------------------

# The stack runs from a copy of the built applications (target/benchmark/app), so that a rebuild of a module
# during the run neither breaks it nor changes what is measured.
APP=$WORK/app
snapshot_build() {
    rm -rf "$APP"
    mkdir -p "$APP/local-stack/target"
    cp -a pom.xml keycloak demo-data "$APP/"
    cp -a local-stack/target/local-stack.jar local-stack/target/lib "$APP/local-stack/target/"
    local m
    for m in gateway indicators-service budget-service reporting-service; do
        mkdir -p "$APP/$m/target"
        cp -a "$m/target/quarkus-app" "$APP/$m/target/"
    done
}

# start_stack LOGFILE: starts the launcher in the background and waits until it reports the stack running;
# START_SECONDS is how long that took (not in a subshell: STACK_PID must stay known for stopping).
START_SECONDS=
start_stack() {
    local logfile=$1 started
    started=$(date +%s.%N)
    java -jar "$APP/local-stack/target/local-stack.jar" --root="$APP" --stack-dir="$STACK_DIR" \
        --port-offset="$PORT_OFFSET" \
        --service-heap="$SERVICE_HEAP" >"$logfile" 2>&1 &
    STACK_PID=$!
    while ! grep -q "SAKIP local stack is running" "$logfile"; do
        if ! kill -0 "$STACK_PID" 2>/dev/null; then
            tail -20 "$logfile" >&2
            STACK_PID=
            die "the stack did not start (see $logfile)"
        fi
        if (( $(since "$started" | cut -d. -f1) > START_TIMEOUT )); then
            die "the stack is not running after $START_TIMEOUT s (see $logfile)"
        fi
        sleep 0.5
    done
    START_SECONDS=$(since "$started")
}

# since EPOCH_SECONDS: seconds elapsed, one decimal.
since() {
    awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'
}

stop_stack() {
    if [[ -n "$STACK_PID" ]] && kill -0 "$STACK_PID" 2>/dev/null; then
        log "stopping the stack"
        kill -TERM "$STACK_PID" 2>/dev/null || true
        local i
        for i in $(seq 1 120); do
            kill -0 "$STACK_PID" 2>/dev/null || break
            sleep 0.5
        done
        wait "$STACK_PID" 2>/dev/null || true
    fi
    STACK_PID=
}

# pid_of NAME: the process of a service of this stack, found by its command line (module jar and port).
pid_of() {
    case "$1" in
        gateway) pgrep -f -- "-Dquarkus.http.port=$GW_PORT .*gateway/target/quarkus-app/quarkus-run.jar" | head -1 ;;
        indicators-service) pgrep -f -- "-Dquarkus.http.port=$IND_PORT .*indicators-service/target/quarkus-app" | head -1 ;;
        budget-service) pgrep -f -- "-Dquarkus.http.port=$BUD_PORT .*budget-service/target/quarkus-app" | head -1 ;;
        reporting-service) pgrep -f -- "-Dquarkus.http.port=$REP_PORT .*reporting-service/target/quarkus-app" | head -1 ;;
        keycloak) pgrep -f -- "bin/java .*http-port=$KC_PORT" | head -1 ;;
    esac
}

PROCESSES=(gateway indicators-service budget-service reporting-service keycloak)

rss_kb() {
    local pid
    pid=$(pid_of "$1")
    if [[ -n "$pid" ]]; then awk '/^VmRSS:/ {print $2}' "/proc/$pid/status" 2>/dev/null || true; fi
}

start_rss_sampler() {
    (
        while :; do
            for p in "${PROCESSES[@]}"; do
                echo "$p $(rss_kb "$p")"
            done
            sleep 1
        done
    ) >>"$WORK/rss-under-load.txt" 2>/dev/null &
    SAMPLER_PID=$!
}

stop_rss_sampler() {
    if [[ -n "$SAMPLER_PID" ]]; then
        kill "$SAMPLER_PID" 2>/dev/null || true
        wait "$SAMPLER_PID" 2>/dev/null || true
    fi
    SAMPLER_PID=
    local p max
    for p in "${PROCESSES[@]}"; do
        max=$(awk -v p="$p" '$1 == p && $2 > m {m = $2} END {if (m) print m}' "$WORK/rss-under-load.txt")
        if [[ -n "$max" ]]; then fact "rss.load.$p" "$max"; fi
    done
}

# ---- tokens and requests -----------------------------------------------------------------------------

user_token() {
    curl -sf -d grant_type=password -d client_id=sakip-web -d username="$1" -d password=demo "$TOKEN_URL" \
        | jq -r .access_token
}

client_token() {
    curl -sf -d grant_type=client_credentials -d client_id="$1" -d client_secret="$2" "$TOKEN_URL" \
        | jq -r .access_token
}

# expect_ok URL TOKEN: the request the load is made of answers 200 (else the run would measure errors).
expect_ok() {
    local status
    status=$(curl -s -o "$WORK/last-answer.json" -w '%{http_code}' -H "Authorization: Bearer $2" "$1")
    if [[ "$status" != 200 ]]; then
        log "WARNING: $1 answers $status: $(head -c 300 "$WORK/last-answer.json")"
        return 1
    fi
}

# run_wrk NAME URL TOKEN CONNECTIONS: one wrk run into results/NAME.txt.
run_wrk() {
    local name=$1 url=$2 token=$3 conns=$4 threads=$THREADS
    if ((conns < threads)); then threads=$conns; fi
    BENCH_TOKEN=$token wrk -t"$threads" -c"$conns" -d"$DURATION" --timeout 30s --latency -s "$LUA" "$url" \
        >"$RESULTS/$name.txt" 2>&1 || log "WARNING: wrk $name failed"
    log "$name: $(grep -E 'Requests/sec|Non-2xx' "$RESULTS/$name.txt" | tr -s ' ' | tr '\n' ' ')"
}

warm_up() {
    BENCH_TOKEN=$2 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout 30s -s "$LUA" "$1" >/dev/null 2>&1 || true
}

# ticks PID...: CPU time (user + system, clock ticks) the processes have used so far.
ticks() {
    local t=0 p
    for p in "$@"; do
        [[ -r /proc/$p/stat ]] && t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat")))
    done
    echo "$t"
}

# run_wrk_cpu NAME URL TOKEN CONNECTIONS: run_wrk, plus the CPU time the gateway, indicators-service and nginx
# (master and workers) spent during the run, as facts cpu.NAME.PROCESS (clock ticks; the report divides by requests).
run_wrk_cpu() {
    local name=$1 g i n nginx_pids=()
    if [[ -n "$NGINX_PID" ]]; then nginx_pids=("$NGINX_PID" $(pgrep -P "$NGINX_PID")); fi
    g=$(ticks "$(pid_of gateway)")
    i=$(ticks "$(pid_of indicators-service)")
    n=$(ticks "${nginx_pids[@]}")
    run_wrk "$@"
    fact "cpu.$name.gateway" "$(($(ticks "$(pid_of gateway)") - g))"
    fact "cpu.$name.indicators-service" "$(($(ticks "$(pid_of indicators-service)") - i))"
    fact "cpu.$name.nginx" "$(($(ticks "${nginx_pids[@]}") - n))"
}

free_port() {
    local port=$1
    while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
        port=$((port + 1))
    done
    echo "$port"
}

# import_file PREFIX FILE URL ROWS TOKEN
import_file() {
    local prefix=$1 file=$2 url=$3 rows=$4 token=$5 answer status seconds
    answer=$(curl -s -o "$RESULTS/$prefix.json" -w '%{http_code} %{time_total}' --max-time 900 \
        -H "Authorization: Bearer $token" -H 'Content-Type: application/json' --data-binary "@$file" "$url")
    status=${answer%% *}
    seconds=${answer##* }
    fact "$prefix.rows" "$rows"
    fact "$prefix.status" "$status"
    fact "$prefix.s" "$seconds"
    log "$prefix: $(basename "$file") → HTTP $status in $seconds s ($rows rows)"
    [[ "$status" == 200 ]] || log "WARNING: $(head -c 500 "$RESULTS/$prefix.json")"
}

# profile_import_start / _stop: a JFR recording of indicators-service during the first import, summarised as
# the share of CPU samples per first project frame (where a fix would go); jcmd/jfr come with the JDK.
profile_import_start() {
    local pid
    pid=$(pid_of indicators-service)
    PROFILED_PID=$pid
    if [[ -n "$pid" ]] && command -v jcmd >/dev/null; then
        jcmd "$pid" JFR.start name=bench-import filename="$RESULTS/import.jfr" >/dev/null 2>&1 || PROFILED_PID=
    else
        PROFILED_PID=
    fi
}

profile_import_stop() {
    [[ -n "${PROFILED_PID:-}" ]] || return 0
    jcmd "$PROFILED_PID" JFR.stop name=bench-import >/dev/null 2>&1 || return 0
    command -v jfr >/dev/null || return 0
    jfr print --stack-depth 64 --events jdk.ExecutionSample "$RESULTS/import.jfr" 2>/dev/null | awk '
        /stackTrace = \[/ { inside = 1; first = ""; flush = 0; total++; next }
        inside && /Flush(ing)?EventListener/ { flush = 1 }
        inside && /id\.sakip\./ && first == "" { line = $0; sub(/^[ \t]+/, "", line); sub(/[ \t]+line:.*/, "", line); first = line }
        inside && /^[ \t]*\]/ { inside = 0; if (first == "") first = "(no project frame)"; count[first]++; if (flush) flushes++ }
        END {
            printf "%d CPU samples of indicators-service during the import; %d (%.0f %%) inside Hibernate flushes\n", total, flushes, total ? 100 * flushes / total : 0
            for (f in count) printf "%6d  %5.1f %%  %s\n", count[f], 100 * count[f] / total, f | "sort -rn | head -8"
        }' >"$RESULTS/import-profile.txt" || true
}

# ---- nginx -------------------------------------------------------------------------------------------

write_nginx_conf() {
    local port=$1 upstream_port=$2
    mkdir -p "$NGINX_DIR/tmp"
    cat >"$NGINX_DIR/nginx.conf" <<EOF
# Generated by benchmark.sh: nginx as a plain reverse proxy in front of indicators-service.
worker_processes auto;
pid $NGINX_DIR/nginx.pid;
error_log $NGINX_DIR/error.log warn;
events {
    worker_connections 1024;
}
http {
    access_log off;
    client_body_temp_path $NGINX_DIR/tmp/body;
    proxy_temp_path $NGINX_DIR/tmp/proxy;
    fastcgi_temp_path $NGINX_DIR/tmp/fastcgi;
    uwsgi_temp_path $NGINX_DIR/tmp/uwsgi;
    scgi_temp_path $NGINX_DIR/tmp/scgi;
    upstream indicators {
        server 127.0.0.1:$upstream_port;
        keepalive 64;
    }
    server {
        listen 127.0.0.1:$port;
        location / {
            proxy_pass http://indicators;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_read_timeout 60s;
        }
    }
}
EOF
    nginx -t -q -p "$NGINX_DIR" -e "$NGINX_DIR/error.log" -c "$NGINX_DIR/nginx.conf"
}

start_nginx() {
    nginx -p "$NGINX_DIR" -e "$NGINX_DIR/error.log" -c "$NGINX_DIR/nginx.conf" -g 'daemon off;' &
    NGINX_PID=$!
    local i
    for i in $(seq 1 50); do
        (echo >"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
        sleep 0.1
    done
    die "nginx did not start (see $NGINX_DIR/error.log)"
}

# ---- the run -----------------------------------------------------------------------------------------

main() {
    ensure_tools
    ensure_built
    mkdir -p "$WORK"
    rm -rf "$RESULTS" "$DATA" "$STACK_DIR/pgdata" "$WORK/rss-under-load.txt"
    mkdir -p "$RESULTS" "$NGINX_DIR"
    : >"$FACTS"

    # machine and run
    fact run.date "$(date -u '+%Y-%m-%d %H:%M UTC')"
    fact run.commit "$(git rev-parse --short HEAD 2>/dev/null || echo '?')$( [[ -n "$(git status --porcelain 2>/dev/null)" ]] && echo ' + uncommitted changes')"
    fact machine.cpu "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
    fact machine.nproc "$(nproc)"
    fact machine.memory "$(awk '/^MemTotal:/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
    fact machine.java "$(java -version 2>&1 | head -1)"
    fact machine.os "$(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
    fact machine.tools "$(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2), $(nginx -v 2>&1 | sed 's/.*: //'), $(hyperfine --version)"
    fact wrk.version "$(wrk -v 2>&1 | head -1 | cut -d' ' -f2)"
    fact nginx.version "$(nginx -v 2>&1 | sed 's/.*nginx\///')"
    fact run.duration "$DURATION"
    fact run.warmup "$WARMUP"
    fact machine.clk_tck "$(getconf CLK_TCK)"
    fact run.connections "$CONNECTIONS"
    fact run.threads "$THREADS"
    fact run.port-offset "$PORT_OFFSET"
    fact run.heap "$SERVICE_HEAP"
    fact run.rate-limits "per user and per address 10 000 000 tokens, refilled 10 000 000/s"
    fact run.timeouts "gateway answer timeout 900 s (default 30 s), transaction timeout 900 s (default 60 s)"
    fact port.gateway "$GW_PORT"
    fact port.indicators "$IND_PORT"

    # data
    log "generating the dataset into $DATA"
    # shellcheck disable=SC2086
    java -jar "$BENCH_JAR" --out "$DATA" $GENERATOR_ARGS
    local manifest=$DATA/manifest.json
    local import_file_name unit year office dg
    import_file_name=$(jq -r .importFile.file "$manifest")
    unit=$(jq -r .sampleUnit "$manifest")
    year=$(jq -r .options.lastYear "$manifest")
    office=$(jq -r .sampleRegion "$manifest")
    dg=$(jq -r .directorateGeneral "$manifest")
    fact data.description "$(jq -r '"Generated by DatasetGenerator (\(.options.regions) regional offices × \(.options.unitsPerRegion) units = \(.counts.technicalUnits) technical units, years \(.options.firstYear)-\(.options.lastYear), seed \(.options.seed)): \(.counts.workUnits) work units, \(.counts.agreements) agreements, \(.counts.realizations) realizations, \(.counts.budgets) budgets, \(.counts.revenues) PNBP years, \(.counts.ikpa) IKPA and \(.counts.budgetPerformance) SMART/planning/NKA entries; import-throughput file \(.importFile.file) with \(.importFile.realizations) realizations. The launcher also loads the seed office 408103 (demo data)."' "$manifest")"

    snapshot_build

    # 1st start: fresh database
    log "starting the stack (ports +$PORT_OFFSET, data in $STACK_DIR); the log is $WORK/stack-1.log"
    start_stack "$WORK/stack-1.log"
    fact start.cold.s "$START_SECONDS"
    log "stack running after $START_SECONDS s"

    # 5. import
    local admin
    admin=$(user_token admin)
    [[ -n "$admin" && "$admin" != null ]] || die "no token for admin from $TOKEN_URL"
    profile_import_start
    import_file import.first "$DATA/$import_file_name" "$GW/api/v1/indicator-datasets" \
        "$(jq -r .importFile.realizations "$manifest")" "$admin"
    profile_import_stop
    admin=$(user_token admin)
    import_file import.again "$DATA/$import_file_name" "$GW/api/v1/indicator-datasets" \
        "$(jq -r .importFile.realizations "$manifest")" "$admin"
    admin=$(user_token admin)
    import_file import.performance "$DATA/performance.json" "$GW/api/v1/indicator-datasets" \
        "$(jq -r .counts.realizations "$manifest")" "$admin"
    admin=$(user_token admin)
    import_file import.budget "$DATA/budget.json" "$GW/api/v1/budget-datasets" \
        "$(jq -r '.counts.budgets + .counts.revenues + .counts.ikpa + .counts.budgetPerformance' "$manifest")" "$admin"

    start_rss_sampler

    # 1-2. one scorecard: gateway, direct, nginx
    local path="/api/v1/achievements?workUnit=$unit&year=$year" token nginx_port
    fact scorecard.unit "$unit"
    fact scorecard.year "$year"
    fact scorecard.user regional-kepri
    nginx_port=$(free_port $((8090 + PORT_OFFSET)))
    fact port.nginx "$nginx_port"
    write_nginx_conf "$nginx_port" "$IND_PORT"
    start_nginx "$nginx_port"
    token=$(user_token regional-kepri)
    if expect_ok "$GW$path" "$token"; then
        # Every path is warmed before any is measured: a first round still pays the JIT compiling indicators-service
        # (measured 1,40 vs 0,38-0,54 ms of its CPU per answer), which would count against whichever path runs first.
        warm_up "$GW$path" "$token"
        warm_up "$IND$path" "$token"
        warm_up "http://127.0.0.1:$nginx_port$path" "$token"
        run_wrk_cpu scorecard-gateway "$GW$path" "$token" "$CONNECTIONS"
        token=$(user_token regional-kepri)
        run_wrk_cpu scorecard-direct "$IND$path" "$token" "$CONNECTIONS"
        token=$(user_token regional-kepri)
        run_wrk_cpu scorecard-nginx "http://127.0.0.1:$nginx_port$path" "$token" "$CONNECTIONS"
        # the same one request at a time: the latency each hop adds without waiting for a CPU
        run_wrk scorecard-gateway-c1 "$GW$path" "$token" 1
        run_wrk scorecard-direct-c1 "$IND$path" "$token" 1
        run_wrk scorecard-nginx-c1 "http://127.0.0.1:$nginx_port$path" "$token" 1
    fi
    kill -QUIT "$NGINX_PID" 2>/dev/null || true
    wait "$NGINX_PID" 2>/dev/null || true
    NGINX_PID=

    # 4. LKjIP assembly + PDF
    fact lkjip.unit "$LKJIP_UNIT"
    fact lkjip.year "$year"
    fact lkjip.user "$LKJIP_USER"
    fact lkjip.runs "$LKJIP_RUNS"
    local body="{\"workUnit\":\"$LKJIP_UNIT\",\"year\":$year}" status id
    export BENCH_TOKEN
    BENCH_TOKEN=$(user_token "$LKJIP_USER")
    status=$(curl -s -o "$RESULTS/lkjip-report.json" -w '%{http_code}' -X POST -H "Authorization: Bearer $BENCH_TOKEN" \
        -H 'Content-Type: application/json' -d "$body" "$GW/api/v1/reports")
    id=$(jq -r '.id // empty' "$RESULTS/lkjip-report.json" 2>/dev/null || true)
    if [[ "$status" =~ ^20[01]$ && -n "$id" ]]; then
        curl -s -o "$RESULTS/lkjip.pdf" -H "Authorization: Bearer $BENCH_TOKEN" -H 'Accept: application/pdf' \
            "$GW/api/v1/reports/$id"
        local assemble="curl -sf -o /dev/null -X POST -H \"Authorization: Bearer \$BENCH_TOKEN\" -H 'Content-Type: application/json' -d '$body' $GW/api/v1/reports"
        local pdf="curl -sf -o /dev/null -H \"Authorization: Bearer \$BENCH_TOKEN\" -H 'Accept: application/pdf' $GW/api/v1/reports/$id"
        if hyperfine --style basic --warmup 1 --runs "$LKJIP_RUNS" --export-json "$RESULTS/lkjip-hyperfine.json" \
            -n assemble "$assemble" -n pdf "$pdf" -n both "$assemble && $pdf" >"$RESULTS/lkjip-hyperfine.txt" 2>&1; then
            local step
            for step in assemble pdf both; do
                fact "lkjip.$step.median.s" "$(jq -r ".results[] | select(.command == \"$step\") | .median" "$RESULTS/lkjip-hyperfine.json")"
                fact "lkjip.$step.min.s" "$(jq -r ".results[] | select(.command == \"$step\") | .min" "$RESULTS/lkjip-hyperfine.json")"
                fact "lkjip.$step.max.s" "$(jq -r ".results[] | select(.command == \"$step\") | .max" "$RESULTS/lkjip-hyperfine.json")"
            done
            log "LKjIP: $(grep -A1 -E '^Benchmark' "$RESULTS/lkjip-hyperfine.txt" | grep Time | tr -s ' ' | tr '\n' ' ')"
        else
            log "WARNING: hyperfine failed, see $RESULTS/lkjip-hyperfine.txt"
        fi
    else
        log "WARNING: POST /api/v1/reports answered $status: $(head -c 300 "$RESULTS/lkjip-report.json")"
    fi

    # 3. Kanwil pull: one office (its own sync client) and the whole directorate general (auditor). Last, because
    #    slow pulls (50 connections) leave a backlog in indicators-service after wrk stops.
    local office_path="/api/v1/achievements?parent=$office&year=$year&size=500"
    local dg_path="/api/v1/achievements?parent=$dg&year=$year&size=500" c
    fact pull.office "$office"
    fact pull.office.user "kanwil-kepri-sync (client credentials)"
    fact pull.dg "$dg"
    fact pull.dg.user auditor
    token=$(client_token kanwil-kepri-sync kanwil-kepri-sync-secret)
    if expect_ok "$GW$office_path" "$token"; then
        fact pull.office.units "$(jq -r .total "$WORK/last-answer.json")"
        warm_up "$GW$office_path" "$token"
        for c in 1 10 50; do
            token=$(client_token kanwil-kepri-sync kanwil-kepri-sync-secret)
            run_wrk "pull-office-c$c" "$GW$office_path" "$token" "$c"
        done
    fi
    token=$(user_token auditor)
    if expect_ok "$GW$dg_path" "$token"; then
        fact pull.dg.units "$(jq -r .total "$WORK/last-answer.json")"
        warm_up "$GW$dg_path" "$token"
        for c in 1 10 50; do
            token=$(user_token auditor)
            run_wrk "pull-dg-c$c" "$GW$dg_path" "$token" "$c"
        done
    fi

    stop_rss_sampler

    # 6. warm start and idle memory
    if [[ "$WARM_RESTART" == true ]]; then
        stop_stack
        log "starting the stack again (warm: same data directory); the log is $WORK/stack-2.log"
        start_stack "$WORK/stack-2.log"
        fact start.warm.s "$START_SECONDS"
        log "warm start: $START_SECONDS s"
        fact rss.idle.when "15 s after the warm start (data loaded, no requests yet)"
    else
        fact rss.idle.when "15 s after the load runs"
    fi
    sleep 15
    local p kb
    for p in "${PROCESSES[@]}"; do
        kb=$(rss_kb "$p")
        if [[ -n "$kb" ]]; then fact "rss.idle.$p" "$kb"; fi
    done
    stop_stack

    java -cp "$BENCH_JAR" id.sakip.benchmarks.BenchmarkReport "$RESULTS" "$REPORT"
    log "done: $REPORT (raw results in $RESULTS)"
}

# "exit" on the same line: bash reads scripts as it runs them, so an edit during a run cannot add commands.
main "$@"; exit $?
