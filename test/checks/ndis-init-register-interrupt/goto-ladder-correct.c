// The goto ladder of goto-ladder.c with its missing rung: nothing to report.
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
  NdisZeroMemory(Adapter, sizeof(MP_ADAPTER));
  NdisZeroMemory(&Chars, sizeof(Chars));
  Chars.InterruptHandler = MPIsr;
  Chars.InterruptDpcHandler = MPDpc;

  Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, Adapter, &Chars,
                                    &Adapter->InterruptHandle);
  if (Status != NDIS_STATUS_SUCCESS)
    goto FreeAdapter;

  NdisMAllocateSharedMemory(MiniportAdapterHandle, 4096, FALSE,
                            &Adapter->SharedVa, &Adapter->SharedPa);
  if (Adapter->SharedVa == NULL) {
    Status = NDIS_STATUS_RESOURCES;
    goto DeregisterInterrupt;
  }

  Status = MpStartTimers(100);
  if (Status != NDIS_STATUS_SUCCESS)
    goto FreeSharedMemory;
  return NDIS_STATUS_SUCCESS;

FreeSharedMemory:
  NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
  NdisMFreeSharedMemory(MiniportAdapterHandle, 4096, FALSE, Adapter->SharedVa,
                        Adapter->SharedPa);
  goto FreeAdapter;
DeregisterInterrupt:
  NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
FreeAdapter:
  NdisFreeMemory(Adapter, 0, 0);
  return Status;
}
