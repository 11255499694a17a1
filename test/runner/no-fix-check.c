// -no-fix-check: for findings without a fix-it. The tool runs without --fix
// and only the messages are checked.
// REQUIRES: plugin
// RUN: %check_ndis_tidy %s bugprone-assignment-in-if-condition %t -no-fix-check \
// RUN:   | FileCheck %s --check-prefix=RUNNER
// RUNNER: ok [mode binary]: messages{{$}}
// RUNNER: ok [mode plugin]: messages{{$}}

int Assign(int A, int B) {
  if ((A = B))
    return 1;
  // CHECK-MESSAGES: :[[@LINE-2]]:10: warning: an assignment within an 'if' condition is bug-prone [bugprone-assignment-in-if-condition]
  return 0;
}
