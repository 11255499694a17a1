// Driver macros wrap the registration and the failure goto. The warning still
// fires; the fix goes into the label block the macro jumps to, never into a
// macro expansion.
// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t -- -I%S/Inputs

#include "adapter.h"

#define MP_REGISTER_INTERRUPT(A, C)                                            \
  NdisMRegisterInterruptEx((A)->AdapterHandle, (A), (C), &(A)->InterruptHandle)
#define BAIL_ON_FAILURE(S)                                                     \
  do {                                                                         \
    if ((S) != NDIS_STATUS_SUCCESS)                                            \
      goto Exit;                                                               \
  } while (0)

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
  Adapter->AdapterHandle = MiniportAdapterHandle;

  Status = MP_REGISTER_INTERRUPT(Adapter, &Chars);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: interrupt registered here is not deregistered when MiniportInitializeEx fails [ndis-init-register-interrupt]
  BAIL_ON_FAILURE(Status);
  Status = MpStartTimers(5);
  BAIL_ON_FAILURE(Status);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: MiniportInitializeEx fails here with the interrupt still registered: returns the status of 'MpStartTimers'
  return NDIS_STATUS_SUCCESS;

Exit:
  NdisFreeMemory(Adapter, 0, 0);
  return Status;
}

// CHECK-FIXES: {{^}}Exit:{{$}}
// CHECK-FIXES-NEXT: {{^}}  if (Adapter->InterruptHandle != NULL) {{{$}}
// CHECK-FIXES-NEXT: {{^}}    NdisMDeregisterInterruptEx(Adapter->InterruptHandle);{{$}}
// CHECK-FIXES-NEXT: {{^}}    Adapter->InterruptHandle = NULL;{{$}}
// CHECK-FIXES-NEXT: {{^}}  }{{$}}
