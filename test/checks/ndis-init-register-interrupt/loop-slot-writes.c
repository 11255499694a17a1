// Initialize marks every receive slot but the first busy, through a pointer
// its loop sets, and needs the first one free before it registers. What the
// loop stores went to the other slots: the first is still free, and the
// leak after the registration is seen.
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

  Slots[0].InUse = FALSE;
  for (i = 1; i < MP_SLOTS; i++) {
    PMP_SLOT Slot = &Slots[i];
    Slot->InUse = TRUE;
  }
  if (Slots[0].InUse)
    return NDIS_STATUS_RESOURCES;
  Free = &Slots[0];

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
