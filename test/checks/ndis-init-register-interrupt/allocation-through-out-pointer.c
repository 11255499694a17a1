// The adapter is allocated with NdisAllocateMemoryWithTag (the memory comes
// back through its first argument, set exactly when the status is success).
// The free routine the cleanup calls when the pointer is set does not
// release the interrupt: the failure after the registration leaks it, and
// the release goes where the pointer is known set.
// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t -- -I%S/Inputs

#include "adapter.h"

static VOID MpFreeAdapter(PMP_ADAPTER Adapter) {
  NdisFreeMemory(Adapter, 0, 0);
}

NDIS_STATUS MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle,
                           NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS InitParameters) {
  NDIS_STATUS Status;
  PMP_ADAPTER Adapter = NULL;
  NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Chars;
  UNREFERENCED_PARAMETER(MiniportDriverContext);
  UNREFERENCED_PARAMETER(InitParameters);

  Status = NdisAllocateMemoryWithTag((PVOID *)&Adapter, sizeof(MP_ADAPTER),
                                     MP_TAG);
  if (Status != NDIS_STATUS_SUCCESS)
    goto Exit;
  NdisZeroMemory(Adapter, sizeof(MP_ADAPTER));
  NdisZeroMemory(&Chars, sizeof(Chars));
  Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, Adapter, &Chars,
                                    &Adapter->InterruptHandle);
  // CHECK-MESSAGES: :[[@LINE-2]]:12: warning: interrupt registered here is not deregistered when MiniportInitializeEx fails [ndis-init-register-interrupt]
  if (Status != NDIS_STATUS_SUCCESS)
    goto Exit;
  Status = MpStartTimers(100);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: note: the failure comes from here

Exit:
  if (Status != NDIS_STATUS_SUCCESS) {
    if (Adapter)
      MpFreeAdapter(Adapter);
  }
  return Status;
}
// CHECK-MESSAGES: :42:3: note: MiniportInitializeEx fails here with the interrupt still registered: returns the status of 'MpStartTimers'

// CHECK-FIXES: {{^}}    if (Adapter) {{{$}}
// CHECK-FIXES-NEXT: {{^}}      if (Adapter->InterruptHandle != NULL) {{{$}}
// CHECK-FIXES-NEXT: {{^}}        NdisMDeregisterInterruptEx(Adapter->InterruptHandle);{{$}}
// CHECK-FIXES-NEXT: {{^}}        Adapter->InterruptHandle = NULL;{{$}}
// CHECK-FIXES-NEXT: {{^}}      }{{$}}
// CHECK-FIXES-NEXT: {{^}}      MpFreeAdapter(Adapter);{{$}}
// CHECK-FIXES-NEXT: {{^}}    }{{$}}
