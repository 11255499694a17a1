// A passing check test: messages and fixes are checked in both modes (binary
// and plugin), the fixed file compiles, nothing remains, --fix is idempotent.
// REQUIRES: plugin
// RUN: %check_ndis_tidy %s readability-braces-around-statements %t | FileCheck %s --check-prefix=RUNNER
// RUNNER: ok [mode binary]: messages, fixes, fixed file compiles, nothing remains, --fix is idempotent
// RUNNER: ok [mode plugin]: messages, fixes, fixed file compiles, nothing remains, --fix is idempotent

int Pick(int A) {
  if (A == 1)
    return 10;
  // CHECK-MESSAGES: :[[@LINE-2]]:14: warning: statement should be inside braces [readability-braces-around-statements]
  // CHECK-FIXES:      {{^}}  if (A == 1) {{{$}}
  // CHECK-FIXES-NEXT: {{^}}    return 10;{{$}}
  // CHECK-FIXES-NEXT: {{^}}}{{$}}
  if (A == 2) {
    return 20;
  }
  while (A > 100) A -= 100;
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: statement should be inside braces
  // CHECK-FIXES: {{^}}  while (A > 100) { A -= 100;{{$}}
  return 0;
}
