// The same resource scan before the registration, and initialize releases
// the interrupt on its failure path: correct, nothing to report.
// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t -- -I%S/Inputs

#include "adapter.h"

NDIS_STATUS MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle,
                           NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS InitParameters) {
  NDIS_STATUS Status;
  PMP_ADAPTER Adapter;
  NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Chars;
  PCM_PARTIAL_RESOURCE_LIST List = InitParameters->AllocatedResources;
  PCM_PARTIAL_RESOURCE_DESCRIPTOR Port = NULL, Memory = NULL;
  ULONG i;
  UNREFERENCED_PARAMETER(MiniportDriverContext);

  for (i = 0; i < List->Count; i++) {
    PCM_PARTIAL_RESOURCE_DESCRIPTOR Descriptor = &List->PartialDescriptors[i];
    switch (Descriptor->Type) {
    case CmResourceTypePort:
      Port = Descriptor;
      break;
    case CmResourceTypeMemory:
      Memory = Descriptor;
      break;
    default:
      break;
    }
  }
  if (Port == NULL || Memory == NULL)
    return NDIS_STATUS_RESOURCE_CONFLICT;

  Adapter = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle,
                                              sizeof(MP_ADAPTER), MP_TAG,
                                              NormalPoolPriority);
  if (Adapter == NULL)
    return NDIS_STATUS_RESOURCES;
  NdisZeroMemory(&Chars, sizeof(Chars));
  Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, Adapter, &Chars,
                                    &Adapter->InterruptHandle);
  if (Status != NDIS_STATUS_SUCCESS) {
    NdisFreeMemory(Adapter, 0, 0);
    return Status;
  }
  Status = MpStartTimers(100);
  if (Status != NDIS_STATUS_SUCCESS) {
    NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
    NdisFreeMemory(Adapter, 0, 0);
    return Status;
  }
  return NDIS_STATUS_SUCCESS;
}
