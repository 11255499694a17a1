/*
 * A miniport whose free routine releases the interrupt under the wrong flag
 * bit: the one set once the receive buffer exists, not the one set after the
 * registration. The failure between the two leaks the interrupt. A release
 * under the registration bit, before the free routine, would be followed on
 * the last failure (both bits set) by the routine's own release: the fix
 * must not go there.
 */
#include <ndis.h>

#define MP_TAG 'tfSM'
#define fMP_INTERRUPT_IN_USE 0x00000001
#define fMP_RX_BUFFER        0x00000002
#define MP_SET_FLAG(_A, _F)  ((_A)->Flags |= (_F))
#define MP_TEST_FLAG(_A, _F) (((_A)->Flags & (_F)) != 0)

typedef struct _MP_ADAPTER {
    ULONG Flags;
    NDIS_HANDLE InterruptHandle;
    PVOID RxBuffer;
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

static VOID MPFreeAdapter(PMP_ADAPTER Adapter) {
    if (MP_TEST_FLAG(Adapter, fMP_RX_BUFFER)) {
        NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
        NdisFreeMemory(Adapter->RxBuffer, 0, 0);
    }
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

    do {
        NdisZeroMemory(&Attributes, sizeof(Attributes));
        Attributes.RegistrationAttributes.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES;
        Attributes.RegistrationAttributes.Header.Revision = NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1;
        Attributes.RegistrationAttributes.Header.Size = NDIS_SIZEOF_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1;
        Attributes.RegistrationAttributes.MiniportAdapterContext = Adapter;
        Status = NdisMSetMiniportAttributes(MiniportAdapterHandle, &Attributes);
        if (Status != NDIS_STATUS_SUCCESS)
            break;

        NdisZeroMemory(&Interrupt, sizeof(Interrupt));
        Interrupt.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_INTERRUPT;
        Interrupt.Header.Revision = NDIS_MINIPORT_INTERRUPT_REVISION_1;
        Interrupt.Header.Size = NDIS_SIZEOF_MINIPORT_INTERRUPT_CHARACTERISTICS_REVISION_1;
        Interrupt.InterruptHandler = MPInterrupt;
        Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, Adapter, &Interrupt,
                                          &Adapter->InterruptHandle);
        if (Status != NDIS_STATUS_SUCCESS)
            break;
        MP_SET_FLAG(Adapter, fMP_INTERRUPT_IN_USE);

        Adapter->RxBuffer = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle, 2048,
                                                              MP_TAG, NormalPoolPriority);
        if (Adapter->RxBuffer == NULL) {
            Status = NDIS_STATUS_RESOURCES;
            break;
        }
        MP_SET_FLAG(Adapter, fMP_RX_BUFFER);

        Status = NdisMSetMiniportAttributes(MiniportAdapterHandle, &Attributes);
    } while (FALSE);

    if (Status != NDIS_STATUS_SUCCESS)
        MPFreeAdapter(Adapter);
    return Status;
}

VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
    UNREFERENCED_PARAMETER(HaltAction);
    MPFreeAdapter((PMP_ADAPTER)MiniportAdapterContext);
}
