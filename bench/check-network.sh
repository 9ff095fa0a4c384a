#!/usr/bin/env bash
# Does the packaged application open any connection off the machine?
#
#   bash bench/check-network.sh
#
# Starts target/committee-academy.jar the way bench/run.sh does (fresh data dir, fresh tmp dir,
# -Xmx512m -Dhazelcast.phone.home.enabled=false, --nocluster --disablephonehome), with the demo data
# (ACADEMY_DEMO_DATA=true), under 'strace -f -e trace=connect'. Waits for the first HTTP 200 on
# /health or /, requests a few pages over 127.0.0.1, lingers a few seconds, stops the server and
# lists every connect() whose destination is not loopback (127.0.0.0/8, ::1, ::ffff:127.x) and not
# a local socket (AF_UNIX; AF_NETLINK; AF_UNSPEC, which only dissolves a UDP association).
# Multicast (224.x, ff0x::) counts as leaving; so, by default, do the machine's own non-loopback
# addresses (e.g. eth0's), which are listed apart.
#
# Exit status: 0 when no connection left the machine, 1 when one did (the lines are printed),
# 2 when the check could not run (no strace, the server did not answer, ...).
#
# Environment (all optional):
#   BENCH_APP_JAR=path        the jar to check (default target/committee-academy.jar; built if missing)
#   BENCH_NETWORK_PATHS="..." the paths requested after start (default below)
#   BENCH_NETWORK_LINGER=5    seconds to keep the server up after the requests
#   BENCH_START_TIMEOUT=180   seconds to wait for the first HTTP 200
#   BENCH_NETWORK_ALLOW_OWN=0 also fail on connections to this machine's own non-loopback addresses
#                             (default 1: they stay on the machine; they are listed all the same)
#   BENCH_JVM_OPTS="..."      JVM options instead of bin/run's local name resolution
#   BENCH_KEEP=1              keep the temporary directory (trace and server log)
# See bench/README.md.
set -euo pipefail

# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PATHS_TO_GET="${BENCH_NETWORK_PATHS:-/ /health /robots.txt /api/v1/series /login /catalogue /no-such-page}"
LINGER="${BENCH_NETWORK_LINGER:-5}"

ensure_tool curl curl
ensure_tool strace strace
ensure_tool java openjdk-17-jdk-headless

WORK_ROOT="$(mktemp -d "${TMPDIR:-/tmp}/academy-netcheck.XXXXXX")"
trap cleanup EXIT
trap 'exit 130' INT TERM

ensure_app_jar
TRACE="$WORK_ROOT/connect.trace"

# --seccomp-bpf stops the traced JVM only at connect() calls, so it starts at nearly full speed.
STRACE=(strace -f -qq -e trace=connect -o "$TRACE")
if strace --seccomp-bpf -f -e trace=connect -o /dev/null true >/dev/null 2>&1; then
    STRACE=(strace --seccomp-bpf -f -qq -e trace=connect -o "$TRACE")
fi

export ACADEMY_DEMO_DATA=true
log "starting $(basename "$APP_JAR") under strace (demo data on)"
# Start it as the README's run command does (bin/run): with the default, local name resolution.
if [ -z "${BENCH_JVM_OPTS:-}" ]; then
    read -r -a EXTRA_JVM_OPTS <<<"$("$REPO_DIR/bin/local-name-resolution")"
fi
start_server app "$APP_JAR" "$WORK_ROOT" "${STRACE[@]}"
STRACE_PID="$SERVER_PID"
base="http://127.0.0.1:$SERVER_PORT"
started=1
if secs="$(wait_for_200 "$base/health" "$base/")"; then
    log "first HTTP 200 after $secs s (under strace)"
    for p in $PATHS_TO_GET; do
        log "  GET $p -> $(http_code "$base$p")"
    done
    sleep "$LINGER"
else
    started=0
    log "the server did not answer 200; checking the connections it made anyway"
fi

# Stop the JVM (the child of strace); strace ends with it.
java_pid="$(pgrep -P "$STRACE_PID" | head -n 1 || true)"
[ -n "$java_pid" ] && stop_pid "$java_pid"
stop_pid "$STRACE_PID"

[ -s "$TRACE" ] || { [ "$started" = 1 ] && die "strace wrote nothing to $TRACE"; }

# This machine's own non-loopback addresses: a connect() to one of them does not physically leave
# the machine, but it is not loopback either, so it fails the check unless BENCH_NETWORK_ALLOW_OWN=1.
OWN_ADDRS="$( { hostname -I 2>/dev/null || true; ip -o addr show 2>/dev/null | awk '{ sub(/\/.*/, "", $4); print $4 }' || true; } \
    | tr ' ' '\n' | grep -v -E '^(127\.|::1$|$)' | sort -u | tr '\n' ' ')"

# Classify every connect() in the trace: prints "LOCAL kind", "OWN dest<TAB>line" or
# "LEAVES dest<TAB>line" per call.
classify() {
    awk -v own="$OWN_ADDRS" '
    BEGIN { n = split(own, a, " "); for (i = 1; i <= n; i++) mine[a[i]] = 1 }
    /connect\(/ && /sa_family=/ {
        match($0, /sa_family=AF_[A-Z0-9]+/); fam = substr($0, RSTART + 10, RLENGTH - 10)
        if (fam == "AF_UNIX" || fam == "AF_UNSPEC" || fam == "AF_NETLINK") { print "LOCAL " fam; next }
        addr = "?"; port = "?"
        if (match($0, /port=htons\([0-9]+\)/)) port = substr($0, RSTART + 11, RLENGTH - 12)
        if (fam == "AF_INET" && match($0, /inet_addr\("[^"]*"\)/)) addr = substr($0, RSTART + 11, RLENGTH - 13)
        if (fam == "AF_INET6" && match($0, /inet_pton\(AF_INET6, "[^"]*"/)) addr = substr($0, RSTART + 21, RLENGTH - 22)
        v4 = addr; sub(/^::ffff:/, "", v4)
        if (v4 ~ /^127\./ || addr == "::1") { print "LOCAL loopback"; next }
        if (addr in mine || v4 in mine) { print "OWN " fam " " addr " port " port "\t" $0; next }
        print "LEAVES " fam " " addr " port " port "\t" $0
    }' "$TRACE"
}

report() { # report TITLE LINES
    echo
    echo "$1"
    printf '%s\n' "$2" | cut -f1 | sed -E 's/^(OWN|LEAVES) /  /' | sort | uniq -c | sort -rn
    echo "  the strace lines (at most 10):"
    printf '%s\n' "$2" | cut -f2- | head -n 10 | sed 's/^/    /'
}

CLASSES="$(classify || true)"
total="$(grep -c 'connect(' "$TRACE" 2>/dev/null || true)"
echo
echo "connect() calls traced: ${total:-0}   (this machine's own addresses: ${OWN_ADDRS:-none found})"
printf '%s\n' "$CLASSES" | awk '/^LOCAL / { n[$2]++ } END { for (k in n) printf "  local (%s): %d\n", k, n[k] }'
leaving="$(printf '%s\n' "$CLASSES" | grep '^LEAVES ' || true)"
own="$(printf '%s\n' "$CLASSES" | grep '^OWN ' || true)"
failed=0
if [ -n "$own" ]; then
    if [ "${BENCH_NETWORK_ALLOW_OWN:-1}" = 1 ]; then
        report "TO THIS MACHINE'S OWN NON-LOOPBACK ADDRESS (tolerated: BENCH_NETWORK_ALLOW_OWN=1):" "$own"
    else
        report "TO THIS MACHINE'S OWN NON-LOOPBACK ADDRESS (not loopback, so it fails the check):" "$own"
        failed=1
    fi
fi
if [ -n "$leaving" ]; then
    report "CONNECTIONS THAT LEAVE THE MACHINE:" "$leaving"
    failed=1
fi
echo
if [ "$failed" = 1 ]; then
    echo "FAILED: connect() calls to non-loopback destinations (listed above)"
    exit 1
fi
if [ "$started" != 1 ]; then
    echo "no connection left the machine, but the server never answered 200: the check is incomplete"
    exit 2
fi
echo "no connection left the machine"
exit 0
