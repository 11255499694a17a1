// The registration status tested through NT_SUCCESS, stored in a second
// variable and tested later, and compared with the constant on the left.
// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t -- -I%S/Inputs

#include "adapter.h"

NDIS_STATUS MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle,
                           NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS InitParameters) {
  NDIS_STATUS Status;
  NDIS_STATUS RegisterStatus;
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

  RegisterStatus = NdisMRegisterInterruptEx(MiniportAdapterHandle, Adapter,
                                            &Chars, &Adapter->InterruptHandle);
  // CHECK-MESSAGES: :[[@LINE-2]]:20: warning: interrupt registered here is not deregistered when MiniportInitializeEx fails [ndis-init-register-interrupt]
  Status = MpReadConfiguration(MiniportAdapterHandle);
  if (!NT_SUCCESS(RegisterStatus)) {
    NdisFreeMemory(Adapter, 0, 0);
    return RegisterStatus;
  }
  if (NDIS_STATUS_SUCCESS != Status) {
    NdisFreeMemory(Adapter, 0, 0);
    return Status;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: note: MiniportInitializeEx fails here with the interrupt still registered: returns the status of 'MpReadConfiguration'
  }
  return NDIS_STATUS_SUCCESS;
}

// CHECK-FIXES: {{^}}  if (NDIS_STATUS_SUCCESS != Status) {{{$}}
// CHECK-FIXES-NEXT: {{^}}    NdisMDeregisterInterruptEx(Adapter->InterruptHandle);{{$}}
// CHECK-FIXES-NEXT: {{^}}    NdisFreeMemory(Adapter, 0, 0);{{$}}
