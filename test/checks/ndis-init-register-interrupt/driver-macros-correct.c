// Driver macros wrap the registration and the failure gotos; the label block
// releases under the flag the macro-set bit records: nothing to report.
// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t -- -I%S/Inputs

#include "adapter.h"

#define MP_REGISTER_INTERRUPT(A, C)                                            \
  NdisMRegisterInterruptEx((A)->AdapterHandle, (A), (C), &(A)->InterruptHandle)
#define BAIL_ON_FAILURE(S)                                                     \
  do {                                                                         \
    if ((S) != NDIS_STATUS_SUCCESS)                                            \
      goto Exit;                                                               \
  } while (0)

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
  Adapter->AdapterHandle = MiniportAdapterHandle;

  Status = MP_REGISTER_INTERRUPT(Adapter, &Chars);
  BAIL_ON_FAILURE(Status);
  MP_SET_FLAG(Adapter, fMP_INTERRUPT_REGISTERED);
  Status = MpStartTimers(5);
  BAIL_ON_FAILURE(Status);
  return NDIS_STATUS_SUCCESS;

Exit:
  if (MP_TEST_FLAG(Adapter, fMP_INTERRUPT_REGISTERED))
    NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
  NdisFreeMemory(Adapter, 0, 0);
  return Status;
}
