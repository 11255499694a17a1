// `for (;;) { ... break; }` used as a block: the adapter is allocated inside
// it, and the cleanup after it releases the interrupt when the driver's
// flag bit says it was registered. The block never runs twice, so what is
// stored through the adapter pointer set inside it stays known: correct,
// nothing to report.
// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t -- -I%S/Inputs

#include "adapter.h"

NDIS_STATUS MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle,
                           NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS InitParameters) {
  NDIS_STATUS Status = NDIS_STATUS_SUCCESS;
  PMP_ADAPTER Adapter = NULL;
  NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Chars;
  UNREFERENCED_PARAMETER(MiniportDriverContext);
  UNREFERENCED_PARAMETER(InitParameters);

  for (;;) {
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
    if (Status != NDIS_STATUS_SUCCESS)
      break;
    MP_SET_FLAG(Adapter, fMP_INTERRUPT_REGISTERED);
    Status = MpStartTimers(100);
    break;
  }

  if (Status != NDIS_STATUS_SUCCESS && Adapter != NULL) {
    if (MP_TEST_FLAG(Adapter, fMP_INTERRUPT_REGISTERED))
      NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
    NdisFreeMemory(Adapter, 0, 0);
  }
  return Status;
}
