// A test with no CHECK-MESSAGES lines expects no finding; a finding fails it.
// REQUIRES: plugin
// RUN: not %check_ndis_tidy %s readability-braces-around-statements %t 2>&1 | FileCheck %s --check-prefix=RUNNER
// RUNNER: FAIL [mode binary] step 'messages': the test has no CHECK-MESSAGES lines, so it expects no diagnostic, but the tool printed:
// RUNNER-NEXT: fail-finding-not-expected.c.tmp.binary.c:[[#@LINE+6]]:14: warning: statement should be inside braces
// RUNNER: FAIL [mode plugin] step 'messages'
// RUNNER-NEXT: fail-finding-not-expected.c.tmp.plugin.c:[[#@LINE+4]]:14: warning: statement should be inside braces
// RUNNER: FAILED in mode binary at step 'messages'; mode plugin at step 'messages'

int Pick(int A) {
  if (A == 1)
    return 10;
  return 0;
}
