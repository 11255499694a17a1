// The registration is retried in a loop that it leaves with `break` once the
// status says success. That break is the registration's success, not where
// a failure starts: the note goes to the goto that starts the leaking path.
// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t -- -I%S/Inputs

#include "adapter.h"

NDIS_STATUS MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle,
                           NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS InitParameters) {
  NDIS_STATUS Status = NDIS_STATUS_FAILURE;
  PMP_ADAPTER Adapter;
  NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Chars;
  ULONG Attempt;
  UNREFERENCED_PARAMETER(MiniportDriverContext);
  UNREFERENCED_PARAMETER(InitParameters);

  Adapter = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle,
                                              sizeof(MP_ADAPTER), MP_TAG,
                                              NormalPoolPriority);
  if (Adapter == NULL)
    return NDIS_STATUS_RESOURCES;
  NdisZeroMemory(Adapter, sizeof(MP_ADAPTER));
  NdisZeroMemory(&Chars, sizeof(Chars));

  for (Attempt = 0; Attempt < 3; Attempt++) {
    Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, Adapter, &Chars,
                                      &Adapter->InterruptHandle);
    // CHECK-MESSAGES: :[[@LINE-2]]:14: warning: interrupt registered here is not deregistered when MiniportInitializeEx fails [ndis-init-register-interrupt]
    if (Status == NDIS_STATUS_SUCCESS)
      break;
    NdisStallExecution(100);
  }
  if (Status != NDIS_STATUS_SUCCESS)
    goto Free;

  Adapter->SharedVa = NdisAllocateMemoryWithTagPriority(
      MiniportAdapterHandle, 4096, MP_TAG, NormalPoolPriority);
  if (Adapter->SharedVa == NULL) {
    Status = NDIS_STATUS_RESOURCES;
    goto Free;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: note: MiniportInitializeEx fails here with the interrupt still registered: returns NDIS_STATUS_RESOURCES
  }
  return NDIS_STATUS_SUCCESS;

Free:
  NdisFreeMemory(Adapter, 0, 0);
  return Status;
}

// CHECK-FIXES: {{^}}Free:{{$}}
// CHECK-FIXES-NEXT: {{^}}  if (Adapter->InterruptHandle != NULL) {{{$}}
// CHECK-FIXES-NEXT: {{^}}    NdisMDeregisterInterruptEx(Adapter->InterruptHandle);{{$}}
// CHECK-FIXES-NEXT: {{^}}    Adapter->InterruptHandle = NULL;{{$}}
// CHECK-FIXES-NEXT: {{^}}  }{{$}}
// CHECK-FIXES-NEXT: {{^}}  NdisFreeMemory(Adapter, 0, 0);{{$}}
