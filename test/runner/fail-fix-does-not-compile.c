// The fixed file must compile. Here the fix moves a line that a static
// assertion pins with __LINE__, so the fixed file does not compile.
// REQUIRES: plugin
// RUN: not %check_ndis_tidy %s readability-braces-around-statements %t 2>&1 | FileCheck %s --check-prefix=RUNNER
// RUNNER: FAIL [mode binary] step 'compile-fix': the fixed file does not compile
// RUNNER: compile command:
// RUNNER-NEXT: {{.*}}clang -fsyntax-only -Wall -idirafter {{.*}}stand-in-headers {{.*}}fail-fix-does-not-compile.c.tmp.binary.c
// RUNNER: compiler output:
// RUNNER-NEXT: fail-fix-does-not-compile.c.tmp.binary.c:[[#@LINE+14]]:{{[0-9]+}}: error: static assertion failed{{.*}}the fix moved this line
// RUNNER: FAIL [mode plugin] step 'compile-fix'
// RUNNER: FAILED in mode binary at step 'compile-fix'; mode plugin at step 'compile-fix'

enum { Start = __LINE__ };
int Pick(int A) {
  if (A == 1)
    return 10;
  // CHECK-MESSAGES: :[[@LINE-2]]:14: warning: statement should be inside braces
  // CHECK-FIXES: {{^}}  if (A == 1) {{[{]$}}
  return 0;
}

_Static_assert(__LINE__ - Start == 9, "the fix moved this line");
