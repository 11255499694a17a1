/*
 * A miniport whose failure cleanup quiets the NIC through
 * NdisMSynchronizeWithInterruptEx before it frees the adapter, and never
 * deregisters the interrupt: initialize leaks it when the receive buffer
 * cannot be allocated. A fix that released the interrupt before that
 * synchronization would make the driver use an interrupt that is gone.
 */
#include <ndis.h>

#define MP_TAG 'cySM'

typedef struct _MP_ADAPTER {
    NDIS_HANDLE AdapterHandle;
    NDIS_HANDLE InterruptHandle;
    PVOID RxBuffer;
    ULONG InterruptMask;
} MP_ADAPTER, *PMP_ADAPTER;

MINIPORT_INITIALIZE MPInitializeEx;
MINIPORT_HALT MPHaltEx;
MINIPORT_ISR MPInterrupt;
MINIPORT_INTERRUPT_DPC MPInterruptDpc;
MINIPORT_SYNCHRONIZE_INTERRUPT MPMaskInterrupts;

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

BOOLEAN MPMaskInterrupts(NDIS_HANDLE SynchronizeContext) {
    PMP_ADAPTER Adapter = (PMP_ADAPTER)SynchronizeContext;
    Adapter->InterruptMask = 0;
    return TRUE;
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

    Adapter->RxBuffer = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle, 2048,
                                                          MP_TAG, NormalPoolPriority);
    if (Adapter->RxBuffer == NULL) {
        Status = NDIS_STATUS_RESOURCES;
        goto Exit;
    }

Exit:
    if (Status != NDIS_STATUS_SUCCESS) {
        if (Adapter->InterruptHandle != NULL)
            NdisMSynchronizeWithInterruptEx(Adapter->InterruptHandle, 0,
                                            MPMaskInterrupts, Adapter);
        NdisFreeMemory(Adapter, 0, 0);
    }
    return Status;
}

VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
    UNREFERENCED_PARAMETER(HaltAction);
    NdisMSynchronizeWithInterruptEx(Adapter->InterruptHandle, 0, MPMaskInterrupts, Adapter);
    NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
    NdisFreeMemory(Adapter->RxBuffer, 0, 0);
    NdisFreeMemory(Adapter, 0, 0);
}
