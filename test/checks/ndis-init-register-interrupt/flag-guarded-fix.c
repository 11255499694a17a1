// The driver keeps a registration flag but forgot the release; the adapter is
// not zeroed, so only the flag tells whether there is anything to release.
// The fix uses the driver's own flag: a local BOOLEAN, or a bit set through
// driver macros.
// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t -check-suffix=LOCAL -- -I%S/Inputs -DLOCAL_FLAG
// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t -check-suffix=BIT -- -I%S/Inputs
// With the WDK on the plain include path as well (a Windows build's /I), the
// driver's own header still holds the driver's flags (wdk-on-include-path.c).
// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t -check-suffix=LOCAL -- -I%stand_in_headers -I%S/Inputs -DLOCAL_FLAG
// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t -check-suffix=BIT -- -I%stand_in_headers -I%S/Inputs

#include "adapter.h"

NDIS_STATUS MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle,
                           NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS InitParameters) {
  NDIS_STATUS Status;
  PMP_ADAPTER Adapter;
  BOOLEAN InterruptRegistered = FALSE;
  NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Chars;
  UNREFERENCED_PARAMETER(MiniportDriverContext);
  UNREFERENCED_PARAMETER(InitParameters);

  Adapter = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle,
                                              sizeof(MP_ADAPTER), MP_TAG,
                                              NormalPoolPriority);
  if (Adapter == NULL)
    return NDIS_STATUS_RESOURCES;
  Adapter->Flags = 0;
  NdisZeroMemory(&Chars, sizeof(Chars));

  Status = MpReadConfiguration(MiniportAdapterHandle);
  if (Status != NDIS_STATUS_SUCCESS)
    goto Exit;
  Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, Adapter, &Chars,
                                    &Adapter->InterruptHandle);
  // CHECK-MESSAGES-LOCAL: :[[@LINE-2]]:12: warning: interrupt registered here is not deregistered when MiniportInitializeEx fails [ndis-init-register-interrupt]
  // CHECK-MESSAGES-BIT: :[[@LINE-3]]:12: warning: interrupt registered here is not deregistered when MiniportInitializeEx fails [ndis-init-register-interrupt]
  if (Status != NDIS_STATUS_SUCCESS)
    goto Exit;
#ifdef LOCAL_FLAG
  InterruptRegistered = TRUE;
#else
  MP_SET_FLAG(Adapter, fMP_INTERRUPT_REGISTERED);
#endif

  Status = MpStartTimers(100);

Exit:
  if (Status != NDIS_STATUS_SUCCESS) {
    NdisFreeMemory(Adapter, 0, 0);
  }
  return Status;
}

// CHECK-FIXES-LOCAL: {{^}}  if (Status != NDIS_STATUS_SUCCESS) {{{$}}
// CHECK-FIXES-LOCAL-NEXT: {{^}}    if (InterruptRegistered) {{{$}}
// CHECK-FIXES-LOCAL-NEXT: {{^}}      NdisMDeregisterInterruptEx(Adapter->InterruptHandle);{{$}}
// CHECK-FIXES-LOCAL-NEXT: {{^}}    }{{$}}
// CHECK-FIXES-LOCAL-NEXT: {{^}}    NdisFreeMemory(Adapter, 0, 0);{{$}}
// CHECK-FIXES-BIT: {{^}}  if (Status != NDIS_STATUS_SUCCESS) {{{$}}
// CHECK-FIXES-BIT-NEXT: {{^}}    if (Adapter->Flags & fMP_INTERRUPT_REGISTERED) {{{$}}
// CHECK-FIXES-BIT-NEXT: {{^}}      NdisMDeregisterInterruptEx(Adapter->InterruptHandle);{{$}}
// CHECK-FIXES-BIT-NEXT: {{^}}    }{{$}}
// CHECK-FIXES-BIT-NEXT: {{^}}    NdisFreeMemory(Adapter, 0, 0);{{$}}
