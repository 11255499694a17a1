// Registration in a helper; the warning points at the helper's call in the
// handler, with a note at the registration itself.
// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t -- -I%S/Inputs

#include "adapter.h"

static NDIS_STATUS MpRegisterInterrupt(PMP_ADAPTER Adapter) {
  NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Chars;
  NdisZeroMemory(&Chars, sizeof(Chars));
  Chars.InterruptHandler = MPIsr;
  Chars.InterruptDpcHandler = MPDpc;
  return NdisMRegisterInterruptEx(Adapter->AdapterHandle, Adapter, &Chars,
                                  &Adapter->InterruptHandle);
}

static NDIS_STATUS MpSetUpHardware(PMP_ADAPTER Adapter) {
  NDIS_STATUS Status = MpRegisterInterrupt(Adapter);
  if (Status != NDIS_STATUS_SUCCESS)
    return Status;
  return MpStartTimers(10);
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

  Status = MpSetUpHardware(Adapter);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: interrupt registered here is not deregistered when MiniportInitializeEx fails [ndis-init-register-interrupt]
  // CHECK-MESSAGES: :12:10: note: interrupt registered by this call
  if (Status != NDIS_STATUS_SUCCESS)
    goto Fail;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: MiniportInitializeEx fails here with the interrupt still registered: returns the status of 'MpSetUpHardware'
  return NDIS_STATUS_SUCCESS;

Fail:
  NdisFreeMemory(Adapter, 0, 0);
  return Status;
}

// The release is written in the handler's terms and guarded: the same label
// is reached when the registration itself failed.
// CHECK-FIXES: {{^}}Fail:{{$}}
// CHECK-FIXES-NEXT: {{^}}  if (Adapter->InterruptHandle != NULL) {{{$}}
// CHECK-FIXES-NEXT: {{^}}    NdisMDeregisterInterruptEx(Adapter->InterruptHandle);{{$}}
// CHECK-FIXES-NEXT: {{^}}    Adapter->InterruptHandle = NULL;{{$}}
// CHECK-FIXES-NEXT: {{^}}  }{{$}}
// CHECK-FIXES-NEXT: {{^}}  NdisFreeMemory(Adapter, 0, 0);{{$}}
