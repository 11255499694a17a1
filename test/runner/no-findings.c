// A test without CHECK-MESSAGES lines expects no finding at all (and, with no
// fix to apply, the file stays as it is).
// REQUIRES: plugin
// RUN: %check_ndis_tidy %s readability-braces-around-statements %t | FileCheck %s --check-prefix=RUNNER
// RUNNER: ok [mode binary]: no diagnostics, no fixes, fixed file compiles, nothing remains, --fix is idempotent
// RUNNER: ok [mode plugin]: no diagnostics, no fixes

int Braced(int A) {
  if (A) {
    return 1;
  }
  return 0;
}
