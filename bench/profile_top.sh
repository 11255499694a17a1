#!/usr/bin/env bash
# Where the check's time goes: runs ndis-tidy under callgrind on one input and
# prints the instruction totals, the check's top-level split and the top
# functions (inclusive and exclusive).
#
#   bench/profile_top.sh FILE.c [-- COMPILER ARGS...]
#   bench/profile_top.sh --gen "--checks 250 --style exit-label --helpers 0"
#
# Callgrind runs the tool ~50x slower: keep inputs whose check takes < ~2 s.
# Environment: NDIS_TIDY (default build/bin/ndis-tidy), TOP (default 25).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tool="${NDIS_TIDY:-$root/build/bin/ndis-tidy}"
top="${TOP:-25}"
work="$(mktemp -d "${TMPDIR:-/tmp}/ndis-profile.XXXXXX")"
trap 'rm -rf "$work"' EXIT

if [[ "${1:-}" == "--gen" ]]; then
  # shellcheck disable=SC2086
  python3 "$root/bench/gen_driver.py" $2 -o "$work/input.c"
  input="$work/input.c"; shift 2
else
  input="${1:?usage: profile_top.sh FILE.c | --gen \"GEN OPTIONS\"}"; shift
fi
if [[ "${1:-}" == "--" ]]; then shift; fi

for mode in baseline check; do
  if [[ $mode == baseline ]]; then checks='-*,google-build-using-namespace'
  else checks='-*,ndis-init-register-interrupt'; fi
  valgrind --tool=callgrind --callgrind-out-file="$work/$mode.cg" \
    "$tool" -checks="$checks" "$input" -- -I"$(dirname "$input")" "$@" >/dev/null 2>"$work/$mode.log" || true
done

total() { awk '/^(summary|totals):/ {print $2; exit}' "$1"; }
b=$(total "$work/baseline.cg"); c=$(total "$work/check.cg")
echo "input: $input ($(wc -l <"$input") lines)"
echo "Ir baseline (parse-only clang-tidy): $b"
echo "Ir with the check:                   $c"
awk -v b="$b" -v c="$c" 'BEGIN { printf "ratio: %.2f\n\n", c / b }'

echo "== the check's top-level split (inclusive Ir) =="
callgrind_annotate --inclusive=yes --threshold=100 "$work/check.cg" 2>/dev/null |
  grep -E 'InitRegisterInterruptCheck::check\(|ndis::findLeaks\(|ndis::planInitializeFix\(|ndis::planHaltFix\(|MatchFinder::matchAST\(|clang::ParseAST\(' |
  grep -v "'2" | cut -c1-160
echo
echo "== handler walks (calls of PathWalker::walkHandler, by caller) =="
{ callgrind_annotate --tree=caller --inclusive=yes --threshold=100 "$work/check.cg" 2>/dev/null |
  grep -B8 '\* .*PathWalker::walkHandler(' | grep ' < .*ndis::' |
  sed -E 's/^ *([0-9,]+).*:(ndis::[A-Za-z]+)\(.*(\([0-9]+x\)).*/  \2 \3  (\1 Ir)/'; } || true
echo
# Everything below the check's own callback (the frames above it are
# clang-tidy's driver, which the baseline has too).
cb=$(callgrind_annotate --inclusive=yes --threshold=100 "$work/check.cg" 2>/dev/null |
  grep 'InitRegisterInterruptCheck::check(' | head -1 | awk '{gsub(",", "", $1); print $1}')
echo "== top $top functions inside the check, inclusive =="
{ callgrind_annotate --inclusive=yes --threshold=100 "$work/check.cg" 2>/dev/null |
  sed -n '/^Ir/,$p' | grep -E '^ *[0-9,]+ ' |
  awk -v cb="${cb:-0}" '{ n = $1; gsub(",", "", n); if (n + 0 < cb + 0) print }' |
  head -n "$top" | cut -c1-170; } || true
echo
echo "== top $top functions, exclusive =="
{ callgrind_annotate "$work/check.cg" 2>/dev/null |
  sed -n '/^Ir/,$p' | grep -E '^ *[0-9,]+ ' | head -n "$top" | cut -c1-170; } || true
