// As comma-return-frees.c, but a helper has already freed the shared memory
// the ISR reads by the time the failure return starts: a release before that
// return would come too late, and no other point in the handler is right.
// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t -expect-remaining -- -I%S/Inputs

#include "adapter.h"

static VOID MpFreeRingOnFailure(PMP_ADAPTER Adapter, NDIS_STATUS Status) {
  if (Status != NDIS_STATUS_SUCCESS)
    NdisMFreeSharedMemory(Adapter->AdapterHandle, 4096, FALSE,
                          Adapter->SharedVa, Adapter->SharedPa);
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
  if (Adapter == NULL)
    return NDIS_STATUS_RESOURCES;
  NdisZeroMemory(Adapter, sizeof(MP_ADAPTER));
  Adapter->AdapterHandle = MiniportAdapterHandle;
  NdisZeroMemory(&Chars, sizeof(Chars));
  Chars.InterruptHandler = MPIsr;
  Chars.InterruptDpcHandler = MPDpc;
  Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, Adapter, &Chars,
                                    &Adapter->InterruptHandle);
  // CHECK-MESSAGES: :[[@LINE-2]]:12: warning: interrupt registered here is not deregistered when MiniportInitializeEx fails [ndis-init-register-interrupt]
  if (Status != NDIS_STATUS_SUCCESS)
    return NdisFreeMemory(Adapter, 0, 0), Status;

  NdisMAllocateSharedMemory(MiniportAdapterHandle, 4096, FALSE,
                            &Adapter->SharedVa, &Adapter->SharedPa);
  if (Adapter->SharedVa == NULL) {
    NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
    return NdisFreeMemory(Adapter, 0, 0), NDIS_STATUS_RESOURCES;
  }

  Status = MpStartTimers(100);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: note: the failure comes from here
  MpFreeRingOnFailure(Adapter, Status);
  if (Status != NDIS_STATUS_SUCCESS)
    return NdisFreeMemory(Adapter, 0, 0), Status;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: MiniportInitializeEx fails here with the interrupt still registered: returns the status of 'MpStartTimers'
  // CHECK-MESSAGES: :{{[0-9]+}}:12: note: no fix-it offered: no cleanup point runs only on the failing paths with the interrupt registered, and no NULL test can tell
  return NDIS_STATUS_SUCCESS;
}

VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
  UNREFERENCED_PARAMETER(HaltAction);
  NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
  NdisMFreeSharedMemory(Adapter->AdapterHandle, 4096, FALSE, Adapter->SharedVa,
                        Adapter->SharedPa);
  NdisFreeMemory(Adapter, 0, 0);
}
