# shellcheck shell=bash
# Helpers shared by bench/run.sh, bench/check-network.sh and bin/bench-enrolment. Source it; do not run it.
#
# Every server is started the same way:
#   cd <fresh dir> && ACADEMY_DATA_DIR=<fresh dir> \
#     java -Xmx512m -Dhazelcast.phone.home.enabled=false -Djava.io.tmpdir=<fresh, existing dir> \
#          -jar <jar> --port <free port> --nocluster --disablephonehome
# and all traffic goes to 127.0.0.1.

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(cd "$BENCH_DIR/.." && pwd)"
PAYARA_VERSION="${PAYARA_VERSION:-6.2025.10}"
START_TIMEOUT="${BENCH_START_TIMEOUT:-180}"
JVM_OPTS=(-Xmx512m -Dhazelcast.phone.home.enabled=false)
# BENCH_JVM_OPTS: extra JVM options (space-separated) for every server started, e.g. to try
# -Djdk.net.hosts.file=... in check-network.sh; run.sh applies them to both sides alike.
read -r -a EXTRA_JVM_OPTS <<<"${BENCH_JVM_OPTS:-}"
MICRO_OPTS=(--nocluster --disablephonehome)

log() { printf '[bench] %s\n' "$*" >&2; }
die() { printf '[bench] ERROR: %s\n' "$*" >&2; exit 2; }

# ensure_tool COMMAND PACKAGE: install a Debian package if COMMAND is missing;
# 'apt-get update' only when the plain install fails.
ensure_tool() {
    local cmd="$1" pkg="$2" sudo=()
    command -v "$cmd" >/dev/null 2>&1 && return 0
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    log "$cmd is missing: installing the Debian package $pkg"
    if ! DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q "$pkg" >/dev/null 2>&1; then
        DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get update -q >/dev/null 2>&1 || true
        DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q "$pkg" >/dev/null \
            || die "could not install $pkg"
    fi
    command -v "$cmd" >/dev/null 2>&1 || die "$cmd still missing after installing $pkg"
}

# run_mvn ARGS...: 'mvn -B -q ARGS' in the repository root, its output in WORK_ROOT/mvn.log (shown
# when it fails).
run_mvn() {
    local out="${WORK_ROOT:-/tmp}/mvn.log"
    if ! (cd "$REPO_DIR" && mvn -B -q "$@") >"$out" 2>&1; then
        tail -n 40 "$out" >&2
        return 1
    fi
}

# The application's executable jar (BENCH_APP_JAR overrides; built when missing).
ensure_app_jar() {
    APP_JAR="${BENCH_APP_JAR:-$REPO_DIR/target/committee-academy.jar}"
    if [ ! -f "$APP_JAR" ]; then
        [ -n "${BENCH_APP_JAR:-}" ] && die "BENCH_APP_JAR=$APP_JAR does not exist"
        log "building the application (mvn -B -q -DskipTests clean package)"
        run_mvn -DskipTests clean package || die "the application build failed"
        [ -f "$APP_JAR" ] || die "the build did not produce $APP_JAR"
    fi
}

# Payara Micro itself (the application's build copies it to target/payara-micro.jar).
ensure_payara_micro() {
    PAYARA_JAR="$REPO_DIR/target/payara-micro.jar"
    if [ ! -f "$PAYARA_JAR" ]; then
        log "fetching Payara Micro $PAYARA_VERSION into target/"
        run_mvn dependency:copy -Dartifact="fish.payara.extras:payara-micro:$PAYARA_VERSION" \
            -DoutputDirectory=target -Dmdep.stripVersion=true || die "could not fetch Payara Micro"
        [ -f "$PAYARA_JAR" ] || die "$PAYARA_JAR still missing"
    fi
}

# build_floor_jar: the floor (bench/reference) as an executable jar in WORK_ROOT/build; sets FLOOR_JAR.
build_floor_jar() {
    ensure_payara_micro
    log "building the reference application (bench/reference)"
    run_mvn -f bench/reference/pom.xml package || die "the reference build failed"
    # An uber jar does not keep '--contextroot /' (Payara Micro deploys MICRO-INF/deploy/X.war at /X);
    # a war named ROOT.war is deployed at /. So the reference is packaged as ROOT.war.
    mkdir -p "$WORK_ROOT/build/tmp"
    cp "$BENCH_DIR/reference/target/reference.war" "$WORK_ROOT/build/ROOT.war"
    (cd "$WORK_ROOT/build" && java -Djava.io.tmpdir="$WORK_ROOT/build/tmp" -jar "$PAYARA_JAR" \
        --deploy "$WORK_ROOT/build/ROOT.war" --contextroot / "${MICRO_OPTS[@]}" \
        --outputuberjar "$WORK_ROOT/build/reference.jar") >"$WORK_ROOT/build/uberjar.log" 2>&1 \
        || { tail -n 20 "$WORK_ROOT/build/uberjar.log" >&2; die "could not build the reference uber jar"; }
    rm -rf "$WORK_ROOT/build/tmp"
    FLOOR_JAR="$WORK_ROOT/build/reference.jar"
}

# free_port: print a TCP port on 127.0.0.1 that nothing listens on.
free_port() {
    local p
    for _ in $(seq 1 200); do
        p=$((20000 + RANDOM % 30000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
            echo "$p"
            return 0
        fi
    done
    die "no free port found"
}

now() { date +%s.%N; }

# bench_java CLASS ARGS...: run one of the benchmark clients, bench/CLASS.java, compiled into target/bench-classes
# together with every other bench/*.java: the helpers the clients share (BenchHttp.java, JitQuiet.java, Tally.java)
# and a client's own parts (EnrolmentBenchmark.java's Enrolment*.java and Json.java).
bench_java() {
    local class="$1" out="$REPO_DIR/target/bench-classes"
    shift
    mkdir -p "$out"
    javac -encoding UTF-8 -d "$out" "$BENCH_DIR"/*.java || die "could not compile bench/*.java (for bench/$class.java)"
    java -cp "$out" "$class" "$@"
}

# start_server NAME JAR WORKROOT [PREFIX...]: start the jar the standard way under WORKROOT/NAME
# (fresh data dir, tmp dir and cwd). PREFIX (e.g. strace ...) is put before 'java'.
# Sets SERVER_PID (the PID of the started process), SERVER_PORT, SERVER_LOG, SERVER_T0.
start_server() {
    local name="$1" jar="$2" root="$3"
    shift 3
    local dir="$root/$name"
    mkdir -p "$dir/data" "$dir/tmp" "$dir/cwd"
    SERVER_PORT="$(free_port)"
    SERVER_LOG="$dir/server.log"
    SERVER_T0="$(now)"
    (
        cd "$dir/cwd" || exit 1
        export ACADEMY_DATA_DIR="$dir/data"
        # the application serves real content (series, cohorts) as after the README's run command;
        # the floor ignores it
        export ACADEMY_DEMO_DATA="${ACADEMY_DEMO_DATA:-true}"
        exec "$@" java "${JVM_OPTS[@]}" ${EXTRA_JVM_OPTS[@]+"${EXTRA_JVM_OPTS[@]}"} -Djava.io.tmpdir="$dir/tmp" -jar "$jar" \
            --port "$SERVER_PORT" "${MICRO_OPTS[@]}"
    ) >"$SERVER_LOG" 2>&1 &
    SERVER_PID=$!
    STARTED_PIDS+=("$SERVER_PID")
}

# http_code URL: the HTTP status of one GET (000 when nothing answers).
http_code() {
    curl -s -o /dev/null --max-time 10 -w '%{http_code}' "$1" 2>/dev/null || true
}

# wait_for_200 URL...: poll every 0.1 s until one of the URLs answers 200; on success prints the
# seconds since SERVER_T0. Fails when the server dies or after START_TIMEOUT seconds.
wait_for_200() {
    local url code t
    while true; do
        for url in "$@"; do
            code="$(http_code "$url")"
            if [ "$code" = 200 ]; then
                t="$(now)"
                awk -v a="$SERVER_T0" -v b="$t" 'BEGIN { printf "%.1f\n", b - a }'
                return 0
            fi
        done
        if ! kill -0 "$SERVER_PID" 2>/dev/null; then
            log "the server died before answering 200; last lines of $SERVER_LOG:"
            tail -n 30 "$SERVER_LOG" >&2 || true
            return 1
        fi
        t="$(now)"
        if awk -v a="$SERVER_T0" -v b="$t" -v m="$START_TIMEOUT" 'BEGIN { exit !(b - a > m) }'; then
            log "no HTTP 200 from $* within $START_TIMEOUT s (last status $code); last lines of $SERVER_LOG:"
            tail -n 30 "$SERVER_LOG" >&2 || true
            return 1
        fi
        sleep 0.1
    done
}

# rss_mb PID: resident memory of the process in MB (from /proc/PID/status VmRSS).
rss_mb() {
    awk '/^VmRSS:/ { printf "%.0f\n", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo "?"
}

# stop_pid PID: SIGTERM, wait up to 30 s, then SIGKILL; reaps it.
stop_pid() {
    local pid="$1"
    kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 300); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
        log "PID $pid did not stop within 30 s: killing it"
        kill -9 "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
}

# Everything this script started, stopped on exit; the work root removed unless BENCH_KEEP=1.
STARTED_PIDS=()
WORK_ROOT=""
cleanup() {
    local pid
    for pid in "${STARTED_PIDS[@]}"; do
        stop_pid "$pid"
    done
    if [ -n "$WORK_ROOT" ] && [ -d "$WORK_ROOT" ]; then
        if [ "${BENCH_KEEP:-0}" = 1 ]; then
            log "kept $WORK_ROOT (BENCH_KEEP=1)"
        else
            rm -rf "$WORK_ROOT"
        fi
    fi
}
