// A goto ladder whose failure paths meet at the rungs: the walk follows the
// paths that differ only in where they started failing as one, and still
// names every goto that starts a leaking path, each with the call whose
// status it returns (not the status of the path it was merged into).
// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t -- -I%S/Inputs

#include "adapter.h"

// Steps that can fail; they see nothing of the adapter, so its handle stays
// tracked through them.
static NDIS_STATUS MpStartDma(ULONG Channels) { return MpStartTimers(Channels); }
static NDIS_STATUS MpStartPhy(ULONG Mode) { return MpStartTimers(Mode); }
static NDIS_STATUS MpStartMac(ULONG Mtu) { return MpStartTimers(Mtu); }
static VOID MpStopDma(ULONG Channels) { UNREFERENCED_PARAMETER(Channels); }
static VOID MpStopPhy(ULONG Mode) { UNREFERENCED_PARAMETER(Mode); }

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

  Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, Adapter, &Chars,
                                    &Adapter->InterruptHandle);
  // CHECK-MESSAGES: :[[@LINE-2]]:12: warning: interrupt registered here is not deregistered when MiniportInitializeEx fails [ndis-init-register-interrupt]
  if (Status != NDIS_STATUS_SUCCESS)
    goto FreeAdapter;

  Status = MpStartDma(4);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: note: the failure comes from here
  if (Status != NDIS_STATUS_SUCCESS)
    goto FreeAdapter;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: MiniportInitializeEx fails here with the interrupt still registered: returns the status of 'MpStartDma'

  Status = MpStartPhy(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: note: the failure comes from here
  if (Status != NDIS_STATUS_SUCCESS)
    goto StopDma;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: MiniportInitializeEx fails here with the interrupt still registered: returns the status of 'MpStartPhy'

  Status = MpStartMac(1500);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: note: the failure comes from here
  if (Status != NDIS_STATUS_SUCCESS)
    goto StopPhy;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: MiniportInitializeEx fails here with the interrupt still registered: returns the status of 'MpStartMac'

  Status = MpStartTimers(100);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: note: the failure comes from here
  if (Status != NDIS_STATUS_SUCCESS)
    goto StopPhy;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: MiniportInitializeEx fails here with the interrupt still registered: returns the status of 'MpStartTimers'
  return NDIS_STATUS_SUCCESS;

StopPhy:
  MpStopPhy(1);
StopDma:
  MpStopDma(4);
FreeAdapter:
  NdisFreeMemory(Adapter, 0, 0);
  return Status;
}

// All leaking paths meet at FreeAdapter, which the failed registration
// reaches too: the release goes there, before the context is freed, guarded
// by the handle (the context was zeroed).
// CHECK-FIXES: {{^}}FreeAdapter:{{$}}
// CHECK-FIXES-NEXT: {{^}}  if (Adapter->InterruptHandle != NULL) {{{$}}
// CHECK-FIXES-NEXT: {{^}}    NdisMDeregisterInterruptEx(Adapter->InterruptHandle);{{$}}
// CHECK-FIXES-NEXT: {{^}}    Adapter->InterruptHandle = NULL;{{$}}
// CHECK-FIXES-NEXT: {{^}}  }{{$}}
// CHECK-FIXES-NEXT: {{^}}  NdisFreeMemory(Adapter, 0, 0);{{$}}
