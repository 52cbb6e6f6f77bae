#!/usr/bin/env bash
# Resource bounds on adversarial input (issues 9 and 11), library side, release build: for each
# pattern of Tests/Limits/LimitsCheck.swift, analysing 10 MB must take at most 12x the CPU time
# of 1 MB, with output that keeps the token and sentence rules. Each process analyses both sizes
# once cold, then LIMITS_PAIRS times (default 2) a warm pair: ten runs of 1 MB, one of 10 MB,
# keeping freed memory for the next run as a long-running service does. The ratio judged is the
# median over the pairs of LIMITS_REPEAT processes (default 2). A pair times both sizes over the
# same amount of work in the same few seconds, so a slow spell of a busy machine falls on both:
# the best 1 MB run against the best 10 MB run from other minutes measured one build at 11.0x
# in one CI run and at 12.3x in the next. The cold runs are shown beside it: they add the
# kernel's cost of fresh pages, which on these VMs depends on the host (freed guest memory goes
# back to the hypervisor: see keepFreedMemory in LimitsCheck.swift), and CI measured it growing
# 18-31x in system time for 11x the page faults.
# Times are CPU seconds of the analysing thread; peak RSS is the largest seen.
# Without pattern arguments it also compares a 100 MB text without a line feed with 10 MB, and a
# million tiny JSONL documents with 100,000. Prints a table; fails on a median ratio over 12, a
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
# Columns: CPU seconds of the best warm run of each size and the median ratio of the pairs
# (judged); the ratio of the best cold runs (shown); the larger size's page faults in its warm /
# cold run; peak RSS after each size.
printf '%-22s %9s %9s %7s %7s %9s %9s %9s %10s\n' pattern "small s" "large s" ratio "cold" "faults" "RSS1 MB" "RSS2 MB" tokens
REPEAT=${LIMITS_REPEAT:-2}
MEMORY_BAR=${LIMITS_MEMORY_BAR:-400}
# measure PATTERN SMALL LARGE: REPEAT processes' lines (see the end of LimitsCheck.swift), one
# a line, or FAILED.
measure() {
    local k
    for k in $(seq "$REPEAT"); do
        timeout 600 "$BINARY" "$1" "$2" "$3" || echo FAILED
    done
}
# summary LINES: "warm-small warm-large median-ratio cold-ratio warm-faults cold-faults rss-small
# rss-large tokens" over the processes: the best times, the largest RSS, the median of every
# pair's ratio.
summary() {
    awk '{ if (NR == 1 || $2 < ws) ws = $2; if (NR == 1 || $3 < wl) { wl = $3; wf = $6 }
           if (NR == 1 || $4 < cs) cs = $4; if (NR == 1 || $5 < cl) { cl = $5; cf = $7 }
           if ($8 > rs) rs = $8; if ($9 > rl) rl = $9; tokens = $10
           k = split($11, r, ","); for (i = 1; i <= k; i++) all[n++] = r[i] + 0 }
         END { for (i = 1; i < n; i++) for (j = i; j > 0 && all[j - 1] > all[j]; j--) { t = all[j]; all[j] = all[j - 1]; all[j - 1] = t }
               median = n % 2 ? all[(n - 1) / 2] : (all[n / 2 - 1] + all[n / 2]) / 2
               printf "%s %s %.1f %.1f %s %s %s %s %s\n", ws, wl, median, cl / cs, wf, cf, rs, rl, tokens }' <<<"$1"
}
over_bar() { awk -v r="$1" 'BEGIN { exit !(r > 12) }'; }
compare() {  # name small large [label]
    local lines s w1 w2 ratio cold wf cf r1 r2 n note=""
    lines=$(measure "$1" "$2" "$3")
    if [[ $lines != *FAILED* ]] && over_bar "$(summary "$lines" | cut -d' ' -f3)"; then
        # Over the bar: measure once more, so that a noisy neighbour cannot fail the check
        # (a superlinear pattern is far over it both times).
        lines+=$'\n'$(measure "$1" "$2" "$3")
        note="(measured twice)"
    fi
    if [[ $lines == *FAILED* ]]; then
        printf '%-22s %s\n' "$1" "FAILED (timeout, crash or wrong output)"; failed+=("$1"); return
    fi
    read -r w1 w2 ratio cold wf cf r1 r2 n <<<"$(summary "$lines")"
    printf '%-22s %9.3f %9.3f %7s %7s %9s %9.0f %9.0f %10s %s\n' "$1" "$w1" "$w2" "$ratio" "$cold" \
        "$wf/$cf" "$r1" "$r2" "$n" "${4:-}$note"
    over_bar "$ratio" && failed+=("$1")
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
