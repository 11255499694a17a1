// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t -- -I%S/Inputs

#include "adapter.h"

static NDIS_STATUS MpRegisterInterruptCharacteristics(PMP_ADAPTER Adapter,
    PNDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Chars) {
  NdisZeroMemory(Chars, sizeof(*Chars));
  Chars->InterruptHandler = MPIsr;
  Chars->InterruptDpcHandler = MPDpc;
  return NdisMRegisterInterruptEx(Adapter->AdapterHandle, Adapter, Chars,
                                  &Adapter->InterruptHandle);
}

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
  if (Adapter == NULL) {
    return NDIS_STATUS_RESOURCES;
  }
  NdisZeroMemory(Adapter, sizeof(MP_ADAPTER));
  Adapter->AdapterHandle = MiniportAdapterHandle;

  Status = MpReadConfiguration(MiniportAdapterHandle);
  if (Status != NDIS_STATUS_SUCCESS) {
    goto FreeAdapter;
  }

  Status = MpRegisterInterruptCharacteristics(Adapter, &Chars);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: interrupt registered here is not deregistered when MiniportInitializeEx fails [ndis-init-register-interrupt]
  // CHECK-MESSAGES: :10:10: note: interrupt registered by this call
  if (Status != NDIS_STATUS_SUCCESS) {
    goto FreeAdapter;
  }

  NdisMAllocateSharedMemory(MiniportAdapterHandle, 4096, FALSE,
                            &Adapter->SharedVa, &Adapter->SharedPa);
  // The ladder has no rung for the interrupt, and the rung both leaking paths
  // share comes after freeing the shared memory the ISR may use: each leaking
  // goto gets the release.
  if (Adapter->SharedVa == NULL) {
    Status = NDIS_STATUS_RESOURCES;
    goto FreeAdapter;
    // CHECK-MESSAGES: :[[@LINE-2]]:14: note: the failure comes from here
    // CHECK-MESSAGES: :[[@LINE-2]]:5: note: MiniportInitializeEx fails here with the interrupt still registered: returns NDIS_STATUS_RESOURCES
  }

  Status = MpStartTimers(100);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: note: the failure comes from here
  if (Status != NDIS_STATUS_SUCCESS) {
    goto FreeSharedMemory;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: note: MiniportInitializeEx fails here with the interrupt still registered: returns the status of 'MpStartTimers'
  }
  return NDIS_STATUS_SUCCESS;

FreeSharedMemory:
  NdisMFreeSharedMemory(MiniportAdapterHandle, 4096, FALSE, Adapter->SharedVa,
                        Adapter->SharedPa);
FreeAdapter:
  NdisFreeMemory(Adapter, 0, 0);
  return Status;
}

// CHECK-FIXES: {{^}}  if (Adapter->SharedVa == NULL) {{{$}}
// CHECK-FIXES-NEXT: {{^}}    NdisMDeregisterInterruptEx(Adapter->InterruptHandle);{{$}}
// CHECK-FIXES-NEXT: {{^}}    Status = NDIS_STATUS_RESOURCES;{{$}}
// CHECK-FIXES: {{^}}    NdisMDeregisterInterruptEx(Adapter->InterruptHandle);{{$}}
// CHECK-FIXES-NEXT: {{^}}    goto FreeSharedMemory;{{$}}
