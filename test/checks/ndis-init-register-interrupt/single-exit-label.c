// One exit label whose cleanup runs when the status is a failure; the fix
// goes into that cleanup block, guarded because paths on which the
// registration failed reach it too and the adapter was zeroed.
// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t -- -I%S/Inputs
// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t -- -I%S/Inputs \
// RUN:   --target=x86_64-pc-windows-msvc -fms-extensions -fms-compatibility

#include "adapter.h"

NDIS_STATUS MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle,
                           NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS InitParameters) {
  NDIS_STATUS Status = NDIS_STATUS_SUCCESS;
  PMP_ADAPTER Adapter = NULL;
  NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Chars;
  UNREFERENCED_PARAMETER(MiniportDriverContext);
  UNREFERENCED_PARAMETER(InitParameters);

  Adapter = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle,
                                              sizeof(MP_ADAPTER), MP_TAG,
                                              NormalPoolPriority);
  if (Adapter == NULL) {
    Status = NDIS_STATUS_RESOURCES;
    goto Exit;
  }
  NdisZeroMemory(Adapter, sizeof(MP_ADAPTER));
  NdisZeroMemory(&Chars, sizeof(Chars));

  Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, Adapter, &Chars,
                                    &Adapter->InterruptHandle);
  // CHECK-MESSAGES: :[[@LINE-2]]:12: warning: interrupt registered here is not deregistered when MiniportInitializeEx fails [ndis-init-register-interrupt]
  if (Status != NDIS_STATUS_SUCCESS) {
    goto Exit;
  }

  Status = MpStartTimers(100);
  if (Status != NDIS_STATUS_SUCCESS) {
    goto Exit;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: note: MiniportInitializeEx fails here with the interrupt still registered: returns the status of 'MpStartTimers'
  }

Exit:
  if (Status != NDIS_STATUS_SUCCESS) {
    if (Adapter != NULL) {
      NdisFreeMemory(Adapter, 0, 0);
    }
  }
  return Status;
}

// CHECK-FIXES: {{^}}    if (Adapter != NULL) {{{$}}
// CHECK-FIXES-NEXT: {{^}}      if (Adapter->InterruptHandle != NULL) {{{$}}
// CHECK-FIXES-NEXT: {{^}}        NdisMDeregisterInterruptEx(Adapter->InterruptHandle);{{$}}
// CHECK-FIXES-NEXT: {{^}}        Adapter->InterruptHandle = NULL;{{$}}
// CHECK-FIXES-NEXT: {{^}}      }{{$}}
