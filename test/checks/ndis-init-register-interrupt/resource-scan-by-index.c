// The resource scan written by index: each element's type is tested in
// turn. An element's `Type` is no other element's, so the path with both
// descriptors found, and the leak after it, are seen.
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
    if (List->PartialDescriptors[i].Type == CmResourceTypePort)
      Port = &List->PartialDescriptors[i];
    if (List->PartialDescriptors[i].Type == CmResourceTypeMemory)
      Memory = &List->PartialDescriptors[i];
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
  // CHECK-MESSAGES: :[[@LINE-2]]:12: warning: interrupt registered here is not deregistered when MiniportInitializeEx fails [ndis-init-register-interrupt]
  if (Status != NDIS_STATUS_SUCCESS) {
    NdisFreeMemory(Adapter, 0, 0);
    return Status;
  }
  Status = MpStartTimers(100);
  if (Status != NDIS_STATUS_SUCCESS) {
    NdisFreeMemory(Adapter, 0, 0);
    return Status;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: note: MiniportInitializeEx fails here with the interrupt still registered: returns the status of 'MpStartTimers'
  }
  return NDIS_STATUS_SUCCESS;
}

// CHECK-FIXES: {{^}}  if (Status != NDIS_STATUS_SUCCESS) {{{$}}
// CHECK-FIXES-NEXT: {{^}}    NdisFreeMemory(Adapter, 0, 0);{{$}}
// CHECK-FIXES: {{^}}  Status = MpStartTimers(100);{{$}}
// CHECK-FIXES-NEXT: {{^}}  if (Status != NDIS_STATUS_SUCCESS) {{{$}}
// CHECK-FIXES-NEXT: {{^}}    NdisMDeregisterInterruptEx(Adapter->InterruptHandle);{{$}}
// CHECK-FIXES-NEXT: {{^}}    NdisFreeMemory(Adapter, 0, 0);{{$}}
