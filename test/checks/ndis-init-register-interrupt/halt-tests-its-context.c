// Halt tests its adapter context for NULL (a path NDIS never takes), and
// then skips the release when the device is gone: that early return is a
// path halt can take, and it leaks the interrupt. The release goes on that
// path alone, before it frees the adapter.
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
  // CHECK-MESSAGES: :24:12: note: interrupt registered here in 'MPInitializeEx'
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
  if (Adapter == NULL)
    return;
  if (HaltAction == NdisHaltDeviceSurpriseRemoved) {
    NdisFreeMemory(Adapter, 0, 0);
    return;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: note: returns here with the interrupt still registered
  }
  NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
  NdisFreeMemory(Adapter, 0, 0);
}

// CHECK-FIXES: {{^}}  if (HaltAction == NdisHaltDeviceSurpriseRemoved) {{{$}}
// CHECK-FIXES-NEXT: {{^}}    NdisMDeregisterInterruptEx(Adapter->InterruptHandle);{{$}}
// CHECK-FIXES-NEXT: {{^}}    NdisFreeMemory(Adapter, 0, 0);{{$}}
// CHECK-FIXES-NEXT: {{^}}    return;{{$}}
