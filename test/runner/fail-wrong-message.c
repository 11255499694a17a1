// A CHECK-MESSAGES line that does not match the finding (wrong column) fails
// the test in both modes, at the messages step.
// REQUIRES: plugin
// RUN: not %check_ndis_tidy %s readability-braces-around-statements %t 2>&1 | FileCheck %s --check-prefix=RUNNER
// RUNNER: FAIL [mode binary] step 'messages': FileCheck found that the CHECK-MESSAGES lines and the tool's messages do not match
// RUNNER: tool command:
// RUNNER-NEXT: {{.*}}ndis-tidy {{.*}}fail-wrong-message.c.tmp.binary.c '-checks=-*,readability-braces-around-statements' '--config={}' --fix --
// RUNNER: error: CHECK-MESSAGES: expected string not found in input
// RUNNER: FAIL [mode plugin] step 'messages'
// RUNNER: tool command:
// RUNNER-NEXT: {{.*}}clang-tidy -load {{.*}}libNdisTidyModule.so --extra-arg=-idirafter{{.*}}stand-in-headers {{.*}}fail-wrong-message.c.tmp.plugin.c '-checks=-*,readability-braces-around-statements' '--config={}' --fix --
// RUNNER: fail-wrong-message.c: FAILED in mode binary at step 'messages'; mode plugin at step 'messages'

int Pick(int A) {
  if (A == 1)
    return 10;
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: statement should be inside braces
  // CHECK-FIXES: {{^}}  if (A == 1) {{[{]$}}
  return 0;
}
