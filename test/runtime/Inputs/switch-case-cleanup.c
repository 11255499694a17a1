/*
 * A miniport that tests each step's status with a switch. When its
 * receive buffer cannot be allocated, the failing case unmaps the registers
 * the ISR reads and jumps past the deregistration: initialize leaks the
 * interrupt. A release right before that jump would come after the
 * registers are gone while the ISR can still run; the fix must go at the
 * start of the case.
 */
#include <ndis.h>

#define MP_TAG 'wsSM'

typedef struct _MP_ADAPTER {
    NDIS_HANDLE AdapterHandle;
    NDIS_HANDLE InterruptHandle;
    PVOID Csr;
    ULONG CsrLength;
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

static NDIS_STATUS MPStartReceive(PMP_ADAPTER Adapter) {
    Adapter->RxBuffer = NdisAllocateMemoryWithTagPriority(Adapter->AdapterHandle, 2048,
                                                          MP_TAG, NormalPoolPriority);
    if (Adapter->RxBuffer == NULL)
        return NDIS_STATUS_RESOURCES;
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS
MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle,
               NDIS_HANDLE MiniportDriverContext,
               PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters) {
    NDIS_STATUS Status;
    PMP_ADAPTER Adapter;
    NDIS_MINIPORT_ADAPTER_ATTRIBUTES Attributes;
    NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Interrupt;
    PCM_PARTIAL_RESOURCE_DESCRIPTOR Registers =
        &MiniportInitParameters->AllocatedResources->PartialDescriptors[0];
    UNREFERENCED_PARAMETER(MiniportDriverContext);

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
    switch (Status) {
    case NDIS_STATUS_SUCCESS:
        break;
    default:
        goto FreeAdapter;
    }

    Adapter->CsrLength = Registers->u.Memory.Length;
    Status = NdisMMapIoSpace(&Adapter->Csr, MiniportAdapterHandle,
                             Registers->u.Memory.Start, Adapter->CsrLength);
    switch (Status) {
    case NDIS_STATUS_SUCCESS:
        break;
    default:
        goto FreeAdapter;
    }

    NdisZeroMemory(&Interrupt, sizeof(Interrupt));
    Interrupt.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_INTERRUPT;
    Interrupt.Header.Revision = NDIS_MINIPORT_INTERRUPT_REVISION_1;
    Interrupt.Header.Size = NDIS_SIZEOF_MINIPORT_INTERRUPT_CHARACTERISTICS_REVISION_1;
    Interrupt.InterruptHandler = MPInterrupt;
    Interrupt.InterruptDpcHandler = MPInterruptDpc;
    Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, Adapter, &Interrupt,
                                      &Adapter->InterruptHandle);
    switch (Status) {
    case NDIS_STATUS_SUCCESS:
        break;
    default:
        goto Unmap;
    }

    Status = MPStartReceive(Adapter);
    switch (Status) {
    case NDIS_STATUS_SUCCESS:
        return NDIS_STATUS_SUCCESS;
    case NDIS_STATUS_RESOURCES:
        NdisMUnmapIoSpace(MiniportAdapterHandle, Adapter->Csr, Adapter->CsrLength);
        goto FreeAdapter;
    default:
        break;
    }
    NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
Unmap:
    NdisMUnmapIoSpace(MiniportAdapterHandle, Adapter->Csr, Adapter->CsrLength);
FreeAdapter:
    NdisFreeMemory(Adapter, 0, 0);
    return Status;
}

VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
    UNREFERENCED_PARAMETER(HaltAction);
    NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
    NdisMUnmapIoSpace(Adapter->AdapterHandle, Adapter->Csr, Adapter->CsrLength);
    NdisFreeMemory(Adapter->RxBuffer, 0, 0);
    NdisFreeMemory(Adapter, 0, 0);
}
