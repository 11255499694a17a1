// Correct drivers the check once misread: a status decided by a switch, a
// flag bit OR-ed into a word nothing else was known about, and NT_SUCCESS
// tests followed by `return Status;`. Nothing to report.
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
  NdisZeroMemory(&Chars, sizeof(Chars));

  Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, Adapter, &Chars,
                                    &Adapter->InterruptHandle);
  switch (Status) {
  case NDIS_STATUS_SUCCESS:
    break;
  default:
    NdisFreeMemory(Adapter, 0, 0);
    return Status;
  }
  // The adapter was never zeroed: the flag word is unknown, the bit is set.
  MP_SET_FLAG(Adapter, fMP_INTERRUPT_REGISTERED);

  Status = MpStartTimers(100);
  switch (Status) {
  case NDIS_STATUS_SUCCESS:
    break;
  default:
    NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
    NdisFreeMemory(Adapter, 0, 0);
    return Status;
  }

  Status = MpReadConfiguration(MiniportAdapterHandle);
  if (!NT_SUCCESS(Status)) {
    NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
    NdisFreeMemory(Adapter, 0, 0);
    return Status;
  }
  return Status;
}

VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
  UNREFERENCED_PARAMETER(HaltAction);
  if (MP_TEST_FLAG(Adapter, fMP_INTERRUPT_REGISTERED))
    NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
  NdisFreeMemory(Adapter, 0, 0);
}
