// A fix that the test does not check is a bug: a test whose file --fix
// changes must have CHECK-FIXES lines.
// REQUIRES: plugin
// RUN: not %check_ndis_tidy %s readability-braces-around-statements %t 2>&1 | FileCheck %s --check-prefix=RUNNER
// RUNNER: FAIL [mode binary] step 'fixes': --fix changed the file but the test has no CHECK-FIXES lines: an untested fix is a bug
// RUNNER: changes made by --fix:
// RUNNER: +  if (A == 1) {
// RUNNER: FAIL [mode plugin] step 'fixes'
// RUNNER: FAILED in mode binary at step 'fixes'; mode plugin at step 'fixes'

int Pick(int A) {
  if (A == 1)
    return 10;
  // CHECK-MESSAGES: :[[@LINE-2]]:14: warning: statement should be inside braces
  return 0;
}
