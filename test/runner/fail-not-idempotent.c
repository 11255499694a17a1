// A second --fix on the fixed file must change nothing. The fake tool
// appends a line on every --fix here.
// RUN: cp %S/Inputs/fake-tidy.py %t.fake-tidy && chmod +x %t.fake-tidy
// RUN: not %check_ndis_tidy %s fake-check %t -modes=binary --ndis-tidy %t.fake-tidy 2>&1 \
// RUN:   | FileCheck %s --check-prefix=RUNNER --implicit-check-not='[mode plugin]'
// RUNNER: FAIL [mode binary] step 'idempotence': a second --fix changed the fixed file again
// RUNNER: changes made by the second --fix:
// RUNNER: +/* fixed once more */
// RUNNER: FAILED in mode binary at step 'idempotence'{{$}}

enum { FAKE_NOT_IDEMPOTENT };
int FAKE_FINDING;
// CHECK-MESSAGES: :[[@LINE-1]]:5: warning: fake finding [fake-check]
// CHECK-FIXES: {{^}}int fake_fixed;{{$}}
