#!/usr/bin/env bash
# Resource bounds on adversarial input (issues 9 and 11), library side, release build: for each
# pattern of Tests/Limits/LimitsCheck.swift, analysing 10 MB must take at most 12x the time of
# 1 MB, with output that keeps the token and sentence rules. Times are CPU seconds of the
# analysing thread, the best of LIMITS_REPEAT fresh processes per size (default 5, the two sizes taking turns); peak RSS is
# the largest seen. Without pattern arguments it also compares a 100 MB text without a line feed
# with 10 MB, and a million tiny JSONL documents with 100,000. Prints a table; fails on a ratio
# over 12, a crash, a timeout (10 min), a broken invariant, or a peak RSS over 400 MB per MB of
# input at the larger size (LIMITS_MEMORY_BAR; one token a byte with lemmas and JSON takes ~230).
#
#   Tests/Limits/run.sh [PATTERN...]      (env LIMITS_BUILD: release build dir, default .build/release)
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
BUILD=${LIMITS_BUILD:-$ROOT/.build/release}
BINARY="$BUILD/limits-check"

swift build -c release --target SlovoInvariants 2>&1 | tail -n 1
Tests/Scripts/slovo-swiftc "$BUILD" -O -module-name LimitsCheck Tests/Limits/LimitsCheck.swift -o "$BINARY" \
    || { echo "cannot build the limits check" >&2; exit 1; }

# A freshly booted virtual machine pays several times more for the first touch of memory it has
# never used (LimitsCheck.swift, warmMemory); a 10 MB run touches ~2 GB, a 1 MB run reuses the
# same ~200 MB. Touch LIMITS_WARM_MB (default 6144, at most half the available memory) once first,
# so that the ratios measure Slovo and not the hypervisor.
available=$(awk '/MemAvailable/ { print int($2 / 2048) }' /proc/meminfo 2>/dev/null || echo 0)
warm=${LIMITS_WARM_MB:-6144}
[ "$available" -gt 0 ] && [ "$warm" -gt "$available" ] && warm=$available
[ "$warm" -gt 0 ] && "$BINARY" --warm "$warm"

if [ $# -gt 0 ]; then patterns=("$@"); else read -r -a patterns <<<"$("$BINARY" --list)"; fi
failed=()
printf '%-22s %9s %9s %7s %9s %9s %10s\n' pattern "1MB s" "10MB s" ratio "RSS1 MB" "RSS10 MB" "tokens"
REPEAT=${LIMITS_REPEAT:-5}
MEMORY_BAR=${LIMITS_MEMORY_BAR:-400}
# one_run PATTERN SIZE: "seconds rss tokens", or FAILED.
one_run() {
    local line t r n
    line=$(timeout 600 "$BINARY" "$1" "$2") || { echo FAILED; return; }
    read -r _ _ t r n _ <<<"$line"
    echo "$t $r $n"
}
# min_of "t r n" "t r n": the smaller time, the larger RSS (FAILED wins).
min_of() {
    if [[ $1 == FAILED || $2 == FAILED ]]; then echo FAILED; return; fi
    [ -z "$1" ] && { echo "$2"; return; }
    awk -v a="$1" -v b="$2" 'BEGIN { split(a, x, " "); split(b, y, " ");
        printf "%s %s %s\n", (x[1] < y[1] ? x[1] : y[1]), (x[2] > y[2] ? x[2] : y[2]), y[3] }'
}
# measure PATTERN SMALL LARGE: REPEAT fresh processes per size, the sizes taking turns (so that
# a slow spell of the machine falls on both); prints "best-small|best-large" as "t r n" each.
measure() {
    local a="" b="" k
    for k in $(seq "$REPEAT"); do
        a=$(min_of "$a" "$(one_run "$1" "$2")")
        b=$(min_of "$b" "$(one_run "$1" "$3")")
    done
    echo "$a|$b"
}
compare() {  # name small large [label]
    local a b m t1 r1 t2 r2 n2 ratio note=""
    m=$(measure "$1" "$2" "$3"); a=${m%%|*}; b=${m##*|}
    if [[ $a != FAILED && $b != FAILED ]]; then
        ratio=$(awk -v a="${a%% *}" -v b="${b%% *}" 'BEGIN { if (a < 0.005) a = 0.005; printf "%.1f", b / a }')
        if awk -v r="$ratio" 'BEGIN { exit !(r > 12) }'; then
            # Over the bar: measure once more, so that a noisy neighbour cannot fail the check
            # (a superlinear pattern is far over it both times).
            m=$(measure "$1" "$2" "$3"); a=$(min_of "$a" "${m%%|*}"); b=$(min_of "$b" "${m##*|}")
            note="(measured twice)"
        fi
    fi
    if [[ $a == *FAILED* || $b == *FAILED* ]]; then
        printf '%-22s %s\n' "$1" "FAILED (timeout, crash or wrong output)"; failed+=("$1"); return
    fi
    read -r t1 r1 _ <<<"$a"; read -r t2 r2 n2 <<<"$b"
    ratio=$(awk -v a="$t1" -v b="$t2" 'BEGIN { if (a < 0.005) a = 0.005; printf "%.1f", b / a }')
    printf '%-22s %9.3f %9.3f %7s %9.0f %9.0f %10s %s\n' "$1" "$t1" "$t2" "$ratio" "$r1" "$r2" "$n2" "${4:-}$note"
    awk -v r="$ratio" 'BEGIN { exit !(r > 12) }' && failed+=("$1")
    # Memory: at most MEMORY_BAR MB of peak RSS per MB of text (documents count as text here).
    if [ "$1" != tiny-documents ] && awk -v r="$r2" -v s="$3" -v bar="$MEMORY_BAR" 'BEGIN { exit !(r > bar * s) }'; then
        echo "    peak RSS $r2 MB is over $MEMORY_BAR MB per MB of input"; failed+=("$1 (memory)")
    fi
}
for pattern in "${patterns[@]}"; do
    case $pattern in
        tiny-documents) compare tiny-documents 0.1 1 "(0.1 vs 1 million documents)" ;;
        *) compare "$pattern" 1 10 ;;
    esac
done
if [ $# -eq 0 ]; then compare prose-no-newline 10 100 "(10 MB vs 100 MB, no line feed)"; fi
if [ ${#failed[@]} -gt 0 ]; then
    echo "superlinear or failed: ${failed[*]}" >&2
    exit 1
fi
echo "every pattern linear (10x the input in at most 12x the time)"
