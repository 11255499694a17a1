// for (;;) { ... break; } where the break after the registration releases it
// first: nothing to report.
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

  for (;;) {
    Status = MpReadConfiguration(MiniportAdapterHandle);
    if (Status != NDIS_STATUS_SUCCESS)
      break;
    Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, Adapter, &Chars,
                                      &Adapter->InterruptHandle);
    if (Status != NDIS_STATUS_SUCCESS)
      break;
    Status = MpStartTimers(100);
    if (Status != NDIS_STATUS_SUCCESS) {
      NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
      break;
    }
    return NDIS_STATUS_SUCCESS;
  }

  NdisFreeMemory(Adapter, 0, 0);
  return Status;
}
