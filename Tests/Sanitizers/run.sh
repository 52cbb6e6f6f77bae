#!/usr/bin/env bash
# Sanitizer runs (issue 9), each in its own scratch path (git-ignored .build-*/):
#
#   Tests/Sanitizers/run.sh address            swift test under AddressSanitizer (.build-asan),
#                                              then the Foundation + system ICU program
#   Tests/Sanitizers/run.sh thread [FILTER]    swift test under ThreadSanitizer (.build-tsan),
#                                              all tests or those matching FILTER
#   Tests/Sanitizers/run.sh foundation-icu [BUILD_DIR]
#                                              only the Foundation + ICU program, linked against
#                                              an ASan build of the library (default: the fuzz
#                                              build .build-fuzz/release when present, else
#                                              .build-asan/debug, built when missing)
#
# Known and not Slovo's: under ThreadSanitizer the CLI test that runs `analyze` with
# `ulimit -f 200` is skipped, because the TSan runtime itself dies with SIGBUS under that
# limit (any TSan binary does, even `analyze --version`).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
export SWIFT_BACKTRACE=enable=no   # let the sanitizer report crashes, not Swift's backtracer
export LSAN_OPTIONS="suppressions=$ROOT/Tests/Sanitizers/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export TSAN_OPTIONS="halt_on_error=1${TSAN_OPTIONS:+:$TSAN_OPTIONS}"

foundation_icu() {
    local build=${1:-}
    if [ -z "$build" ]; then
        if [ -d .build-fuzz/release/Modules ]; then build=.build-fuzz/release; else
            swift build --sanitize=address --scratch-path .build-asan --target SlovoInvariants 2>&1 | tail -n 1
            build=.build-asan/debug
        fi
    fi
    echo "Foundation + system ICU from 16 threads under AddressSanitizer (library from $build)"
    Tests/Scripts/slovo-swiftc "$build" -sanitize=address -g -parse-as-library -use-ld=lld \
        -module-name FoundationICUMix Tests/Sanitizers/FoundationICUMix.swift -o "$build/foundation-icu-mix"
    "$build/foundation-icu-mix" "${FOUNDATION_ICU_ROUNDS:-200}"
}

case ${1:-} in
    address)
        swift test --sanitize=address --scratch-path .build-asan
        foundation_icu .build-asan/debug
        ;;
    thread)
        filter=()
        [ -n "${2:-}" ] && filter=(--filter "$2")
        swift test --sanitize=thread --scratch-path .build-tsan "${filter[@]}" --skip fileOverItsSizeLimitIsCutBackToWholeDocuments
        ;;
    foundation-icu)
        foundation_icu "${2:-}"
        ;;
    *)
        sed -n '2,18p' "$0" >&2
        exit 2
        ;;
esac
