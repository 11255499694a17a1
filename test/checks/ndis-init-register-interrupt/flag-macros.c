// A flag bit set through driver macros after a successful registration and
// tested by the cleanup; the cleanup forgets to test it on one path.
// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t -- -I%S/Inputs

#include "adapter.h"

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
  if (Status != NDIS_STATUS_SUCCESS)
    goto Exit;
  MP_SET_FLAG(Adapter, fMP_INTERRUPT_REGISTERED);

  Status = MpStartTimers(100);
  if (Status != NDIS_STATUS_SUCCESS)
    goto Exit;

  Status = MpReadConfiguration(MiniportAdapterHandle);
  if (Status != NDIS_STATUS_SUCCESS)
    goto Exit;

Exit:
  if (Status != NDIS_STATUS_SUCCESS) {
    if (MP_TEST_FLAG(Adapter, fMP_INTERRUPT_REGISTERED)) {
      NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
      MP_CLEAR_FLAG(Adapter, fMP_INTERRUPT_REGISTERED);
    }
    NdisFreeMemory(Adapter, 0, 0);
  }
  return Status;
}

VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: MiniportHaltEx handler 'MPHaltEx' can return without deregistering the interrupt [ndis-init-register-interrupt]
  // CHECK-MESSAGES: :24:12: note: interrupt registered here in 'MPInitializeEx'
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
  if (HaltAction == NdisHaltDeviceInitializationFailed)
    return;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: returns here with the interrupt still registered
  if (MP_TEST_FLAG(Adapter, fMP_INTERRUPT_REGISTERED))
    NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
  NdisFreeMemory(Adapter, 0, 0);
}

// Initialize is correct: the flag says whether to release. Halt returns
// early on one path; the fix releases there, under the halt's own variable.
// CHECK-FIXES: {{^}}  if (HaltAction == NdisHaltDeviceInitializationFailed) {{{$}}
// CHECK-FIXES-NEXT: {{^}}    NdisMDeregisterInterruptEx(Adapter->InterruptHandle);{{$}}
// CHECK-FIXES-NEXT: {{^}}    return;{{$}}
// CHECK-FIXES-NEXT: {{^}}  }{{$}}
