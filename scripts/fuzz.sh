#!/usr/bin/env bash
# Fuzzes the analysis and the fix planner for a bounded time:
#   scripts/fuzz.sh [SECONDS]          (default 60)
# Builds the libFuzzer target test/fuzz/fuzz_check.cpp with clang, ASan and
# UBSan (build directory build-fuzz; packages as scripts/setup.sh
# --for-fuzzing installs them), re-runs every reproducer saved in
# test/fuzz/regressions/, then fuzzes from the seed corpus (the check tests
# and the examples, see test/fuzz/make_corpus.py) plus what earlier runs in
# this build directory found. Exits non-zero on a crash, a sanitizer error,
# a violated fix-it rule, an input slower than 10 s or above 4 GiB: the
# input is then saved under build-fuzz/fuzz/artifacts/ and named in the
# output. Reduce one with
#   build-fuzz/bin/ndis-fuzz-check -minimize_crash=1 -runs=20000 FILE
# The environment variables of scripts/setup.sh apply (LLVM 19 by default).
set -euo pipefail

seconds="${1:-60}"
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || [[ "$seconds" -eq 0 ]]; then
  echo "usage: scripts/fuzz.sh [SECONDS]   (a whole number of seconds, default 60)" >&2
  exit 2
fi

v="${NDIS_TIDY_LLVM_VERSION:-19}"
if [[ -z "${NDIS_TIDY_BUILD_DIR:-}" ]]; then
  if [[ "$v" == 19 ]]; then NDIS_TIDY_BUILD_DIR=build-fuzz; else NDIS_TIDY_BUILD_DIR="build-fuzz-$v"; fi
fi
export NDIS_TIDY_BUILD_DIR
export NDIS_TIDY_CMAKE_ARGS="-DCMAKE_C_COMPILER=clang-$v -DCMAKE_CXX_COMPILER=clang++-$v \
-DNDIS_TIDY_FUZZ=ON -DNDIS_TIDY_SANITIZE=ON -DNDIS_TIDY_BUILD_TESTS=OFF ${NDIS_TIDY_CMAKE_ARGS:-}"
export NDIS_TIDY_BUILD_TARGETS=ndis-fuzz-check
export UBSAN_OPTIONS="print_stacktrace=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"

# shellcheck source-path=SCRIPTDIR source=setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh" --for-fuzzing

fuzzer="$NDIS_TIDY_BUILD_DIR/bin/ndis-fuzz-check"
work="$NDIS_TIDY_BUILD_DIR/fuzz"
mkdir -p "$work/corpus" "$work/artifacts"
python3 "$NDIS_TIDY_ROOT/test/fuzz/make_corpus.py" "$NDIS_TIDY_ROOT" "$work/seeds"

mapfile -t regressions < <(find "$NDIS_TIDY_ROOT/test/fuzz/regressions" -maxdepth 1 -type f \
                             ! -name 'README*' 2>/dev/null | sort)
if [[ ${#regressions[@]} -gt 0 ]]; then
  echo "==> re-running ${#regressions[@]} saved reproducer(s) from test/fuzz/regressions/"
  if ! "$fuzzer" -timeout=10 -rss_limit_mb=4096 "${regressions[@]}" > "$work/regressions.log" 2>&1; then
    cat "$work/regressions.log"
    echo "fuzz.sh: a reproducer in test/fuzz/regressions/ still fails (output above)" >&2
    exit 1
  fi
fi

echo "==> fuzzing for ${seconds}s (log: $work/fuzz.log)"
status=0
"$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=65536 \
  -print_final_stats=1 -artifact_prefix="$work/artifacts/" \
  "$work/corpus" "$work/seeds" > "$work/fuzz.log" 2>&1 || status=$?
grep -E '^(stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb|stat::new_units_added)|^#[0-9]+ +DONE' \
  "$work/fuzz.log" || true
if [[ $status -ne 0 ]]; then
  # The report: from the first error line to the saved input.
  sed -n '/==[0-9]*==ERROR\|ndis-fuzz-check: VIOLATION\|runtime error\|^==.*deadly signal\|ALARM\|out-of-memory/,$p' \
    "$work/fuzz.log" | head -200
  echo "fuzz.sh: the fuzzer failed with status $status; the input is in $work/artifacts/" >&2
  exit "$status"
fi
echo "==> fuzzing: no failure in ${seconds}s ($(find "$work/corpus" -type f | wc -l) input(s) in $work/corpus)"
