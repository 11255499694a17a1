// Clang builds no control-flow graph for __try / __finally, so a handler
// using it cannot be analyzed: it is skipped, never guessed about, and the
// skip is visible under ReportSkippedHandlers.
// RUN: %ndis_tidy -checks='-*,ndis-*' %s -- --target=x86_64-pc-windows-msvc \
// RUN:   -fms-extensions -fms-compatibility 2>&1 | FileCheck %s --check-prefix=QUIET --allow-empty
// QUIET-NOT: warning:
// RUN: %ndis_tidy -checks='-*,ndis-*' %s \
// RUN:   -config='{CheckOptions: {ndis-init-register-interrupt.ReportSkippedHandlers: true}}' \
// RUN:   -- --target=x86_64-pc-windows-msvc -fms-extensions -fms-compatibility 2>&1 | FileCheck %s
// CHECK: remark: 'Init' was not analyzed: its body could not be analyzed (it contains errors, or Clang could not build its control-flow graph) [ndis-init-register-interrupt]
// CHECK-NOT: warning:

#include <ndis.h>

typedef struct _A { NDIS_HANDLE Interrupt; ULONG State; } A;
MINIPORT_INITIALIZE Init;
NDIS_STATUS Step(void);

NDIS_STATUS Init(NDIS_HANDLE Handle, NDIS_HANDLE Context,
                 PNDIS_MINIPORT_INIT_PARAMETERS Params) {
  static A Adapter;
  NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Chars = {0};
  NDIS_STATUS Status = NdisMRegisterInterruptEx(Handle, &Adapter, &Chars,
                                                &Adapter.Interrupt);
  if (Status != NDIS_STATUS_SUCCESS)
    return Status;
  __try {
    Status = Step();
  } __finally {
    Adapter.State = 1;
  }
  return Status;
}
