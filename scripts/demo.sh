#!/usr/bin/env bash
# Shows ndis-tidy on an example driver: its findings, then what --fix changes.
#   scripts/demo.sh [DRIVER.c] [-- COMPILER ARGS...]
# DRIVER.c defaults to examples/leaky-miniport/miniport.c. The environment
# variables of scripts/setup.sh apply (NDIS_TIDY_LLVM_VERSION, ...).
# Exits 0 when the tool ran (findings are expected), non-zero when it could not.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
example="$root/examples/leaky-miniport/miniport.c"
if [[ $# -gt 0 && "$1" != "--" ]]; then
  example="$1"; shift
fi
if [[ "${1:-}" == "--" ]]; then shift; fi
compiler_args=("$@")

if [[ ! -f "$example" ]]; then
  echo "demo.sh: no such file: $example" >&2
  echo "usage: scripts/demo.sh [DRIVER.c] [-- COMPILER ARGS...]" >&2
  exit 2
fi
example="$(cd "$(dirname "$example")" && pwd)/$(basename "$example")"

# A sourced script sees our arguments unless we clear them.
set --
# shellcheck source-path=SCRIPTDIR source=setup.sh
source "$root/scripts/setup.sh"
tool="$NDIS_TIDY_BUILD_DIR/bin/ndis-tidy"
checks='-*,ndis-*'
shown="${example#"$NDIS_TIDY_ROOT"/}"

banner() { printf '\n==================== %s ====================\n' "$*"; }

banner "Findings"
echo "\$ ndis-tidy -checks='$checks' $shown -- ${compiler_args[*]}"
echo
status=0
"$tool" -checks="$checks" "$example" -- "${compiler_args[@]}" || status=$?
if [[ $status -ne 0 ]]; then
  echo "demo.sh: ndis-tidy could not analyse $shown (exit $status)" >&2
  exit "$status"
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/ndis-tidy-demo.XXXXXX")"
trap 'rm -rf "$work"' EXIT
fixed="$work/$(basename "$example")"
cp "$example" "$fixed"

banner "Applying the fixes to a copy ($fixed)"
# The copy's own directory has none of the example's local headers: -I the
# original directory so that #include "..." still finds them.
"$tool" -checks="$checks" --fix "$fixed" -- -I"$(dirname "$example")" "${compiler_args[@]}" \
  > "$work/fix.log" 2>&1 || status=$?
grep -E 'applied [0-9]+ of [0-9]+ suggested fixes|Fixes have NOT been applied' "$work/fix.log" || true
if [[ $status -ne 0 ]]; then
  cat "$work/fix.log" >&2
  echo "demo.sh: ndis-tidy --fix failed (exit $status)" >&2
  exit "$status"
fi

banner "What --fix changed (diff -u original fixed)"
if diff -u --label "original: $shown" --label "fixed:    $shown" "$example" "$fixed"; then
  echo "(nothing: no finding had a fix)"
fi
echo
echo "demo.sh: done."
