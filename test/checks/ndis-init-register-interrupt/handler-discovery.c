// A driver without role type declarations: its handlers are found through
// the driver characteristics (assignment, designated or positional
// initializer) or named in the options; otherwise they are not handlers.
// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t -check-suffixes=,HALT -- -DASSIGNMENT
// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t -check-suffixes=,HALT -- -DDESIGNATED
// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t -check-suffixes=,HALT -- -DPOSITIONAL
// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t -check-suffixes=,HALT \
// RUN:   -config='{CheckOptions: {ndis-init-register-interrupt.InitializeHandlers: "NicStart;LeakyInitialize", ndis-init-register-interrupt.HaltHandlers: "QuietHalt"}}'
// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t \
// RUN:   -config='{CheckOptions: {ndis-init-register-interrupt.InitializeHandlers: "LeakyInitialize"}}'
// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t -check-suffixes=NONE
// (No CHECK-MESSAGES-NONE lines: that run must report nothing.)

#include <ndis.h>

typedef struct _NIC {
  NDIS_HANDLE MiniportHandle;
  NDIS_HANDLE Interrupt;
  ULONG Mode;
} NIC, *PNIC;

NDIS_STATUS NicProbe(NDIS_HANDLE MiniportHandle);

static NIC TheNic;

static NDIS_STATUS LeakyInitialize(NDIS_HANDLE MiniportAdapterHandle,
                                   NDIS_HANDLE MiniportDriverContext,
                                   PNDIS_MINIPORT_INIT_PARAMETERS Params) {
  NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Chars;
  NDIS_STATUS Status;
  UNREFERENCED_PARAMETER(MiniportDriverContext);
  UNREFERENCED_PARAMETER(Params);
  NdisZeroMemory(&Chars, sizeof(Chars));
  Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, &TheNic, &Chars,
                                    &TheNic.Interrupt);
  // CHECK-MESSAGES: :[[@LINE-2]]:12: warning: interrupt registered here is not deregistered when MiniportInitializeEx fails [ndis-init-register-interrupt]
  if (Status != NDIS_STATUS_SUCCESS)
    return Status;
  Status = NicProbe(MiniportAdapterHandle);
  if (Status != NDIS_STATUS_SUCCESS)
    return Status;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: MiniportInitializeEx fails here with the interrupt still registered: returns the status of 'NicProbe'
  return NDIS_STATUS_SUCCESS;
}

// Halt skips the deregistration in one mode.
static VOID QuietHalt(NDIS_HANDLE MiniportAdapterContext,
                      NDIS_HALT_ACTION HaltAction) {
  // CHECK-MESSAGES-HALT: :[[@LINE-2]]:13: warning: MiniportHaltEx handler 'QuietHalt' can return without deregistering the interrupt [ndis-init-register-interrupt]
  UNREFERENCED_PARAMETER(MiniportAdapterContext);
  UNREFERENCED_PARAMETER(HaltAction);
  if (TheNic.Mode == 2)
    return;
  NdisMDeregisterInterruptEx(TheNic.Interrupt);
}

#if defined(DESIGNATED)
static NDIS_MINIPORT_DRIVER_CHARACTERISTICS Characteristics = {
    .InitializeHandlerEx = LeakyInitialize,
    .HaltHandlerEx = QuietHalt,
};
#elif defined(POSITIONAL)
static NDIS_MINIPORT_DRIVER_CHARACTERISTICS Characteristics = {
    {0, 0, 0}, 6, 20, 1, 0, 0, NULL, LeakyInitialize, QuietHalt};
#else
static NDIS_MINIPORT_DRIVER_CHARACTERISTICS Characteristics;
#endif

NDIS_HANDLE DriverHandle;

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
#if defined(ASSIGNMENT)
  Characteristics.InitializeHandlerEx = LeakyInitialize;
  Characteristics.HaltHandlerEx = QuietHalt;
#endif
  return NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL,
                                     &Characteristics, &DriverHandle);
}

// CHECK-FIXES: {{^}}  Status = NicProbe(MiniportAdapterHandle);{{$}}
// CHECK-FIXES-NEXT: {{^}}  if (Status != NDIS_STATUS_SUCCESS) {{{$}}
// CHECK-FIXES-NEXT: {{^}}    NdisMDeregisterInterruptEx(TheNic.Interrupt);{{$}}
// CHECK-FIXES-NEXT: {{^}}    return Status;{{$}}
// CHECK-FIXES-NEXT: {{^}}  }{{$}}
// CHECK-FIXES-HALT: {{^}}  if (TheNic.Mode == 2) {{{$}}
// CHECK-FIXES-HALT-NEXT: {{^}}    NdisMDeregisterInterruptEx(TheNic.Interrupt);{{$}}
// CHECK-FIXES-HALT-NEXT: {{^}}    return;{{$}}
// CHECK-FIXES-HALT-NEXT: {{^}}  }{{$}}
