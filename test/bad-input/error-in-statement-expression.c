// A helper whose only error is inside a GNU statement expression, in a
// statement before its result: the expression's own error bit does not say
// so, but the helper is still code that did not parse, treated as code we
// cannot see. It receives the adapter, so it may deregister: no warning.
// RUN: not %ndis_tidy -checks='-*,ndis-*' %s -- 2>&1 | FileCheck %s --implicit-check-not='warning:'
// CHECK: error: too many arguments to function call

#include <ndis.h>

typedef struct _A { NDIS_HANDLE Interrupt; int Count; } A, *PA;
MINIPORT_INITIALIZE Init;
NDIS_STATUS Step(void);

static VOID Release(PA Adapter) {
  int Count = ({ Step(Adapter, 1); Adapter->Count; });
  (void)Count;
}

NDIS_STATUS Init(NDIS_HANDLE Handle, NDIS_HANDLE Context,
                 PNDIS_MINIPORT_INIT_PARAMETERS Params) {
  static A Adapter;
  NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Chars = {0};
  NDIS_STATUS Status = NdisMRegisterInterruptEx(Handle, &Adapter, &Chars,
                                                &Adapter.Interrupt);
  if (Status != NDIS_STATUS_SUCCESS)
    return Status;
  Status = Step();
  if (Status != NDIS_STATUS_SUCCESS) {
    Release(&Adapter);
    return Status;
  }
  return NDIS_STATUS_SUCCESS;
}
