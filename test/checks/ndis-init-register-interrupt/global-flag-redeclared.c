// A global flag declared `extern` before its definition, as a driver's header
// declares it: uses after the definition name the definition, and are still
// the one location the flag's stores go to. Initialize reads the flag again
// after registering; when the second answer is no, its failure path skips
// the release.
//
// No fix-it: a release guarded by the handle being non-NULL, which sets it
// back to NULL, would make the driver's own release under the flag release
// NULL on the paths where the flag still says yes.
// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t -expect-remaining -- -I%S/Inputs

#include "adapter.h"

extern BOOLEAN MpUseInterrupts;
BOOLEAN MpInterruptsWanted(VOID);

BOOLEAN MpUseInterrupts = FALSE;

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

  MpUseInterrupts = MpInterruptsWanted();
  if (MpUseInterrupts) {
    Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, Adapter, &Chars,
                                      &Adapter->InterruptHandle);
    // CHECK-MESSAGES: :[[@LINE-2]]:14: warning: interrupt registered here is not deregistered when MiniportInitializeEx fails [ndis-init-register-interrupt]
    if (Status != NDIS_STATUS_SUCCESS) {
      NdisFreeMemory(Adapter, 0, 0);
      return Status;
    }
  }
  MpUseInterrupts = MpInterruptsWanted();

  Status = MpStartTimers(1);
  if (Status != NDIS_STATUS_SUCCESS) {
    if (MpUseInterrupts)
      NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
    NdisFreeMemory(Adapter, 0, 0);
    return Status;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: note: MiniportInitializeEx fails here with the interrupt still registered: returns the status of 'MpStartTimers'
  }
  return NDIS_STATUS_SUCCESS;
}
// CHECK-MESSAGES: :38:14: note: no fix-it offered: no cleanup point runs only on the failing paths with the interrupt registered, and no NULL test can tell
