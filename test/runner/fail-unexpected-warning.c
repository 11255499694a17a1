// Every warning must be matched by a CHECK-MESSAGES line: one more finding
// than the test expects fails it.
// REQUIRES: plugin
// RUN: not %check_ndis_tidy %s readability-braces-around-statements %t 2>&1 | FileCheck %s --check-prefix=RUNNER
// RUNNER: FAIL [mode binary] step 'messages'
// RUNNER: error: IMPLICIT-CHECK-NOT: excluded string found in input
// RUNNER: fail-unexpected-warning.c.tmp.binary.c:[[#@LINE+8]]:14: warning: statement should be inside braces
// RUNNER: FAIL [mode plugin] step 'messages'
// RUNNER: fail-unexpected-warning.c: FAILED in mode binary at step 'messages'; mode plugin at step 'messages'

int Pick(int A) {
  if (A == 1)
    return 10;
  // CHECK-MESSAGES: :[[@LINE-2]]:14: warning: statement should be inside braces
  if (A == 2)
    return 20;
  return 0;
}
