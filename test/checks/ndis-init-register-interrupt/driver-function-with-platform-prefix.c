// The driver names its own helpers like NDIS functions (NdisMpConnect,
// NdisMpDestroy). Their bodies are in the file: they are the driver's and
// are followed like any helper, not taken for platform functions that never
// register or deregister. The registration in one is seen, and so is its
// leak on the failure after it; halt's release in the other is seen too.
// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t -- -I%S/Inputs

#include "adapter.h"

static NDIS_STATUS NdisMpConnect(PMP_ADAPTER Adapter) {
  NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Chars;
  NdisZeroMemory(&Chars, sizeof(Chars));
  return NdisMRegisterInterruptEx(Adapter->AdapterHandle, Adapter, &Chars,
                                  &Adapter->InterruptHandle);
}

static VOID NdisMpDestroy(PMP_ADAPTER Adapter) {
  NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
  NdisFreeMemory(Adapter, 0, 0);
}

NDIS_STATUS MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle,
                           NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS InitParameters) {
  NDIS_STATUS Status;
  PMP_ADAPTER Adapter;
  UNREFERENCED_PARAMETER(MiniportDriverContext);
  UNREFERENCED_PARAMETER(InitParameters);

  Adapter = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle,
                                              sizeof(MP_ADAPTER), MP_TAG,
                                              NormalPoolPriority);
  if (Adapter == NULL)
    return NDIS_STATUS_RESOURCES;
  NdisZeroMemory(Adapter, sizeof(MP_ADAPTER));
  Adapter->AdapterHandle = MiniportAdapterHandle;

  Status = NdisMpConnect(Adapter);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: interrupt registered here is not deregistered when MiniportInitializeEx fails [ndis-init-register-interrupt]
  // CHECK-MESSAGES: :13:10: note: interrupt registered by this call
  if (Status != NDIS_STATUS_SUCCESS) {
    NdisFreeMemory(Adapter, 0, 0);
    return Status;
  }
  Status = MpStartTimers(100);
  if (Status != NDIS_STATUS_SUCCESS) {
    NdisFreeMemory(Adapter, 0, 0);
    return Status;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: note: MiniportInitializeEx fails here with the interrupt still registered: returns the status of 'MpStartTimers'
  }
  return NDIS_STATUS_SUCCESS;
}

VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  UNREFERENCED_PARAMETER(HaltAction);
  NdisMpDestroy((PMP_ADAPTER)MiniportAdapterContext);
}

// CHECK-FIXES: {{^}}  Status = MpStartTimers(100);{{$}}
// CHECK-FIXES-NEXT: {{^}}  if (Status != NDIS_STATUS_SUCCESS) {{{$}}
// CHECK-FIXES-NEXT: {{^}}    NdisMDeregisterInterruptEx(Adapter->InterruptHandle);{{$}}
// CHECK-FIXES-NEXT: {{^}}    NdisFreeMemory(Adapter, 0, 0);{{$}}
