// As switch-case-cleanup.c, with the failing case's statements in braces: the
// fix goes at the start of the braced block, before the free.
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
  NdisZeroMemory(Adapter, sizeof(MP_ADAPTER));
  NdisZeroMemory(&Chars, sizeof(Chars));
  Chars.InterruptHandler = MPIsr;
  Chars.InterruptDpcHandler = MPDpc;
  Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, Adapter, &Chars,
                                    &Adapter->InterruptHandle);
  // CHECK-MESSAGES: :[[@LINE-2]]:12: warning: interrupt registered here is not deregistered when MiniportInitializeEx fails [ndis-init-register-interrupt]
  switch (Status) {
  case NDIS_STATUS_SUCCESS:
    break;
  default:
    goto FreeAdapter;
  }

  NdisMAllocateSharedMemory(MiniportAdapterHandle, 4096, FALSE,
                            &Adapter->SharedVa, &Adapter->SharedPa);
  if (Adapter->SharedVa == NULL) {
    Status = NDIS_STATUS_RESOURCES;
    goto Deregister;
  }

  Status = MpStartTimers(100);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: note: the failure comes from here
  switch (Status) {
  case NDIS_STATUS_SUCCESS:
    return NDIS_STATUS_SUCCESS;
  case NDIS_STATUS_RESOURCES: {
    NdisMFreeSharedMemory(MiniportAdapterHandle, 4096, FALSE,
                          Adapter->SharedVa, Adapter->SharedPa);
    goto FreeAdapter;
  }
  // CHECK-MESSAGES: :[[@LINE-2]]:5: note: MiniportInitializeEx fails here with the interrupt still registered: returns the status of 'MpStartTimers'
  default:
    break;
  }
  NdisMFreeSharedMemory(MiniportAdapterHandle, 4096, FALSE, Adapter->SharedVa,
                        Adapter->SharedPa);
Deregister:
  NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
FreeAdapter:
  NdisFreeMemory(Adapter, 0, 0);
  return Status;
}

// CHECK-FIXES: {{^}}  case NDIS_STATUS_RESOURCES: {{{$}}
// CHECK-FIXES-NEXT: {{^}}    NdisMDeregisterInterruptEx(Adapter->InterruptHandle);{{$}}
// CHECK-FIXES-NEXT: {{^}}    NdisMFreeSharedMemory(MiniportAdapterHandle, 4096, FALSE,{{$}}
// CHECK-FIXES-NEXT: {{^}}                          Adapter->SharedVa, Adapter->SharedPa);{{$}}
// CHECK-FIXES-NEXT: {{^}}    goto FreeAdapter;{{$}}
// CHECK-FIXES-NEXT: {{^}}  }{{$}}

VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
  UNREFERENCED_PARAMETER(HaltAction);
  NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
  NdisMFreeSharedMemory(Adapter->AdapterHandle, 4096, FALSE, Adapter->SharedVa,
                        Adapter->SharedPa);
  NdisFreeMemory(Adapter, 0, 0);
}
