#!/usr/bin/env bash
# Builds ndis-tidy with AddressSanitizer and UndefinedBehaviorSanitizer
# (-DNDIS_TIDY_SANITIZE=ON, build directory build-asan) and runs its tests
# there with ctest: the unit tests and the lit tests. In that build the
# plugin cannot be loaded into the (uninstrumented) clang-tidy of the LLVM
# release, so lit runs the check tests in binary mode only and reports the
# plugin tests as UNSUPPORTED (see "sanitized" in test/lit.cfg.py).
# The packages are checked and installed as by scripts/test.sh; the
# environment variables of scripts/setup.sh apply (NDIS_TIDY_BUILD_DIR
# defaults to build-asan for LLVM 19, build-asan-22 for LLVM 22).
# Sanitizer errors abort the process: a UBSan finding is an error
# (-fno-sanitize-recover), and LeakSanitizer stays on (clang-tidy does not
# leak by design: tooling turns -disable-free off).
# Exits with ctest's status.
set -euo pipefail

v="${NDIS_TIDY_LLVM_VERSION:-19}"
if [[ -z "${NDIS_TIDY_BUILD_DIR:-}" ]]; then
  if [[ "$v" == 19 ]]; then NDIS_TIDY_BUILD_DIR=build-asan; else NDIS_TIDY_BUILD_DIR="build-asan-$v"; fi
fi
export NDIS_TIDY_BUILD_DIR
export NDIS_TIDY_CMAKE_ARGS="-DNDIS_TIDY_SANITIZE=ON ${NDIS_TIDY_CMAKE_ARGS:-}"
# Stack traces for UBSan findings; the user's own options come last and win.
export UBSAN_OPTIONS="print_stacktrace=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"

# shellcheck source-path=SCRIPTDIR source=setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh" --for-tests

echo "==> running the tests under ASan+UBSan (LLVM $NDIS_TIDY_LLVM_VERSION, $NDIS_TIDY_BUILD_DIR)"
status=0
ctest --test-dir "$NDIS_TIDY_BUILD_DIR" --output-on-failure -j "${NDIS_TIDY_JOBS:-2}" || status=$?
exit "$status"
