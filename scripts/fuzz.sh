#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (AddressSanitizer and UndefinedBehaviorSanitizer on) and runs
# each for a bounded time from a corpus of valid examples. Any crash, hang, leak or sanitizer report fails.
#   scripts/fuzz.sh [SECONDS_PER_TARGET]   (default 60; CI runs it from .ci/run)
# Findings are kept in build-fuzz/findings/TARGET/ (crash-*, timeout-*, leak-*) to be replayed with
#   build-fuzz/tests/fuzz/TARGET FILE
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh

seconds="${1:-60}"
build=build-fuzz
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPIADESK_FUZZ=ON \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ >/dev/null
cmake --build "$build" --parallel --target fuzz_exchange fuzz_ruleset fuzz_calendar

# Seeds: the valid documents PIAdesk ships and tests with (copied: libFuzzer adds what it finds to its corpus).
declare -A seeds=(
    [fuzz_exchange]="tests/data/case-complete.json"
    [fuzz_ruleset]="templates/rulesets/*.json tests/data/rulesets/minimal.json"
    [fuzz_calendar]="resources/calendar/cn-holidays.json tests/data/calendars/*.json"
)
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
export QT_LOGGING_RULES="*.debug=false"
status=0
for target in fuzz_exchange fuzz_ruleset fuzz_calendar; do
    corpus="$build/corpus/$target"
    findings="$build/findings/$target"
    rm -rf "$corpus" "$findings"
    mkdir -p "$corpus" "$findings"
    # shellcheck disable=SC2086
    cp ${seeds[$target]} "$corpus/"
    # Inputs that once failed (tests/fuzz/regressions/TARGET): replayed first, every run.
    if [ -d "tests/fuzz/regressions/$target" ]; then cp "tests/fuzz/regressions/$target"/* "$corpus/"; fi
    echo "== $target: ${seconds}s from $(ls "$corpus" | wc -l) seed(s)"
    if ! "$build/tests/fuzz/$target" "$corpus" -dict=tests/fuzz/json.dict -max_total_time="$seconds" \
        -timeout=10 -rss_limit_mb=2048 -max_len=1048576 -print_final_stats=1 \
        -artifact_prefix="$findings/" 2>"$build/$target.log"; then
        status=1
        # The sanitizer's own report first (what went wrong and where), then libFuzzer's end, then the input,
        # so that a failure on a machine whose findings are gone can still be replayed.
        grep -m1 -B2 -A25 -E "runtime error|ERROR: (Address|Leak|UndefinedBehavior)Sanitizer|ERROR: libFuzzer" \
            "$build/$target.log" || true
        echo "..."
        tail -25 "$build/$target.log"
        for input in "$findings"/*; do
            [ -f "$input" ] || continue
            echo "input $(basename "$input") ($(stat -c %s "$input") bytes), base64 of its first 4 KiB:"
            head -c 4096 "$input" | base64 -w 120
        done
        echo "FAILED: $target (input kept in $findings)"
    fi
    grep -E "^stat::number_of_executed_units|^stat::new_units_added|^Done" "$build/$target.log" || true
done
exit "$status"
