#!/usr/bin/env bash
# Installs what is needed, builds ndis-tidy and runs all its tests (ctest: the
# unit tests and the lit tests). The environment variables of
# scripts/setup.sh apply, e.g. NDIS_TIDY_LLVM_VERSION=22 scripts/test.sh.
# Exits with ctest's status.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh" --for-tests

echo "==> running the tests (LLVM $NDIS_TIDY_LLVM_VERSION, $NDIS_TIDY_BUILD_DIR)"
status=0
ctest --test-dir "$NDIS_TIDY_BUILD_DIR" --output-on-failure -j "${NDIS_TIDY_JOBS:-2}" || status=$?
exit "$status"
