// A file that does not parse in places: the handler that parsed is still
// analyzed and reported; the helper with an error is treated as code we
// cannot see; no fix is applied to a file with errors.
// RUN: cp %s %t.c
// RUN: not %ndis_tidy -checks='-*,ndis-*' --fix %t.c -- 2>&1 | FileCheck %s
// RUN: diff %s %t.c
// CHECK-DAG: error: call to undeclared function 'Undeclared'
// CHECK-DAG: error: unknown type name 'BROKEN_TYPE'
// CHECK-DAG: warning: interrupt registered here is not deregistered when MiniportInitializeEx fails [ndis-init-register-interrupt]
// CHECK-DAG: Fixes have NOT been applied

#include <ndis.h>

typedef struct _A { NDIS_HANDLE Interrupt; } A, *PA;
MINIPORT_INITIALIZE Init;
NDIS_STATUS Step(void);

static NDIS_STATUS Broken(PA Adapter) {
  return Undeclared(Adapter);
}

BROKEN_TYPE Also;

NDIS_STATUS Init(NDIS_HANDLE Handle, NDIS_HANDLE Context,
                 PNDIS_MINIPORT_INIT_PARAMETERS Params) {
  static A Adapter;
  NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Chars = {0};
  NDIS_STATUS Status = NdisMRegisterInterruptEx(Handle, &Adapter, &Chars,
                                                &Adapter.Interrupt);
  if (Status != NDIS_STATUS_SUCCESS)
    return Status;
  Status = Step();
  if (Status != NDIS_STATUS_SUCCESS)
    return Status;
  return NDIS_STATUS_SUCCESS;
}
