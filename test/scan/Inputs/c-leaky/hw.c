/*
 * hw.c - the controller: register mapping, interrupt registration and the
 * interrupt callbacks, NIC start, interrupt masking, receive filter.
 */
#include <ndis.h>
#include "miniport.h"

static MINIPORT_ISR HwInterrupt;
static MINIPORT_INTERRUPT_DPC HwInterruptDpc;
static MINIPORT_ENABLE_INTERRUPT HwEnableInterruptCallback;
static MINIPORT_DISABLE_INTERRUPT HwDisableInterruptCallback;

NDIS_STATUS
HwMapRegisters(PMP_ADAPTER Adapter, PNDIS_RESOURCE_LIST Resources)
{
    PCM_PARTIAL_RESOURCE_DESCRIPTOR Resource = NULL;
    ULONG i;

    for (i = 0; i < Resources->Count; i++) {
        if (Resources->PartialDescriptors[i].Type == CmResourceTypeMemory) {
            Resource = &Resources->PartialDescriptors[i];
            break;
        }
    }
    if (Resource == NULL || Resource->u.Memory.Length < MP_CSR_BYTES) {
        return NDIS_STATUS_RESOURCE_CONFLICT;
    }
    Adapter->CsrPhysical = Resource->u.Memory.Start;
    Adapter->CsrLength = Resource->u.Memory.Length;
    return NdisMMapIoSpace((PVOID *)&Adapter->CsrBase, Adapter->AdapterHandle,
                           Adapter->CsrPhysical, Adapter->CsrLength);
}

VOID
HwUnmapRegisters(PMP_ADAPTER Adapter)
{
    if (Adapter->CsrBase != NULL) {
        NdisMUnmapIoSpace(Adapter->AdapterHandle, Adapter->CsrBase, Adapter->CsrLength);
        Adapter->CsrBase = NULL;
    }
}

NDIS_STATUS
HwRegisterInterrupt(PMP_ADAPTER Adapter)
{
    NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Interrupt;
    NDIS_STATUS Status;

    /* Keep the NIC quiet until initialize has finished. */
    MP_WRITE_CSR(Adapter, MP_CSR_INT_MASK, 0);

    NdisZeroMemory(&Interrupt, sizeof(Interrupt));
    Interrupt.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_INTERRUPT;
    Interrupt.Header.Revision = NDIS_MINIPORT_INTERRUPT_REVISION_1;
    Interrupt.Header.Size = NDIS_SIZEOF_MINIPORT_INTERRUPT_CHARACTERISTICS_REVISION_1;
    Interrupt.InterruptHandler = HwInterrupt;
    Interrupt.InterruptDpcHandler = HwInterruptDpc;
    Interrupt.DisableInterruptHandler = HwDisableInterruptCallback;
    Interrupt.EnableInterruptHandler = HwEnableInterruptCallback;
    Status = NdisMRegisterInterruptEx(Adapter->AdapterHandle, Adapter, &Interrupt,
                                      &Adapter->InterruptHandle);
    return Status;
}

NDIS_STATUS
HwStartNic(PMP_ADAPTER Adapter)
{
    ULONG Id, MacLow, MacHigh;

    MP_READ_CSR(Adapter, MP_CSR_ID, &Id);
    if (Id == 0xFFFFFFFF) {
        return NDIS_STATUS_ADAPTER_NOT_FOUND;
    }

    MP_WRITE_CSR(Adapter, MP_CSR_COMMAND, MP_CMD_RESET);
    NdisStallExecution(10);

    MP_WRITE_CSR(Adapter, MP_CSR_RX_RING_LOW, NdisGetPhysicalAddressLow(Adapter->RxRingPhysical));
    MP_WRITE_CSR(Adapter, MP_CSR_RX_RING_HIGH, NdisGetPhysicalAddressHigh(Adapter->RxRingPhysical));
    MP_WRITE_CSR(Adapter, MP_CSR_TX_RING_LOW, NdisGetPhysicalAddressLow(Adapter->TxRingPhysical));
    MP_WRITE_CSR(Adapter, MP_CSR_TX_RING_HIGH, NdisGetPhysicalAddressHigh(Adapter->TxRingPhysical));

    MP_READ_CSR(Adapter, MP_CSR_MAC_LOW, &MacLow);
    MP_READ_CSR(Adapter, MP_CSR_MAC_HIGH, &MacHigh);
    NdisMoveMemory(Adapter->PermanentAddress, &MacLow, 4);
    NdisMoveMemory(Adapter->PermanentAddress + 4, &MacHigh, 2);
    NdisMoveMemory(Adapter->CurrentAddress, Adapter->PermanentAddress, MP_MAC_ADDRESS_LENGTH);

    MP_WRITE_CSR(Adapter, MP_CSR_FILTER, Adapter->PacketFilter);
    MP_WRITE_CSR(Adapter, MP_CSR_COMMAND, MP_CMD_RX_ENABLE | MP_CMD_TX_ENABLE);
    return NDIS_STATUS_SUCCESS;
}

VOID
HwEnableInterrupt(PMP_ADAPTER Adapter)
{
    MP_WRITE_CSR(Adapter, MP_CSR_INT_MASK, MP_INT_ALL);
}

VOID
HwDisableInterrupt(PMP_ADAPTER Adapter)
{
    MP_WRITE_CSR(Adapter, MP_CSR_INT_MASK, 0);
}

VOID
HwSetPacketFilter(PMP_ADAPTER Adapter, ULONG Filter)
{
    Adapter->PacketFilter = Filter;
    MP_WRITE_CSR(Adapter, MP_CSR_FILTER, Filter);
}

static BOOLEAN
HwInterrupt(NDIS_HANDLE MiniportInterruptContext, PBOOLEAN QueueDefaultInterruptDpc,
            PULONG TargetProcessors)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportInterruptContext;
    ULONG Pending;

    *TargetProcessors = 0;
    MP_READ_CSR(Adapter, MP_CSR_INT_STATUS, &Pending);
    if ((Pending & MP_INT_ALL) == 0) {
        *QueueDefaultInterruptDpc = FALSE;
        return FALSE;
    }
    Adapter->InterruptCount++;
    MP_WRITE_CSR(Adapter, MP_CSR_INT_MASK, 0);
    *QueueDefaultInterruptDpc = TRUE;
    return TRUE;
}

static VOID
HwInterruptDpc(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext,
               PVOID ReceiveThrottleParameters, PVOID NdisReserved2)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportInterruptContext;
    ULONG Pending;

    UNREFERENCED_PARAMETER(MiniportDpcContext);
    UNREFERENCED_PARAMETER(ReceiveThrottleParameters);
    UNREFERENCED_PARAMETER(NdisReserved2);

    MP_READ_CSR(Adapter, MP_CSR_INT_STATUS, &Pending);
    MP_WRITE_CSR(Adapter, MP_CSR_INT_STATUS, Pending);
    if (Pending & MP_INT_LINK) {
        Adapter->LinkChanges++;
    }
    MP_WRITE_CSR(Adapter, MP_CSR_INT_MASK, MP_INT_ALL);
}

static VOID
HwEnableInterruptCallback(NDIS_HANDLE MiniportInterruptContext)
{
    HwEnableInterrupt((PMP_ADAPTER)MiniportInterruptContext);
}

static VOID
HwDisableInterruptCallback(NDIS_HANDLE MiniportInterruptContext)
{
    HwDisableInterrupt((PMP_ADAPTER)MiniportInterruptContext);
}
