// One free routine shared by failed initialize and halt, guarded by the
// handle being non-NULL; the registration in a helper. Nothing to report.
// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t -- -I%S/Inputs

#include "adapter.h"

static NDIS_STATUS MpRegisterInterrupt(PMP_ADAPTER Adapter) {
  NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Chars;
  NdisZeroMemory(&Chars, sizeof(Chars));
  return NdisMRegisterInterruptEx(Adapter->AdapterHandle, Adapter, &Chars,
                                  &Adapter->InterruptHandle);
}

static VOID MpFreeAdapter(PMP_ADAPTER Adapter) {
  if (Adapter->InterruptHandle != NULL) {
    NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
    Adapter->InterruptHandle = NULL;
  }
  if (Adapter->SharedVa != NULL)
    NdisMFreeSharedMemory(Adapter->AdapterHandle, 4096, FALSE,
                          Adapter->SharedVa, Adapter->SharedPa);
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

  Status = MpRegisterInterrupt(Adapter);
  if (Status != NDIS_STATUS_SUCCESS)
    goto Fail;
  NdisMAllocateSharedMemory(MiniportAdapterHandle, 4096, FALSE,
                            &Adapter->SharedVa, &Adapter->SharedPa);
  if (Adapter->SharedVa == NULL) {
    Status = NDIS_STATUS_RESOURCES;
    goto Fail;
  }
  return NDIS_STATUS_SUCCESS;

Fail:
  MpFreeAdapter(Adapter);
  return Status;
}

VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
  UNREFERENCED_PARAMETER(HaltAction);
  MpFreeAdapter(Adapter);
}
