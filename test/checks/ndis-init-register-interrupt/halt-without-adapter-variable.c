// Halt has no variable for the adapter context: the fix declares one, typed
// as initialize types it, and releases before the first free.
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
  NdisZeroMemory(&Chars, sizeof(Chars));
  Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, Adapter, &Chars,
                                    &Adapter->InterruptHandle);
  if (Status != NDIS_STATUS_SUCCESS)
    NdisFreeMemory(Adapter, 0, 0);
  return Status;
}

VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: MiniportHaltEx handler 'MPHaltEx' can return without deregistering the interrupt [ndis-init-register-interrupt]
  // CHECK-MESSAGES: :22:12: note: interrupt registered here in 'MPInitializeEx'
  UNREFERENCED_PARAMETER(HaltAction);
  NdisStallExecution(10);
  NdisFreeMemory(MiniportAdapterContext, 0, 0);
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: returns here with the interrupt still registered

// CHECK-FIXES: {{^}}VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {{{$}}
// CHECK-FIXES-NEXT: {{^}}  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;{{$}}
// CHECK-FIXES: {{^}}  NdisStallExecution(10);{{$}}
// CHECK-FIXES-NEXT: {{^}}  NdisMDeregisterInterruptEx(Adapter->InterruptHandle);{{$}}
// CHECK-FIXES-NEXT: {{^}}  NdisFreeMemory(MiniportAdapterContext, 0, 0);{{$}}
