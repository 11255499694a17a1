// Initialize marks the first receive slot busy, then looks for a free one
// through a pointer its loop sets, before it registers. What the first
// slot holds says nothing about the others: the path that finds a free
// slot, and the leak after it, are seen.
// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t -- -I%S/Inputs

#include "adapter.h"

typedef struct _MP_SLOT {
  BOOLEAN InUse;
  PVOID Buffer;
} MP_SLOT, *PMP_SLOT;

#define MP_SLOTS 8
static MP_SLOT Slots[MP_SLOTS];

NDIS_STATUS MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle,
                           NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS InitParameters) {
  NDIS_STATUS Status;
  PMP_ADAPTER Adapter;
  NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Chars;
  PMP_SLOT Free = NULL;
  ULONG i;
  UNREFERENCED_PARAMETER(MiniportDriverContext);
  UNREFERENCED_PARAMETER(InitParameters);

  Slots[0].InUse = TRUE;
  for (i = 0; i < MP_SLOTS; i++) {
    PMP_SLOT Slot = &Slots[i];
    if (!Slot->InUse) {
      Free = Slot;
      break;
    }
  }
  if (Free == NULL)
    return NDIS_STATUS_RESOURCES;

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
  Free->InUse = TRUE;
  return NDIS_STATUS_SUCCESS;
}

// CHECK-FIXES: {{^}}  Status = MpStartTimers(100);{{$}}
// CHECK-FIXES-NEXT: {{^}}  if (Status != NDIS_STATUS_SUCCESS) {{{$}}
// CHECK-FIXES-NEXT: {{^}}    NdisMDeregisterInterruptEx(Adapter->InterruptHandle);{{$}}
// CHECK-FIXES-NEXT: {{^}}    NdisFreeMemory(Adapter, 0, 0);{{$}}
