// Role declarations are searched for in the driver's own headers, not in
// system headers (the WDK's, or any directory given with -isystem): a driver
// whose headers are on a system include path names its handlers with the
// options instead.
// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t -- -I%S/Inputs/system-roles
// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t -check-suffixes=NONE -- -isystem %S/Inputs/system-roles
// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t \
// RUN:   -config='{CheckOptions: {ndis-init-register-interrupt.InitializeHandlers: "MPInitializeEx"}}' \
// RUN:   -- -isystem %S/Inputs/system-roles
// (No CHECK-MESSAGES-NONE lines: that run must report nothing.)

#include "mp_roles.h"

typedef struct _MP_ADAPTER {
  NDIS_HANDLE InterruptHandle;
} MP_ADAPTER;

NDIS_STATUS MpStartTimers(ULONG Period);

NDIS_STATUS MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle,
                           NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS InitParameters) {
  NDIS_STATUS Status;
  static MP_ADAPTER Adapter;
  NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Chars = {0};
  UNREFERENCED_PARAMETER(MiniportDriverContext);
  UNREFERENCED_PARAMETER(InitParameters);
  Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, &Adapter, &Chars,
                                    &Adapter.InterruptHandle);
  // CHECK-MESSAGES: :[[@LINE-2]]:12: warning: interrupt registered here is not deregistered when MiniportInitializeEx fails [ndis-init-register-interrupt]
  if (Status != NDIS_STATUS_SUCCESS)
    return Status;
  Status = MpStartTimers(1);
  if (Status != NDIS_STATUS_SUCCESS)
    return Status;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: MiniportInitializeEx fails here with the interrupt still registered: returns the status of 'MpStartTimers'
  return NDIS_STATUS_SUCCESS;
}

// CHECK-FIXES: {{^}}  if (Status != NDIS_STATUS_SUCCESS) {{{$}}
// CHECK-FIXES-NEXT: {{^}}    NdisMDeregisterInterruptEx(Adapter.InterruptHandle);{{$}}
// CHECK-FIXES-NEXT: {{^}}    return Status;{{$}}
// CHECK-FIXES-NEXT: {{^}}  }{{$}}
