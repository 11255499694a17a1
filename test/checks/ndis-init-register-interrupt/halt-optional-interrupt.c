// The interrupt is optional: initialize registers it only when the
// configuration asks for one, records that in a flag bit, and can succeed
// without it. Halt forgets to release it. A release in halt must not run
// after an initialize that registered nothing: neither a plain release nor
// a NULL test (the adapter is not zeroed) can tell; the flag bit can.
// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t -- -I%S/Inputs

#include "adapter.h"

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
  Adapter->Flags = 0;
  if (MpReadConfiguration(MiniportAdapterHandle) == NDIS_STATUS_SUCCESS) {
    NdisZeroMemory(&Chars, sizeof(Chars));
    Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, Adapter, &Chars,
                                      &Adapter->InterruptHandle);
    if (Status != NDIS_STATUS_SUCCESS) {
      NdisFreeMemory(Adapter, 0, 0);
      return Status;
    }
    MP_SET_FLAG(Adapter, fMP_INTERRUPT_REGISTERED);
  }
  Status = MpStartTimers(100);
  if (Status != NDIS_STATUS_SUCCESS) {
    if (MP_TEST_FLAG(Adapter, fMP_INTERRUPT_REGISTERED))
      NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
    NdisFreeMemory(Adapter, 0, 0);
  }
  return Status;
}

VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: MiniportHaltEx handler 'MPHaltEx' can return without deregistering the interrupt [ndis-init-register-interrupt]
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
  UNREFERENCED_PARAMETER(HaltAction);
  NdisStallExecution(10);
  NdisFreeMemory(Adapter, 0, 0);
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: returns here with the interrupt still registered

// CHECK-FIXES: {{^}}  NdisStallExecution(10);{{$}}
// CHECK-FIXES-NEXT: {{^}}  if (Adapter->Flags & fMP_INTERRUPT_REGISTERED) {{{$}}
// CHECK-FIXES-NEXT: {{^}}    NdisMDeregisterInterruptEx(Adapter->InterruptHandle);{{$}}
// CHECK-FIXES-NEXT: {{^}}  }{{$}}
// CHECK-FIXES-NEXT: {{^}}  NdisFreeMemory(Adapter, 0, 0);{{$}}
