// do { ... break; } while (FALSE) whose cleanup after the loop releases the
// interrupt under the handle being non-NULL: nothing to report.
// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t -- -I%S/Inputs

#include "adapter.h"

NDIS_STATUS MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle,
                           NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS InitParameters) {
  NDIS_STATUS Status;
  PMP_ADAPTER Adapter = NULL;
  NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Chars;
  UNREFERENCED_PARAMETER(MiniportDriverContext);
  UNREFERENCED_PARAMETER(InitParameters);

  do {
    Adapter = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle,
                                                sizeof(MP_ADAPTER), MP_TAG,
                                                NormalPoolPriority);
    if (Adapter == NULL) {
      Status = NDIS_STATUS_RESOURCES;
      break;
    }
    NdisZeroMemory(Adapter, sizeof(MP_ADAPTER));
    NdisZeroMemory(&Chars, sizeof(Chars));

    Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, Adapter, &Chars,
                                      &Adapter->InterruptHandle);
    if (Status != NDIS_STATUS_SUCCESS) {
      break;
    }

    Status = MpReadConfiguration(MiniportAdapterHandle);
    if (Status != NDIS_STATUS_SUCCESS) {
      break;
    }
  } while (FALSE);

  if (Status != NDIS_STATUS_SUCCESS) {
    if (Adapter != NULL) {
      if (Adapter->InterruptHandle != NULL)
        NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
      NdisFreeMemory(Adapter, 0, 0);
    }
  }
  return Status;
}
