// The handle kept in a global structure.
// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t -- -I%S/Inputs

#include "adapter.h"

static struct {
  NDIS_HANDLE Interrupt;
  BOOLEAN Started;
} Global;

NDIS_STATUS MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle,
                           NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS InitParameters) {
  NDIS_STATUS Status;
  NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Chars;
  UNREFERENCED_PARAMETER(MiniportDriverContext);
  UNREFERENCED_PARAMETER(InitParameters);
  NdisZeroMemory(&Chars, sizeof(Chars));

  Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, &Global, &Chars,
                                    &Global.Interrupt);
  // CHECK-MESSAGES: :[[@LINE-2]]:12: warning: interrupt registered here is not deregistered when MiniportInitializeEx fails [ndis-init-register-interrupt]
  if (!NT_SUCCESS(Status))
    return Status;
  Status = MpStartTimers(1);
  if (!NT_SUCCESS(Status))
    return Status;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: MiniportInitializeEx fails here with the interrupt still registered: returns the status of 'MpStartTimers'
  Global.Started = TRUE;
  return NDIS_STATUS_SUCCESS;
}

VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  UNREFERENCED_PARAMETER(MiniportAdapterContext);
  UNREFERENCED_PARAMETER(HaltAction);
  NdisMDeregisterInterruptEx(Global.Interrupt);
}

// CHECK-FIXES: {{^}}  Status = MpStartTimers(1);{{$}}
// CHECK-FIXES-NEXT: {{^}}  if (!NT_SUCCESS(Status)) {{{$}}
// CHECK-FIXES-NEXT: {{^}}    NdisMDeregisterInterruptEx(Global.Interrupt);{{$}}
// CHECK-FIXES-NEXT: {{^}}    return Status;{{$}}
// CHECK-FIXES-NEXT: {{^}}  }{{$}}
