/*
 * A miniport built with the WDK on the plain include path (-I, /I): the NDIS
 * headers are not system headers. After registering its interrupt it fills
 * in its general attributes (a field of an NDIS structure set to 1), then
 * fails further on and jumps to its single exit, whose cleanup frees the
 * adapter with the interrupt still registered. The fix must test the
 * driver's own state (the handle), not the NDIS structure's field.
 */
#include <ndis.h>

#define MP_TAG 'ipWM'

typedef struct _MP_ADAPTER {
    NDIS_HANDLE AdapterHandle;
    NDIS_HANDLE InterruptHandle;
    PVOID RxBuffer;
} MP_ADAPTER, *PMP_ADAPTER;

MINIPORT_INITIALIZE MPInitializeEx;
MINIPORT_HALT MPHaltEx;
MINIPORT_ISR MPInterrupt;
MINIPORT_INTERRUPT_DPC MPInterruptDpc;

BOOLEAN MPInterrupt(NDIS_HANDLE MiniportInterruptContext,
                    PBOOLEAN QueueDefaultInterruptDpc,
                    PULONG TargetProcessors) {
    UNREFERENCED_PARAMETER(MiniportInterruptContext);
    *QueueDefaultInterruptDpc = FALSE;
    *TargetProcessors = 0;
    return FALSE;
}

VOID MPInterruptDpc(NDIS_HANDLE MiniportInterruptContext,
                    PVOID MiniportDpcContext,
                    PVOID ReceiveThrottleParameters,
                    PVOID NdisReserved2) {
    UNREFERENCED_PARAMETER(MiniportInterruptContext);
    UNREFERENCED_PARAMETER(MiniportDpcContext);
    UNREFERENCED_PARAMETER(ReceiveThrottleParameters);
    UNREFERENCED_PARAMETER(NdisReserved2);
}

NDIS_STATUS
MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle,
               NDIS_HANDLE MiniportDriverContext,
               PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters) {
    NDIS_STATUS Status;
    PMP_ADAPTER Adapter;
    NDIS_MINIPORT_ADAPTER_ATTRIBUTES Attributes;
    NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Interrupt;
    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);

    Adapter = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle, sizeof(MP_ADAPTER),
                                                MP_TAG, NormalPoolPriority);
    if (Adapter == NULL)
        return NDIS_STATUS_RESOURCES;
    NdisZeroMemory(Adapter, sizeof(MP_ADAPTER));
    Adapter->AdapterHandle = MiniportAdapterHandle;

    NdisZeroMemory(&Attributes, sizeof(Attributes));
    Attributes.RegistrationAttributes.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES;
    Attributes.RegistrationAttributes.Header.Revision = NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1;
    Attributes.RegistrationAttributes.Header.Size = NDIS_SIZEOF_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1;
    Attributes.RegistrationAttributes.MiniportAdapterContext = Adapter;
    Attributes.RegistrationAttributes.InterfaceType = NdisInterfacePci;
    Status = NdisMSetMiniportAttributes(MiniportAdapterHandle, &Attributes);
    if (Status != NDIS_STATUS_SUCCESS)
        goto Exit;

    NdisZeroMemory(&Interrupt, sizeof(Interrupt));
    Interrupt.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_INTERRUPT;
    Interrupt.Header.Revision = NDIS_MINIPORT_INTERRUPT_REVISION_1;
    Interrupt.Header.Size = NDIS_SIZEOF_MINIPORT_INTERRUPT_CHARACTERISTICS_REVISION_1;
    Interrupt.InterruptHandler = MPInterrupt;
    Interrupt.InterruptDpcHandler = MPInterruptDpc;
    Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, Adapter, &Interrupt,
                                      &Adapter->InterruptHandle);
    if (Status != NDIS_STATUS_SUCCESS)
        goto Exit;

    NdisZeroMemory(&Attributes, sizeof(Attributes));
    Attributes.GeneralAttributes.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES;
    Attributes.GeneralAttributes.Header.Revision = NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_2;
    Attributes.GeneralAttributes.Header.Size = NDIS_SIZEOF_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_2;
    Attributes.GeneralAttributes.MediaConnectState = MediaConnectStateConnected;

    Adapter->RxBuffer = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle, 2048,
                                                          MP_TAG, NormalPoolPriority);
    if (Adapter->RxBuffer == NULL) {
        Status = NDIS_STATUS_RESOURCES;
        goto Exit;
    }
    Status = NdisMSetMiniportAttributes(MiniportAdapterHandle, &Attributes);

Exit:
    if (Status != NDIS_STATUS_SUCCESS) {
        if (Adapter->RxBuffer != NULL)
            NdisFreeMemory(Adapter->RxBuffer, 0, 0);
        NdisFreeMemory(Adapter, 0, 0);
    }
    return Status;
}

VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
    UNREFERENCED_PARAMETER(HaltAction);
    NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
    NdisFreeMemory(Adapter->RxBuffer, 0, 0);
    NdisFreeMemory(Adapter, 0, 0);
}
