// NdisMRegisterInterruptEx writes back the kind of interrupt NDIS granted
// (Chars.InterruptType). Initialize records a line interrupt in a flag, and
// halt releases only under that flag: when NDIS grants message-signaled
// interrupts, halt returns with the interrupt registered.
// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t -expect-remaining -- -I%S/Inputs

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
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: MiniportHaltEx handler 'MPHaltEx' can return without deregistering the interrupt [ndis-init-register-interrupt]
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
  UNREFERENCED_PARAMETER(HaltAction);
  if (MP_TEST_FLAG(Adapter, fMP_LINE_INTERRUPT))
    NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
  NdisFreeMemory(Adapter, 0, 0);
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: returns here with the interrupt still registered
