// Halt waits for the receive path to drain before its teardown. A wait with
// no timeout (0) returns only once the event is set, and TRUE: the early
// return under its failure is no path halt can take. A wait with a timeout
// can fail, and that early return skips the release.
// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t -- -I%S/Inputs

#include "adapter.h"

static NDIS_EVENT RxDrained;
static NDIS_EVENT TxDrained;

NDIS_STATUS MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle,
                           NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS InitParameters) {
  NDIS_STATUS Status;
  PMP_ADAPTER Adapter;
  NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Chars;
  UNREFERENCED_PARAMETER(MiniportDriverContext);
  UNREFERENCED_PARAMETER(InitParameters);

  Adapter = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle,
                                              sizeof(MP_ADAPTER), MP_TAG,
                                              NormalPoolPriority);
  if (Adapter == NULL)
    return NDIS_STATUS_RESOURCES;
  NdisZeroMemory(&Chars, sizeof(Chars));
  NdisInitializeEvent(&RxDrained);
  NdisInitializeEvent(&TxDrained);
  Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, Adapter, &Chars,
                                    &Adapter->InterruptHandle);
  if (Status != NDIS_STATUS_SUCCESS)
    NdisFreeMemory(Adapter, 0, 0);
  return Status;
}

VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: MiniportHaltEx handler 'MPHaltEx' can return without deregistering the interrupt [ndis-init-register-interrupt]
  // CHECK-MESSAGES: :29:12: note: interrupt registered here in 'MPInitializeEx'
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
  UNREFERENCED_PARAMETER(HaltAction);
  if (!NdisWaitEvent(&RxDrained, 0))
    return; // never: a wait without timeout returns TRUE
  if (!NdisWaitEvent(&TxDrained, 2000))
    return; // the transmit path did not drain in time
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: returns here with the interrupt still registered
  NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
  NdisFreeMemory(Adapter, 0, 0);
}

// CHECK-FIXES: {{^}}  if (!NdisWaitEvent(&TxDrained, 2000)) {{{$}}
// CHECK-FIXES-NEXT: {{^}}    NdisMDeregisterInterruptEx(Adapter->InterruptHandle);{{$}}
// CHECK-FIXES-NEXT: {{^}}    return; // the transmit path did not drain in time{{$}}
// CHECK-FIXES-NEXT: {{^}}  }{{$}}
