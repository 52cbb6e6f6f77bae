#!/usr/bin/env bash
# Runs fuzz targets built by build.sh, one after another, each for a bounded time, at the lowest
# CPU priority (nice 19; FUZZ_NICE sets another). Fails when any target crashes, hangs (-timeout), runs out of memory
# (-rss_limit_mb) or breaks an invariant (the targets abort on a violation).
#
#   Tests/Fuzz/run.sh [--seconds N] [NAME...]       (default 25 s each, all targets)
#
# Each target reads the seeds named on its "// fuzz-seeds:" line (Tests/Fuzz/Seeds/<dir>) and
# grows a working corpus in .build-fuzz/corpus/NAME, kept between runs. A crash leaves the
# input in .build-fuzz/artifacts/NAME/ and the log in .build-fuzz/logs/NAME.log; replay it with
# `.build-fuzz/fuzz/NAME FILE`. A summary line per target gives runs and executions.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
SCRATCH=${FUZZ_SCRATCH:-$ROOT/.build-fuzz}
seconds=25
if [ "${1:-}" = "--seconds" ]; then seconds=$2; shift 2; fi
if [ $# -gt 0 ]; then names=("$@"); else
    names=()
    for file in Tests/Fuzz/Targets/*.swift; do names+=("$(basename "$file" .swift)"); done
fi

header() { sed -n "s#^// $2: *##p" "$1" | head -n 1; }
failed=()
printf '%-16s %8s %12s %10s %s\n' target seconds executions exec/s result
for name in "${names[@]}"; do
    source="Tests/Fuzz/Targets/$name.swift"
    binary="$SCRATCH/fuzz/$name"
    [ -x "$binary" ] || { echo "no fuzz binary $binary: run Tests/Fuzz/build.sh" >&2; failed+=("$name"); continue; }
    corpus="$SCRATCH/corpus/$name"
    artifacts="$SCRATCH/artifacts/$name"
    log="$SCRATCH/logs/$name.log"
    mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
    seeds=()
    for dir in $(header "$source" fuzz-seeds); do seeds+=("Tests/Fuzz/Seeds/$dir"); done
    options=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
             -max_len="$(header "$source" fuzz-max-len | grep . || echo 8192)" -artifact_prefix="$artifacts/")
    dict=$(header "$source" fuzz-dict)
    [ -n "$dict" ] && options+=(-dict="Tests/Fuzz/Dicts/$dict.dict")
    started=$(date +%s)
    SWIFT_BACKTRACE=enable=no nice -n "${FUZZ_NICE:-19}" "$binary" "${options[@]}" "$corpus" "${seeds[@]}" >"$log" 2>&1
    status=$?
    elapsed=$(( $(date +%s) - started ))
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
    if [ $status -eq 0 ]; then result=ok; else result="FAILED (exit $status)"; failed+=("$name"); fi
    printf '%-16s %8s %12s %10s %s\n' "$name" "$elapsed" "${runs:-?}" "${rate:-?}" "$result"
    if [ $status -ne 0 ]; then
        grep -E "^(==[0-9]+==ERROR|INVARIANT VIOLATED|SUMMARY|Fatal error|.*Test unit written to)" "$log" | head -n 5 | sed 's/^/    /'
        grep -A 12 "^INVARIANT VIOLATED" "$log" | head -n 14 | sed 's/^/    /'
        echo "    log: $log"
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzzing failed: ${failed[*]}" >&2
    exit 1
fi
