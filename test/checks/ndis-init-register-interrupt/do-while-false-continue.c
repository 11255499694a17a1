// do { ... continue; } while (FALSE): `continue` leaves the block like break
// (the condition is false), so it starts the failure path just the same; the
// release goes before it.
// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t -- -I%S/Inputs

#include "adapter.h"

NDIS_STATUS MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle,
                           NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS InitParameters) {
  NDIS_STATUS Status;
  PMP_ADAPTER Adapter = NULL;
  NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Chars;
  UNREFERENCED_PARAMETER(MiniportDriverContext);
  UNREFERENCED_PARAMETER(InitParameters);

  do {
    Adapter = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle,
                                                sizeof(MP_ADAPTER), MP_TAG,
                                                NormalPoolPriority);
    if (Adapter == NULL) {
      Status = NDIS_STATUS_RESOURCES;
      continue;
    }
    NdisZeroMemory(Adapter, sizeof(MP_ADAPTER));
    NdisZeroMemory(&Chars, sizeof(Chars));

    Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, Adapter, &Chars,
                                      &Adapter->InterruptHandle);
    // CHECK-MESSAGES: :[[@LINE-2]]:14: warning: interrupt registered here is not deregistered when MiniportInitializeEx fails [ndis-init-register-interrupt]
    if (Status != NDIS_STATUS_SUCCESS) {
      continue;
    }

    Status = MpReadConfiguration(MiniportAdapterHandle);
    if (Status != NDIS_STATUS_SUCCESS) {
      continue;
      // CHECK-MESSAGES: :[[@LINE-1]]:7: note: MiniportInitializeEx fails here with the interrupt still registered: returns the status of 'MpReadConfiguration'
    }
  } while (FALSE);

  if (Status != NDIS_STATUS_SUCCESS) {
    if (Adapter != NULL) {
      NdisFreeMemory(Adapter, 0, 0);
    }
  }
  return Status;
}

// CHECK-FIXES: {{^}}    Status = MpReadConfiguration(MiniportAdapterHandle);{{$}}
// CHECK-FIXES-NEXT: {{^}}    if (Status != NDIS_STATUS_SUCCESS) {{{$}}
// CHECK-FIXES-NEXT: {{^}}      NdisMDeregisterInterruptEx(Adapter->InterruptHandle);{{$}}
// CHECK-FIXES-NEXT: {{^}}      continue;{{$}}
