// A failure path with no cleanup of its own: the only exit it reaches is the
// one the success path takes too, and nothing tells the two apart, so the
// check warns without a fix-it and says why.
// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t -expect-remaining -- -I%S/Inputs

#include "adapter.h"

NDIS_STATUS MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle,
                           NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS InitParameters) {
  NDIS_STATUS Status;
  MP_ADAPTER *Adapter;
  NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Chars;
  UNREFERENCED_PARAMETER(MiniportDriverContext);
  UNREFERENCED_PARAMETER(InitParameters);

  NdisZeroMemory(&Chars, sizeof(Chars));
  Adapter = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle,
                                              sizeof(MP_ADAPTER), MP_TAG,
                                              NormalPoolPriority);
  if (Adapter == NULL)
    return NDIS_STATUS_RESOURCES;

  Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, Adapter, &Chars,
                                    &Adapter->InterruptHandle);
  // CHECK-MESSAGES: :[[@LINE-2]]:12: warning: interrupt registered here is not deregistered when MiniportInitializeEx fails [ndis-init-register-interrupt]
  if (Status == NDIS_STATUS_SUCCESS) {
    Status = MpStartTimers(100);
    if (Status == NDIS_STATUS_SUCCESS) {
      Status = MpReadConfiguration(MiniportAdapterHandle);
    } else {
      NdisFreeMemory(Adapter, 0, 0);
    }
  } else {
    NdisFreeMemory(Adapter, 0, 0);
  }
  return Status;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: MiniportInitializeEx fails here with the interrupt still registered: returns the status of 'MpReadConfiguration'
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: MiniportInitializeEx fails here with the interrupt still registered: returns the status of 'MpStartTimers'
}
// CHECK-MESSAGES: :24:12: note: no fix-it offered: no cleanup point runs only on the failing paths with the interrupt registered, and no NULL test can tell
