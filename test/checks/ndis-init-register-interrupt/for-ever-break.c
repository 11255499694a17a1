// for (;;) { ... break; } with the cleanup after the loop; the driver keeps
// no flag and never zeroes the adapter, so no NULL test can tell whether
// the registration happened: the fix goes before the leaking break.
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

  for (;;) {
    Status = MpReadConfiguration(MiniportAdapterHandle);
    if (Status != NDIS_STATUS_SUCCESS)
      break;
    Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, Adapter, &Chars,
                                      &Adapter->InterruptHandle);
    // CHECK-MESSAGES: :[[@LINE-2]]:14: warning: interrupt registered here is not deregistered when MiniportInitializeEx fails [ndis-init-register-interrupt]
    if (Status != NDIS_STATUS_SUCCESS)
      break;
    Status = MpStartTimers(100);
    if (Status != NDIS_STATUS_SUCCESS)
      break;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: MiniportInitializeEx fails here with the interrupt still registered: returns the status of 'MpStartTimers'
    return NDIS_STATUS_SUCCESS;
  }

  NdisFreeMemory(Adapter, 0, 0);
  return Status;
}

// CHECK-FIXES: {{^}}    if (Status != NDIS_STATUS_SUCCESS) {{{$}}
// CHECK-FIXES-NEXT: {{^}}      NdisMDeregisterInterruptEx(Adapter->InterruptHandle);{{$}}
// CHECK-FIXES-NEXT: {{^}}      break;{{$}}
// CHECK-FIXES-NEXT: {{^}}    }{{$}}
