// Handlers declared but never defined, recursion between helpers, a goto into
// a loop, and a switch-based state machine: analyzed or skipped, never a
// crash or a hang, and only the real leak reported.
// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t

#include <ndis.h>

typedef struct _A {
  NDIS_HANDLE Interrupt;
  ULONG Retries;
} A, *PA;

MINIPORT_INITIALIZE NeverDefined;
MINIPORT_HALT AlsoNeverDefined;
MINIPORT_INITIALIZE StateMachineInit;
NDIS_STATUS Step(ULONG Which);

// Recursion is cut where it closes (the inner call counts as code we cannot
// see); these helpers see nothing of the adapter, so the leak stays visible.
static NDIS_STATUS Pong(ULONG N);
static NDIS_STATUS Ping(ULONG N) {
  if (N == 0)
    return NDIS_STATUS_SUCCESS;
  return Pong(N - 1);
}
static NDIS_STATUS Pong(ULONG N) { return Ping(N); }

NDIS_STATUS StateMachineInit(NDIS_HANDLE Handle, NDIS_HANDLE Context,
                             PNDIS_MINIPORT_INIT_PARAMETERS Params) {
  static A Adapter;
  NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Chars = {0};
  NDIS_STATUS Status = NDIS_STATUS_SUCCESS;
  ULONG State = 0;
  ULONG I = 0;
  UNREFERENCED_PARAMETER(Context);
  UNREFERENCED_PARAMETER(Params);

  goto Middle;
  for (I = 0; I < 4; I++) {
  Middle:
    Status = Step(I);
  }

  while (State != 3) {
    switch (State) {
    case 0:
      Status = NdisMRegisterInterruptEx(Handle, &Adapter, &Chars,
                                        &Adapter.Interrupt);
      // CHECK-MESSAGES: :[[@LINE-2]]:16: warning: interrupt registered here is not deregistered when MiniportInitializeEx fails [ndis-init-register-interrupt]
      if (Status != NDIS_STATUS_SUCCESS)
        return Status;
      State = 1;
      break;
    case 1:
      Status = Ping(3);
      if (Status != NDIS_STATUS_SUCCESS)
        return Status;
      // CHECK-MESSAGES: :[[@LINE-1]]:9: note: MiniportInitializeEx fails here with the interrupt still registered: returns the status of 'Ping'
      State = 2;
      break;
    default:
      State = 3;
      break;
    }
  }
  return NDIS_STATUS_SUCCESS;
}

// CHECK-FIXES: {{^}}      Status = Ping(3);{{$}}
// CHECK-FIXES-NEXT: {{^}}      if (Status != NDIS_STATUS_SUCCESS) {{{$}}
// CHECK-FIXES-NEXT: {{^}}        NdisMDeregisterInterruptEx(Adapter.Interrupt);{{$}}
// CHECK-FIXES-NEXT: {{^}}        return Status;{{$}}
// CHECK-FIXES-NEXT: {{^}}      }{{$}}
