// A failure in one mode is reported for that mode; the other mode still runs.
// REQUIRES: plugin
// RUN: not %check_ndis_tidy %s readability-braces-around-statements %t --plugin %t.no-such-plugin.so 2>&1 \
// RUN:   | FileCheck %s --check-prefix=RUNNER
// RUNNER: ok [mode binary]: messages, fixes, fixed file compiles, nothing remains, --fix is idempotent
// RUNNER: FAIL [mode plugin] step 'input': --plugin {{.*}}no-such-plugin.so does not exist (not built?)
// RUNNER: FAILED in mode plugin at step 'input'{{$}}

int Pick(int A) {
  if (A == 1)
    return 10;
  // CHECK-MESSAGES: :[[@LINE-2]]:14: warning: statement should be inside braces
  // CHECK-FIXES: {{^}}  if (A == 1) {{[{]$}}
  return 0;
}
