/*
 * A miniport that records how far initialize got in Adapter->State and tears
 * down by that state in one routine shared with halt. The routine releases
 * the interrupt only from state 2 on, so the failure right after the
 * registration (state 1) leaks it. A release at the shared label, before the
 * routine, would make the routine release the interrupt a second time on
 * the later failure (state 2): the fix must go where only state 1 passes.
 */
#include <ndis.h>

#define MP_TAG 'tsSM'

typedef struct _MP_ADAPTER {
    NDIS_HANDLE InterruptHandle;
    ULONG State; /* 1: interrupt registered, 2: receive ring, 3: transmit ring */
    PVOID RxRing;
    PVOID TxRing;
} MP_ADAPTER, *PMP_ADAPTER;

MINIPORT_INITIALIZE MPInitializeEx;
MINIPORT_HALT MPHaltEx;
MINIPORT_ISR MPInterrupt;

BOOLEAN MPInterrupt(NDIS_HANDLE MiniportInterruptContext,
                    PBOOLEAN QueueDefaultInterruptDpc,
                    PULONG TargetProcessors) {
    UNREFERENCED_PARAMETER(MiniportInterruptContext);
    *QueueDefaultInterruptDpc = FALSE;
    *TargetProcessors = 0;
    return FALSE;
}

static VOID MPTearDown(PMP_ADAPTER Adapter) {
    if (Adapter->State >= 3)
        NdisFreeMemory(Adapter->TxRing, 0, 0);
    if (Adapter->State >= 2)
        NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
    if (Adapter->State >= 2)
        NdisFreeMemory(Adapter->RxRing, 0, 0);
    NdisFreeMemory(Adapter, 0, 0);
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

    NdisZeroMemory(&Attributes, sizeof(Attributes));
    Attributes.RegistrationAttributes.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES;
    Attributes.RegistrationAttributes.Header.Revision = NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1;
    Attributes.RegistrationAttributes.Header.Size = NDIS_SIZEOF_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1;
    Attributes.RegistrationAttributes.MiniportAdapterContext = Adapter;
    Status = NdisMSetMiniportAttributes(MiniportAdapterHandle, &Attributes);
    if (Status != NDIS_STATUS_SUCCESS)
        goto Fail;

    NdisZeroMemory(&Interrupt, sizeof(Interrupt));
    Interrupt.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_INTERRUPT;
    Interrupt.Header.Revision = NDIS_MINIPORT_INTERRUPT_REVISION_1;
    Interrupt.Header.Size = NDIS_SIZEOF_MINIPORT_INTERRUPT_CHARACTERISTICS_REVISION_1;
    Interrupt.InterruptHandler = MPInterrupt;
    Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, Adapter, &Interrupt,
                                      &Adapter->InterruptHandle);
    if (Status != NDIS_STATUS_SUCCESS)
        goto Fail;
    Adapter->State = 1;

    Status = NDIS_STATUS_RESOURCES;
    Adapter->RxRing = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle, 4096,
                                                        MP_TAG, NormalPoolPriority);
    if (Adapter->RxRing == NULL)
        goto Fail;
    Adapter->State = 2;

    Adapter->TxRing = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle, 4096,
                                                        MP_TAG, NormalPoolPriority);
    if (Adapter->TxRing == NULL)
        goto Fail;
    Adapter->State = 3;
    return NDIS_STATUS_SUCCESS;

Fail:
    MPTearDown(Adapter);
    return Status;
}

VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
    UNREFERENCED_PARAMETER(HaltAction);
    MPTearDown((PMP_ADAPTER)MiniportAdapterContext);
}
