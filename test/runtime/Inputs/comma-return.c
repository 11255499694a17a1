/*
 * A miniport whose failure returns free the adapter in their own
 * expression, with the comma operator. When the receive buffer cannot be
 * allocated, initialize returns that way with the interrupt registered: it
 * leaks the interrupt and frees the ISR's context under it. The release
 * must run before the return's expression, which frees that context.
 */
#include <ndis.h>

#define MP_TAG 'rcSM'

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
        return NdisFreeMemory(Adapter, 0, 0), Status;

    NdisZeroMemory(&Interrupt, sizeof(Interrupt));
    Interrupt.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_INTERRUPT;
    Interrupt.Header.Revision = NDIS_MINIPORT_INTERRUPT_REVISION_1;
    Interrupt.Header.Size = NDIS_SIZEOF_MINIPORT_INTERRUPT_CHARACTERISTICS_REVISION_1;
    Interrupt.InterruptHandler = MPInterrupt;
    Interrupt.InterruptDpcHandler = MPInterruptDpc;
    Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, Adapter, &Interrupt,
                                      &Adapter->InterruptHandle);
    if (Status != NDIS_STATUS_SUCCESS)
        return NdisFreeMemory(Adapter, 0, 0), Status;

    Adapter->RxBuffer = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle, 2048,
                                                          MP_TAG, NormalPoolPriority);
    if (Adapter->RxBuffer == NULL)
        return NdisFreeMemory(Adapter, 0, 0), NDIS_STATUS_RESOURCES;
    return NDIS_STATUS_SUCCESS;
}

VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
    UNREFERENCED_PARAMETER(HaltAction);
    NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
    NdisFreeMemory(Adapter->RxBuffer, 0, 0);
    NdisFreeMemory(Adapter, 0, 0);
}
