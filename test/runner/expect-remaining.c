// -expect-remaining: the fixed file may still have findings, here the
// assignment in a condition, which has no fix-it.
// REQUIRES: plugin
// RUN: %check_ndis_tidy %s readability-braces-around-statements,bugprone-assignment-in-if-condition %t \
// RUN:   -expect-remaining | FileCheck %s --check-prefix=RUNNER
// RUNNER: ok [mode binary]: messages, fixes, fixed file compiles, warnings remain as expected, --fix is idempotent
// RUNNER: ok [mode plugin]: messages, fixes, fixed file compiles, warnings remain as expected, --fix is idempotent

int Assign(int A, int B) {
  if ((A = B))
    return 1;
  // CHECK-MESSAGES: :[[@LINE-2]]:10: warning: an assignment within an 'if' condition is bug-prone
  // CHECK-MESSAGES: :[[@LINE-3]]:15: warning: statement should be inside braces
  // CHECK-FIXES: {{^}}  if ((A = B)) {{[{]$}}
  return 0;
}
