// The same handle registered on either branch (message-signaled or line
// interrupts): two registrations, each reported. One release guarded by the
// handle serves both, so the first finding carries it and the second says
// that it is covered; after --fix nothing is reported.
// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t -- -I%S/Inputs

#include "adapter.h"

NDIS_STATUS MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle,
                           NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS InitParameters) {
  NDIS_STATUS Status;
  PMP_ADAPTER Adapter;
  NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Chars;
  UNREFERENCED_PARAMETER(MiniportDriverContext);

  Adapter = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle,
                                              sizeof(MP_ADAPTER), MP_TAG,
                                              NormalPoolPriority);
  if (Adapter == NULL)
    return NDIS_STATUS_RESOURCES;
  NdisZeroMemory(Adapter, sizeof(MP_ADAPTER));
  NdisZeroMemory(&Chars, sizeof(Chars));

  if (InitParameters->IfIndex > 3) {
    Chars.MsiSupported = TRUE;
    Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, Adapter, &Chars,
                                      &Adapter->InterruptHandle);
    // CHECK-MESSAGES: :[[@LINE-2]]:14: warning: interrupt registered here is not deregistered when MiniportInitializeEx fails [ndis-init-register-interrupt]
    // CHECK-MESSAGES: :[[@LINE+11]]:12: note: the failure comes from here
    // CHECK-MESSAGES: :[[@LINE+15]]:3: note: MiniportInitializeEx fails here with the interrupt still registered: returns the status of 'MpStartTimers'
  } else {
    Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, Adapter, &Chars,
                                      &Adapter->InterruptHandle);
    // CHECK-MESSAGES: :[[@LINE-2]]:14: warning: interrupt registered here is not deregistered when MiniportInitializeEx fails [ndis-init-register-interrupt]
    // CHECK-MESSAGES: :[[@LINE-3]]:14: note: no fix-it offered: the fix for another registration of this handle releases this one too
  }
  if (Status != NDIS_STATUS_SUCCESS)
    goto Exit;

  Status = MpStartTimers(100);

Exit:
  if (Status != NDIS_STATUS_SUCCESS)
    NdisFreeMemory(Adapter, 0, 0);
  return Status;
}

// CHECK-FIXES: {{^}}Exit:{{$}}
// CHECK-FIXES-NEXT: {{^}}  if (Status != NDIS_STATUS_SUCCESS) {{{$}}
// CHECK-FIXES-NEXT: {{^}}    if (Adapter->InterruptHandle != NULL) {{{$}}
// CHECK-FIXES-NEXT: {{^}}      NdisMDeregisterInterruptEx(Adapter->InterruptHandle);{{$}}
// CHECK-FIXES-NEXT: {{^}}      Adapter->InterruptHandle = NULL;{{$}}
// CHECK-FIXES-NEXT: {{^}}    }{{$}}
// CHECK-FIXES-NEXT: {{^}}    NdisFreeMemory(Adapter, 0, 0);{{$}}
// CHECK-FIXES-NEXT: {{^}}  }{{$}}
