// A Windows build often puts the WDK on the plain include path (/I, -I), so
// its headers are not system headers. Filling in an NDIS structure after the
// registration (a field set to 1) must still not pass for a registration
// flag the driver keeps: the fix tests the handle, as it does when the
// headers are system headers.
// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t
// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t -- -I%stand_in_headers

#include <ndis.h>

typedef struct _MP_ADAPTER {
  NDIS_HANDLE AdapterHandle;
  NDIS_HANDLE InterruptHandle;
} MP_ADAPTER, *PMP_ADAPTER;

NDIS_STATUS MpStartQueues(NDIS_HANDLE MiniportAdapterHandle);
MINIPORT_INITIALIZE MPInitializeEx;

NDIS_STATUS MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle,
                           NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS InitParameters) {
  NDIS_STATUS Status;
  PMP_ADAPTER Adapter;
  NDIS_MINIPORT_ADAPTER_ATTRIBUTES Attributes;
  NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Chars;
  UNREFERENCED_PARAMETER(MiniportDriverContext);
  UNREFERENCED_PARAMETER(InitParameters);

  Adapter = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle,
                                              sizeof(MP_ADAPTER), 'pMdN',
                                              NormalPoolPriority);
  if (Adapter == NULL)
    return NDIS_STATUS_RESOURCES;
  NdisZeroMemory(Adapter, sizeof(MP_ADAPTER));
  NdisZeroMemory(&Attributes, sizeof(Attributes));
  NdisZeroMemory(&Chars, sizeof(Chars));

  Attributes.RegistrationAttributes.MiniportAdapterContext = Adapter;
  Status = NdisMSetMiniportAttributes(MiniportAdapterHandle, &Attributes);
  if (Status != NDIS_STATUS_SUCCESS)
    goto Exit;

  Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, Adapter, &Chars,
                                    &Adapter->InterruptHandle);
  // CHECK-MESSAGES: :[[@LINE-2]]:12: warning: interrupt registered here is not deregistered when MiniportInitializeEx fails [ndis-init-register-interrupt]
  if (Status != NDIS_STATUS_SUCCESS)
    goto Exit;

  NdisZeroMemory(&Attributes, sizeof(Attributes));
  Attributes.GeneralAttributes.MediaConnectState = MediaConnectStateConnected;
  Status = MpStartQueues(MiniportAdapterHandle);
  if (Status != NDIS_STATUS_SUCCESS)
    goto Exit;
  Status = NdisMSetMiniportAttributes(MiniportAdapterHandle, &Attributes);

Exit:
  if (Status != NDIS_STATUS_SUCCESS) {
    NdisFreeMemory(Adapter, 0, 0);
  }
  return Status;
}

// CHECK-FIXES: {{^}}  if (Status != NDIS_STATUS_SUCCESS) {{{$}}
// CHECK-FIXES-NEXT: {{^}}    if (Adapter->InterruptHandle != NULL) {{{$}}
// CHECK-FIXES-NEXT: {{^}}      NdisMDeregisterInterruptEx(Adapter->InterruptHandle);{{$}}
// CHECK-FIXES-NEXT: {{^}}      Adapter->InterruptHandle = NULL;{{$}}
// CHECK-FIXES-NEXT: {{^}}    }{{$}}
// CHECK-FIXES-NEXT: {{^}}    NdisFreeMemory(Adapter, 0, 0);{{$}}
