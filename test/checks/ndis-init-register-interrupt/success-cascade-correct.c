// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t -- -I%S/Inputs

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
  if (NDIS_STATUS_SUCCESS == Status) {
    Status = MpStartTimers(100);
    if (NDIS_STATUS_SUCCESS != Status)
      NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
  }
  if (Status != NDIS_STATUS_SUCCESS)
    NdisFreeMemory(Adapter, 0, 0);
  return Status;
}
