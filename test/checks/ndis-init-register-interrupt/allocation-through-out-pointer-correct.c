// The adapter is allocated with NdisAllocateMemoryWithTag, which returns a
// status and the memory through its first argument: set when the status is
// success, NULL otherwise. The cleanup tests the pointer before the free
// routine that releases the interrupt: on the paths with the interrupt
// registered the pointer is set, so nothing leaks.
// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t -- -I%S/Inputs

#include "adapter.h"

static VOID MpFreeAdapter(PMP_ADAPTER Adapter) {
  if (Adapter->InterruptHandle != NULL)
    NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
  NdisFreeMemory(Adapter, 0, 0);
}

NDIS_STATUS MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle,
                           NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS InitParameters) {
  NDIS_STATUS Status;
  PMP_ADAPTER Adapter = NULL;
  NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Chars;
  UNREFERENCED_PARAMETER(MiniportDriverContext);
  UNREFERENCED_PARAMETER(InitParameters);

  Status = NdisAllocateMemoryWithTag((PVOID *)&Adapter, sizeof(MP_ADAPTER),
                                     MP_TAG);
  if (Status != NDIS_STATUS_SUCCESS)
    goto Exit;
  NdisZeroMemory(Adapter, sizeof(MP_ADAPTER));
  NdisZeroMemory(&Chars, sizeof(Chars));
  Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, Adapter, &Chars,
                                    &Adapter->InterruptHandle);
  if (Status != NDIS_STATUS_SUCCESS)
    goto Exit;
  Status = MpStartTimers(100);

Exit:
  if (Status != NDIS_STATUS_SUCCESS) {
    if (Adapter)
      MpFreeAdapter(Adapter);
  }
  return Status;
}
