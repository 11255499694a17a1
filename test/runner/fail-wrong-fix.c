// A CHECK-FIXES line that does not match the fixed file fails the test.
// REQUIRES: plugin
// RUN: not %check_ndis_tidy %s readability-braces-around-statements %t 2>&1 | FileCheck %s --check-prefix=RUNNER
// RUNNER: FAIL [mode binary] step 'fixes': FileCheck found that the CHECK-FIXES lines and the fixed file {{.*}}fail-wrong-fix.c.tmp.binary.c do not match
// RUNNER: changes made by --fix:
// RUNNER: -  if (A == 1)
// RUNNER-NEXT: +  if (A == 1) {
// RUNNER: error: CHECK-FIXES: expected string not found in input
// RUNNER: FAIL [mode plugin] step 'fixes'
// RUNNER: FAILED in mode binary at step 'fixes'; mode plugin at step 'fixes'

int Pick(int A) {
  if (A == 1)
    return 10;
  // CHECK-MESSAGES: :[[@LINE-2]]:14: warning: statement should be inside braces
  // CHECK-FIXES: {{^}}  if (A == 1) { return 10; }{{$}}
  return 0;
}
