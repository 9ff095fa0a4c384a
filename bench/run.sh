#!/usr/bin/env bash
# Committee Academy benchmark: the packaged application against the stack's floor.
#
#   bash bench/run.sh
#
# Starts target/committee-academy.jar on a fresh data dir and then, the same way, a minimal
# reference application on the same Payara Micro (bench/reference: a static file, a trivial REST
# resource, a trivial JSF page, no database) -- one after the other, never both at once. For each
# it measures the seconds from process start to the first HTTP 200 of GET /, the resident memory
# (VmRSS) after start and after load, and requests per second with wrk (loopback only, bounded
# runs) for /robots.txt, GET /api/v1/series and the start page /. It prints a table with each
# figure, the ratio to the floor and the issue's targets:
#   start <= 1.3 x floor, REST >= 90 % of the floor's, start page >= 70 % of the floor's,
#   RSS after load <= 1024 MB.
# It exits 0 when the measurement ran, even if a target is missed (the table says which), and
# non-zero only when it could not measure (a build failed, a server did not start).
#
# Environment (all optional):
#   BENCH_ONLY=floor|app   measure only one side (default: both)
#   BENCH_DURATION=10      seconds of each measured wrk run (wrk -t2 -c16)
#   BENCH_WARMUP=30        seconds of each warm-up wrk run (wrk -t2 -c8); shorter runs measure the JIT
#                          still compiling: the application's figures doubled between 5 and 30 s, the floor's too
#   BENCH_STARTS=1         starts per side; with more than 1, extra start-only runs (fresh dirs,
#                          alternating app/floor) follow and the start figure is their median
#   BENCH_START_TIMEOUT=180  seconds to wait for the first HTTP 200
#   BENCH_APP_JAR=path     measure this jar as the application (default target/committee-academy.jar,
#                          built with 'mvn -B -q -DskipTests package' when missing)
#   BENCH_JVM_OPTS="..."   extra JVM options for every server started (default none)
#   BENCH_KEEP=1           keep the temporary directory (server logs) instead of deleting it
# See bench/README.md.
set -euo pipefail

# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ONLY="${BENCH_ONLY:-both}"
DURATION="${BENCH_DURATION:-10}"
WARMUP="${BENCH_WARMUP:-30}"
STARTS="${BENCH_STARTS:-1}"
case "$ONLY" in both | app | floor) ;; *) die "BENCH_ONLY must be both, app or floor" ;; esac
if ! [[ "$DURATION" =~ ^[1-9][0-9]*$ ]]; then die "BENCH_DURATION must be a positive integer"; fi
[[ "$WARMUP" =~ ^[0-9]+$ ]] || die "BENCH_WARMUP must be an integer"
if ! [[ "$STARTS" =~ ^[1-9][0-9]*$ ]]; then die "BENCH_STARTS must be a positive integer"; fi

ensure_tool curl curl
ensure_tool wrk wrk
ensure_tool java openjdk-17-jdk-headless

WORK_ROOT="$(mktemp -d "${TMPDIR:-/tmp}/academy-bench.XXXXXX")"
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- jars ------------------------------------------------------------------------------------
if [ "$ONLY" != floor ]; then
    ensure_app_jar
fi
if [ "$ONLY" != app ]; then
    build_floor_jar
fi

others="$(pgrep -a java | grep -v -F "$WORK_ROOT" || true)"
if [ -n "$others" ]; then
    log "WARNING: other Java processes are running; they compete for the 2 cores and may skew the figures:"
    printf '%s\n' "$others" | cut -c1-160 >&2
fi

# --- measuring one side ----------------------------------------------------------------------
declare -A R=()      # R[side.metric] = figure
declare -A ERRS=()   # R[side.metric] = description of errors in that wrk run
declare -A PATHS=([static]=/robots.txt [rest]=/api/v1/series [page]=/)

# run_wrk SIDE METRIC URL: warm-up, then the measured run; stores requests/s and any errors.
run_wrk() {
    local side="$1" metric="$2" url="$3" out rps non2xx sockerr code
    code="$(http_code "$url")"
    [ "$code" = 200 ] || ERRS[$side.$metric]="GET gave $code before the run"
    if [ "$WARMUP" -gt 0 ]; then
        wrk -t2 -c8 -d"${WARMUP}s" "$url" >/dev/null 2>&1 || true
    fi
    out="$(wrk -t2 -c16 -d"${DURATION}s" "$url" 2>&1)" || true
    printf '%s\n' "$out" >"$WORK_ROOT/$side.$metric.wrk.txt"
    rps="$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' <<<"$out")"
    non2xx="$(awk -F: '/Non-2xx or 3xx responses/ { gsub(/ /, "", $2); print $2 }' <<<"$out")"
    sockerr="$(awk '/Socket errors:/ { sub(/^ *Socket errors: */, ""); print }' <<<"$out")"
    R[$side.$metric]="${rps:-?}"
    local e="${ERRS[$side.$metric]:-}"
    [ -n "$non2xx" ] && e="${e:+$e; }$non2xx non-2xx/3xx responses"
    [ -n "$sockerr" ] && e="${e:+$e; }socket errors: $sockerr"
    [ -n "$rps" ] || e="${e:+$e; }no Requests/sec in wrk output"
    [ -n "$e" ] && ERRS[$side.$metric]="$e"
    log "  $side $metric ${PATHS[$metric]}: ${rps:-?} req/s${e:+  (ERRORS: $e)}"
}

measure() {
    local side="$1" jar="$2" base secs
    log "starting $side: $(basename "$jar")"
    start_server "$side" "$jar" "$WORK_ROOT"
    base="http://127.0.0.1:$SERVER_PORT"
    secs="$(wait_for_200 "$base/")" || die "$side did not start (see above)"
    R[$side.start]="$secs"
    R[$side.rss_start]="$(rss_mb "$SERVER_PID")"
    log "  $side: first 200 after $secs s, RSS ${R[$side.rss_start]} MB (port $SERVER_PORT)"
    run_wrk "$side" static "$base${PATHS[static]}"
    run_wrk "$side" rest "$base${PATHS[rest]}"
    run_wrk "$side" page "$base${PATHS[page]}"
    R[$side.rss_load]="$(rss_mb "$SERVER_PID")"
    log "  $side: RSS after load ${R[$side.rss_load]} MB; stopping"
    stop_pid "$SERVER_PID"
}

# start_only SIDE JAR N: one more start (fresh dirs), only the seconds to the first 200.
start_only() {
    local side="$1" jar="$2" n="$3" secs
    start_server "$side.start$n" "$jar" "$WORK_ROOT"
    secs="$(wait_for_200 "http://127.0.0.1:$SERVER_PORT/")" || die "$side did not start (see above)"
    stop_pid "$SERVER_PID"
    rm -rf "${WORK_ROOT:?}/$side.start$n"
    SAMPLES[$side]+=" $secs"
    log "  $side start #$n: $secs s"
}

median() { tr ' ' '\n' | grep . | sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.1f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# The application first: whatever a cold start costs (page cache, JIT of the tools) counts against
# the application, not the floor.
declare -A SAMPLES=()
[ "$ONLY" = floor ] || { measure app "$APP_JAR"; SAMPLES[app]="${R[app.start]}"; }
[ "$ONLY" = app ] || { measure floor "$FLOOR_JAR"; SAMPLES[floor]="${R[floor.start]}"; }
if [ "$STARTS" -gt 1 ]; then
    log "$((STARTS - 1)) more start(s) per side, alternating"
    for n in $(seq 2 "$STARTS"); do
        [ "$ONLY" = app ] || start_only floor "$FLOOR_JAR" "$n"
        [ "$ONLY" = floor ] || start_only app "$APP_JAR" "$n"
    done
    for side in app floor; do
        [ -n "${SAMPLES[$side]:-}" ] || continue
        R[$side.start]="$(printf '%s\n' "${SAMPLES[$side]}" | median)"
        log "  $side start samples:${SAMPLES[$side]} -> median ${R[$side.start]} s"
    done
fi

# --- the table ---------------------------------------------------------------------------------
MISSED=()
FLAGGED=()
row() { # row LABEL METRIC UNIT KIND TARGET
    local label="$1" metric="$2" unit="$3" kind="$4" target="$5"
    local a="${R[app.$metric]:--}" f="${R[floor.$metric]:--}" ratio="-" ok="-" tgt="-"
    if [[ "$a" =~ ^[0-9.]+$ ]] && [[ "$f" =~ ^[0-9.]+$ ]]; then
        ratio="$(awk -v a="$a" -v f="$f" 'BEGIN { if (f > 0) printf "%.2f", a / f; else print "-" }')"
    fi
    case "$kind" in
        ratio_le) tgt="<= ${target}x" ;;
        ratio_ge) tgt=">= ${target}x" ;;
        abs_le) tgt="<= $target $unit" ;;
    esac
    if [ "$kind" != none ]; then
        local v="$ratio"
        [ "$kind" = abs_le ] && v="$a"
        if [[ "$v" =~ ^[0-9.]+$ ]]; then
            if awk -v v="$v" -v t="$target" -v k="$kind" \
                'BEGIN { exit !((k == "ratio_ge") ? (v >= t) : (v <= t)) }'; then
                ok="yes"
            else
                ok="NO"
                MISSED+=("$label: $v (target $tgt)")
            fi
        fi
    fi
    local e
    for e in "${ERRS[app.$metric]:-}" "${ERRS[floor.$metric]:-}"; do
        if [ -n "$e" ]; then ok="$ok (errors!)"; break; fi
    done
    [ -n "${ERRS[app.$metric]:-}" ] && FLAGGED+=("app $label: ${ERRS[app.$metric]}")
    [ -n "${ERRS[floor.$metric]:-}" ] && FLAGGED+=("floor $label: ${ERRS[floor.$metric]}")
    printf '| %-28s | %10s | %10s | %6s | %-10s | %-14s |\n' "$label" "$a" "$f" "$ratio" "$tgt" "$ok"
}

echo
echo "Committee Academy vs. the Payara Micro floor  ($(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores,"
echo "wrk -t2 -c16 -d${DURATION}s after a ${WARMUP}s warm-up, loopback; ratio = app / floor;"
echo "start = $([ "$STARTS" -gt 1 ] && echo "median of $STARTS starts" || echo "one start") per side)"
echo
printf '| %-28s | %10s | %10s | %6s | %-10s | %-14s |\n' metric app floor ratio target "ok?"
printf '|%s|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..30})" "$(printf -- '-%.0s' {1..12})" \
    "$(printf -- '-%.0s' {1..12})" "$(printf -- '-%.0s' {1..8})" "$(printf -- '-%.0s' {1..12})" \
    "$(printf -- '-%.0s' {1..16})"
row "start to first 200 (s)" start s ratio_le 1.3
row "RSS after start (MB)" rss_start MB none ""
row "RSS after load (MB)" rss_load MB abs_le 1024
row "static /robots.txt (req/s)" static "req/s" none ""
row "REST /api/v1/series (req/s)" rest "req/s" ratio_ge 0.90
row "start page / (req/s)" page "req/s" ratio_ge 0.70
echo
if [ "${#FLAGGED[@]}" -gt 0 ]; then
    echo "RUNS WITH ERRORS (their req/s count failed responses too; do not trust them):"
    printf '  - %s\n' "${FLAGGED[@]}"
fi
if [ "$ONLY" != both ]; then
    echo "Only '$ONLY' was measured (BENCH_ONLY): no ratios, no targets checked except absolute ones."
fi
if [ "$ONLY" != both ]; then
    [ "${#MISSED[@]}" -eq 0 ] || { echo "TARGETS MISSED:"; printf '  - %s\n' "${MISSED[@]}"; }
elif [ "${#MISSED[@]}" -gt 0 ]; then
    echo "TARGETS MISSED:"
    printf '  - %s\n' "${MISSED[@]}"
elif [ "${#FLAGGED[@]}" -eq 0 ]; then
    echo "All targets met."
else
    echo "No target missed by the figures, but some runs had errors (see above)."
fi
exit 0
