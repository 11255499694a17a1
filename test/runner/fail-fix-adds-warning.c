// A fix must not bring a compiler warning (clang -Wall) that the test file
// does not already have; warnings the test file has are not counted.
// RUN: cp %S/Inputs/fake-tidy.py %t.fake-tidy && chmod +x %t.fake-tidy
// RUN: not %check_ndis_tidy %s fake-check %t -modes=binary --ndis-tidy %t.fake-tidy 2>&1 \
// RUN:   | FileCheck %s --check-prefix=RUNNER
// RUNNER: FAIL [mode binary] step 'compile-fix': the fix brings compiler warnings the test file does not have:
// RUNNER-NEXT: unused variable 'unused_after_fix' [-Wunused-variable]
// RUNNER-NEXT: compile command:
// RUNNER: FAILED in mode binary at step 'compile-fix'{{$}}

enum { FAKE_ADDS_WARNING };
void Before(void) { int unused_before; }
int FAKE_FINDING;
// CHECK-MESSAGES: :[[@LINE-1]]:5: warning: fake finding [fake-check]
// CHECK-FIXES: {{^}}int fake_fixed;{{$}}
