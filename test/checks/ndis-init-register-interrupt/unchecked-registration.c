// The registration's status is never looked at: it may have succeeded, so a
// later failure leaks it.
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
  NdisZeroMemory(Adapter, sizeof(*Adapter));
  NdisZeroMemory(&Chars, sizeof(Chars));

  (void)NdisMRegisterInterruptEx(MiniportAdapterHandle, Adapter, &Chars,
                                 &Adapter->InterruptHandle);
  // CHECK-MESSAGES: :[[@LINE-2]]:9: warning: interrupt registered here is not deregistered when MiniportInitializeEx fails [ndis-init-register-interrupt]

  // The registration may have failed: the release is guarded.
  Status = MpStartTimers(100);
  if (Status != NDIS_STATUS_SUCCESS) {
    NdisFreeMemory(Adapter, 0, 0);
    // CHECK-MESSAGES: :[[@LINE+1]]:5: note: MiniportInitializeEx fails here with the interrupt still registered: returns the status of 'MpStartTimers'
    return Status;
  }
  return NDIS_STATUS_SUCCESS;
}

// CHECK-FIXES: {{^}}  if (Status != NDIS_STATUS_SUCCESS) {{{$}}
// CHECK-FIXES-NEXT: {{^}}    if (Adapter->InterruptHandle != NULL) {{{$}}
// CHECK-FIXES-NEXT: {{^}}      NdisMDeregisterInterruptEx(Adapter->InterruptHandle);{{$}}
// CHECK-FIXES-NEXT: {{^}}      Adapter->InterruptHandle = NULL;{{$}}
// CHECK-FIXES-NEXT: {{^}}    }{{$}}
