#!/usr/bin/env bash
# Resource bounds on adversarial input (issues 9 and 11), library side, release build: for each
# pattern of Tests/Limits/LimitsCheck.swift, analysing 10 MB must take at most 12x the CPU time
# of 1 MB, with output that keeps the token and sentence rules. Each process analyses the text
# LIMITS_RUNS times (default 3) and keeps freed memory for the next run, as a long-running
# service does; the time judged is the warm one (the best run after the first), the best of
# LIMITS_REPEAT processes per size (default 2, the two sizes taking turns). The cold first run
# is shown beside it: it adds the kernel's cost of fresh pages, which on these VMs depends on
# the host (freed guest memory goes back to the hypervisor: see keepFreedMemory in
# LimitsCheck.swift), and CI measured it growing 18-31x in system time for 11x the page faults.
# Times are CPU seconds of the analysing thread; peak RSS is the largest seen.
# Without pattern arguments it also compares a 100 MB text without a line feed with 10 MB, and a
# million tiny JSONL documents with 100,000. Prints a table; fails on a warm ratio over 12, a
# crash, a timeout (10 min), a broken invariant, or a peak RSS over 400 MB per MB of input at
# the larger size (LIMITS_MEMORY_BAR; one token a byte with lemmas and JSON takes ~230).
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

if [ $# -gt 0 ]; then patterns=("$@"); else read -r -a patterns <<<"$("$BINARY" --list)"; fi
failed=()
# Columns: CPU seconds of the warm run at each size and their ratio (judged); the ratio of the
# cold runs (shown); the larger size's page faults in its warm / cold run.
printf '%-22s %9s %9s %7s %7s %9s %9s %9s %10s\n' pattern "1MB s" "10MB s" ratio "cold" "faults" "RSS1 MB" "RSS10 MB" tokens
REPEAT=${LIMITS_REPEAT:-2}
MEMORY_BAR=${LIMITS_MEMORY_BAR:-400}
# one_run PATTERN SIZE: "warm cold warm-faults cold-faults rss tokens", or FAILED.
one_run() {
    local line w c wf cf r n
    line=$(timeout 600 "$BINARY" "$1" "$2") || { echo FAILED; return; }
    read -r _ _ w c wf cf r n _ <<<"$line"
    echo "$w $c $wf $cf $r $n"
}
# best_of A B: the process with the cheaper warm run, with the cheaper cold run and the larger
# RSS of the two (FAILED wins).
best_of() {
    if [[ $1 == FAILED || $2 == FAILED ]]; then echo FAILED; return; fi
    [ -z "$1" ] && { echo "$2"; return; }
    awk -v a="$1" -v b="$2" 'BEGIN { split(a, x, " "); split(b, y, " ");
        if (y[1] < x[1]) { x[1] = y[1]; x[3] = y[3] }
        if (y[2] < x[2]) { x[2] = y[2]; x[4] = y[4] }
        printf "%s %s %s %s %s %s\n", x[1], x[2], x[3], x[4], (x[5] > y[5] ? x[5] : y[5]), y[6] }'
}
# measure PATTERN SMALL LARGE: REPEAT fresh processes per size, the sizes taking turns (so that
# a slow spell of the machine falls on both); prints "best-small|best-large".
measure() {
    local a="" b="" k
    for k in $(seq "$REPEAT"); do
        a=$(best_of "$a" "$(one_run "$1" "$2")")
        b=$(best_of "$b" "$(one_run "$1" "$3")")
    done
    echo "$a|$b"
}
# ratio X Y: Y / X to one decimal, X taken as at least 0.02 s: a shorter run is timed with a
# millisecond or two of noise, a tenth of itself (CI timed html-entities' 1 MB at 16-17 ms and
# its 10 MB at 193-214 ms: 11.4x in one run, 13.2x in the next, same code). A superlinear
# pattern still stands out: quadratic time would make 10 MB 100x of 1 MB.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a < 0.02) a = 0.02; printf "%.1f", b / a }'; }
over_bar() { awk -v r="$1" 'BEGIN { exit !(r > 12) }'; }
compare() {  # name small large [label]
    local a b m w1 c1 w2 c2 wf2 cf2 r1 r2 n2 warm_ratio note=""
    m=$(measure "$1" "$2" "$3"); a=${m%%|*}; b=${m##*|}
    if [[ $a != FAILED && $b != FAILED ]] && over_bar "$(ratio "${a%% *}" "${b%% *}")"; then
        # Over the bar: measure once more, so that a noisy neighbour cannot fail the check
        # (a superlinear pattern is far over it both times).
        m=$(measure "$1" "$2" "$3"); a=$(best_of "$a" "${m%%|*}"); b=$(best_of "$b" "${m##*|}")
        note="(measured twice)"
    fi
    if [[ $a == *FAILED* || $b == *FAILED* ]]; then
        printf '%-22s %s\n' "$1" "FAILED (timeout, crash or wrong output)"; failed+=("$1"); return
    fi
    read -r w1 c1 _ _ r1 _ <<<"$a"; read -r w2 c2 wf2 cf2 r2 n2 <<<"$b"
    warm_ratio=$(ratio "$w1" "$w2")
    printf '%-22s %9.3f %9.3f %7s %7s %9s %9.0f %9.0f %10s %s\n' "$1" "$w1" "$w2" "$warm_ratio" \
        "$(ratio "$c1" "$c2")" "$wf2/$cf2" "$r1" "$r2" "$n2" "${4:-}$note"
    over_bar "$warm_ratio" && failed+=("$1")
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
