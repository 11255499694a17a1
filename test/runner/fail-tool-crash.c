// A tool that crashes fails the test at the run step, whatever it printed.
// RUN: cp %S/Inputs/fake-tidy.py %t.fake-tidy && chmod +x %t.fake-tidy
// RUN: not %check_ndis_tidy %s fake-check %t -modes=binary --ndis-tidy %t.fake-tidy 2>&1 \
// RUN:   | FileCheck %s --check-prefix=RUNNER
// RUNNER: FAIL [mode binary] step 'run': the tool was killed by signal 11
// RUNNER: FAILED in mode binary at step 'run'{{$}}

enum { FAKE_CRASH };
