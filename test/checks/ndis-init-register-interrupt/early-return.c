// Early returns with inline cleanup; an unbraced return gets braces.
// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t -- -I%S/Inputs
// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t -- -I%S/Inputs \
// RUN:   --target=x86_64-pc-windows-msvc -fms-extensions -fms-compatibility

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
  // CHECK-MESSAGES: :[[@LINE-2]]:12: warning: interrupt registered here is not deregistered when MiniportInitializeEx fails [ndis-init-register-interrupt]
  if (Status != NDIS_STATUS_SUCCESS) {
    NdisFreeMemory(Adapter, 0, 0);
    return Status;
  }

  Status = MpStartTimers(100);
  if (Status != NDIS_STATUS_SUCCESS)
    return Status;
  // CHECK-MESSAGES: :[[@LINE-3]]:12: note: the failure comes from here
  // CHECK-MESSAGES: :[[@LINE-2]]:5: note: MiniportInitializeEx fails here with the interrupt still registered: returns the status of 'MpStartTimers'

  NdisMAllocateSharedMemory(MiniportAdapterHandle, 4096, FALSE,
                            &Adapter->SharedVa, &Adapter->SharedPa);
  // The release comes before freeing the adapter that holds the handle.
  // The status is the return's own constant: no separate failing step.
  // CHECK-MESSAGES-NOT: note: the failure comes from here
  if (Adapter->SharedVa == NULL) {
    NdisFreeMemory(Adapter, 0, 0);
    return NDIS_STATUS_RESOURCES;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: note: MiniportInitializeEx fails here with the interrupt still registered: returns NDIS_STATUS_RESOURCES
  }
  return NDIS_STATUS_SUCCESS;
}

// CHECK-FIXES: {{^}}  Status = MpStartTimers(100);{{$}}
// CHECK-FIXES-NEXT: {{^}}  if (Status != NDIS_STATUS_SUCCESS) {{{$}}
// CHECK-FIXES-NEXT: {{^}}    NdisMDeregisterInterruptEx(Adapter->InterruptHandle);{{$}}
// CHECK-FIXES-NEXT: {{^}}    return Status;{{$}}
// CHECK-FIXES-NEXT: {{^}}  }{{$}}
// CHECK-FIXES: {{^}}    NdisMDeregisterInterruptEx(Adapter->InterruptHandle);{{$}}
// CHECK-FIXES-NEXT: {{^}}    NdisFreeMemory(Adapter, 0, 0);{{$}}
