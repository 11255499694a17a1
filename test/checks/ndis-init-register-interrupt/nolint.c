// NOLINT silences the warning with its notes and fix-it, at the registration
// and at the halt handler's name.
// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t -- -I%S/Inputs

#include "adapter.h"

NDIS_STATUS MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle,
                           NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS InitParameters) {
  NDIS_STATUS Status;
  static MP_ADAPTER Adapter;
  NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Chars = {0};
  UNREFERENCED_PARAMETER(MiniportDriverContext);
  UNREFERENCED_PARAMETER(InitParameters);
  // NOLINTNEXTLINE(ndis-init-register-interrupt)
  Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, &Adapter, &Chars,
                                    &Adapter.InterruptHandle);
  if (Status != NDIS_STATUS_SUCCESS)
    return Status;
  return MpStartTimers(1);
}

VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, // NOLINT(ndis-init-register-interrupt)
              NDIS_HALT_ACTION HaltAction) {
  UNREFERENCED_PARAMETER(MiniportAdapterContext);
  UNREFERENCED_PARAMETER(HaltAction);
}
