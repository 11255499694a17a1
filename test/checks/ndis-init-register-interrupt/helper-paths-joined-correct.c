// Helpers with branches of their own: each path of a helper sets different
// bits of the adapter's flag word (a counter here, a ring there). The walk
// joins a helper's paths that end the same way, keeping the bits all of them
// agree on, so the interrupt bit set before them still guards the cleanup:
// nothing to report. (Dropping the whole flag word at the join would report
// the cleanup's untaken branch as a leak.)
// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t -- -I%S/Inputs

#include "adapter.h"

#define fMP_RINGS_ALLOCATED 0x00000100
#define fMP_LARGE_RINGS 0x00000200

static NDIS_STATUS MpAllocateRings(PMP_ADAPTER Adapter, ULONG Count) {
  if (Count > 64) {
    MP_SET_FLAG(Adapter, fMP_LARGE_RINGS);
    Adapter->SharedVa = NULL;
  } else if (Count == 0) {
    return NDIS_STATUS_RESOURCES;
  }
  MP_SET_FLAG(Adapter, fMP_RINGS_ALLOCATED);
  return NDIS_STATUS_SUCCESS;
}

static NDIS_STATUS MpTune(PMP_ADAPTER Adapter, ULONG Mode) {
  switch (Mode) {
  case 1:
    MP_CLEAR_FLAG(Adapter, fMP_LARGE_RINGS);
    break;
  case 2:
    MP_SET_FLAG(Adapter, fMP_LARGE_RINGS);
    break;
  default:
    break;
  }
  return MpStartTimers(Mode);
}

NDIS_STATUS MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle,
                           NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS InitParameters) {
  NDIS_STATUS Status;
  PMP_ADAPTER Adapter;
  NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Chars;
  UNREFERENCED_PARAMETER(MiniportDriverContext);

  Adapter = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle,
                                              sizeof(MP_ADAPTER), MP_TAG,
                                              NormalPoolPriority);
  if (Adapter == NULL)
    return NDIS_STATUS_RESOURCES;
  NdisZeroMemory(Adapter, sizeof(MP_ADAPTER));
  NdisZeroMemory(&Chars, sizeof(Chars));

  Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, Adapter, &Chars,
                                    &Adapter->InterruptHandle);
  if (Status != NDIS_STATUS_SUCCESS)
    goto Exit;
  MP_SET_FLAG(Adapter, fMP_INTERRUPT_REGISTERED);

  Status = MpAllocateRings(Adapter, InitParameters->IfIndex);
  if (Status != NDIS_STATUS_SUCCESS)
    goto Exit;
  Status = MpTune(Adapter, InitParameters->NetLuid.Value);
  if (Status != NDIS_STATUS_SUCCESS)
    goto Exit;
  return NDIS_STATUS_SUCCESS;

Exit:
  if (MP_TEST_FLAG(Adapter, fMP_INTERRUPT_REGISTERED))
    NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
  NdisFreeMemory(Adapter, 0, 0);
  return Status;
}

VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
  UNREFERENCED_PARAMETER(HaltAction);
  if (MP_TEST_FLAG(Adapter, fMP_INTERRUPT_REGISTERED))
    NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
  NdisFreeMemory(Adapter, 0, 0);
}
