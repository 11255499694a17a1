// After --fix, the tool must find nothing more in the fixed file, unless the
// test says -expect-remaining (see expect-remaining.c).
// REQUIRES: plugin
// RUN: not %check_ndis_tidy %s readability-braces-around-statements,bugprone-assignment-in-if-condition %t 2>&1 \
// RUN:   | FileCheck %s --check-prefix=RUNNER
// RUNNER: FAIL [mode binary] step 'recheck': the tool still reports on the fixed file (pass -expect-remaining if that is intended):
// RUNNER-NEXT: fail-remaining.c.tmp.binary.refix.c:[[#@LINE+5]]:10: warning: an assignment within an 'if' condition is bug-prone
// RUNNER: FAIL [mode plugin] step 'recheck'
// RUNNER: FAILED in mode binary at step 'recheck'; mode plugin at step 'recheck'

int Assign(int A, int B) {
  if ((A = B))
    return 1;
  // CHECK-MESSAGES: :[[@LINE-2]]:10: warning: an assignment within an 'if' condition is bug-prone
  // CHECK-MESSAGES: :[[@LINE-3]]:15: warning: statement should be inside braces
  // CHECK-FIXES: {{^}}  if ((A = B)) {{[{]$}}
  return 0;
}
