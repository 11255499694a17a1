// A local BOOLEAN records the registration; the shared exit releases under it.
// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t -- -I%S/Inputs

#include "adapter.h"

NDIS_STATUS MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle,
                           NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS InitParameters) {
  NDIS_STATUS Status = NDIS_STATUS_SUCCESS;
  PMP_ADAPTER Adapter = NULL;
  BOOLEAN InterruptRegistered = FALSE;
  NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Chars;
  UNREFERENCED_PARAMETER(MiniportDriverContext);
  UNREFERENCED_PARAMETER(InitParameters);

  Adapter = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle,
                                              sizeof(MP_ADAPTER), MP_TAG,
                                              NormalPoolPriority);
  if (Adapter == NULL) {
    Status = NDIS_STATUS_RESOURCES;
    goto Exit;
  }
  NdisZeroMemory(&Chars, sizeof(Chars));

  Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, Adapter, &Chars,
                                    &Adapter->InterruptHandle);
  if (Status != NDIS_STATUS_SUCCESS)
    goto Exit;
  InterruptRegistered = TRUE;

  Status = MpStartTimers(100);

Exit:
  if (Status != NDIS_STATUS_SUCCESS) {
    if (InterruptRegistered) {
      NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
    }
    if (Adapter != NULL) {
      NdisFreeMemory(Adapter, 0, 0);
    }
  }
  return Status;
}
