#!/usr/bin/env bash
# Builds the fuzz targets: Slovo's library targets and SlovoInvariants in release with libFuzzer
# coverage and AddressSanitizer (SwiftPM, scratch path .build-fuzz), then one binary per
# Tests/Fuzz/Targets/NAME.swift at .build-fuzz/fuzz/NAME (with Tests/Fuzz/Support/*.swift).
#
#   Tests/Fuzz/build.sh [NAME...]        (all targets when no name is given)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
SCRATCH=${FUZZ_SCRATCH:-$ROOT/.build-fuzz}
OUT="$SCRATCH/fuzz"
mkdir -p "$OUT"

echo "fuzz build: library and SlovoInvariants (release, -sanitize=fuzzer,address)"
swift build -c release --scratch-path "$SCRATCH" --target SlovoInvariants \
    -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address 2>&1 | tail -n 2
test "${PIPESTATUS[0]}" -eq 0 || { echo "fuzz build: library build failed" >&2; exit 1; }

if [ $# -gt 0 ]; then names=("$@"); else
    names=()
    for file in Tests/Fuzz/Targets/*.swift; do names+=("$(basename "$file" .swift)"); done
fi
linker=()
command -v ld.lld >/dev/null && linker=(-use-ld=lld)
for name in "${names[@]}"; do
    source="Tests/Fuzz/Targets/$name.swift"
    [ -f "$source" ] || { echo "fuzz build: no target $source" >&2; exit 1; }
    echo "fuzz build: $name"
    Tests/Scripts/slovo-swiftc "$SCRATCH/release" -O -g -sanitize=fuzzer,address -parse-as-library \
        "${linker[@]}" -module-name "Fuzz_${name//-/_}" Tests/Fuzz/Support/*.swift "$source" -o "$OUT/$name"
done
