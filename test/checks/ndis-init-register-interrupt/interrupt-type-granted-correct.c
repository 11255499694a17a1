// NdisMRegisterInterruptEx writes back the kind of interrupt NDIS granted
// (Chars.InterruptType). Initialize records it in a flag; halt quiets the
// hardware one way or the other by that flag, and releases the interrupt in
// both cases: correct.
// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t -- -I%S/Inputs

#include "adapter.h"

#define fMP_LINE_INTERRUPT 0x00000100

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
  Chars.MsiSupported = TRUE;
  Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, Adapter, &Chars,
                                    &Adapter->InterruptHandle);
  if (Status != NDIS_STATUS_SUCCESS) {
    NdisFreeMemory(Adapter, 0, 0);
    return Status;
  }
  if (Chars.InterruptType != NDIS_CONNECT_MESSAGE_BASED)
    MP_SET_FLAG(Adapter, fMP_LINE_INTERRUPT);
  return NDIS_STATUS_SUCCESS;
}

VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
  UNREFERENCED_PARAMETER(HaltAction);
  if (MP_TEST_FLAG(Adapter, fMP_LINE_INTERRUPT)) {
    NdisStallExecution(10);
    NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
  } else {
    NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
  }
  NdisFreeMemory(Adapter, 0, 0);
}
