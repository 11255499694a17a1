/* Fuzz finding (timeout): examples/leaky-miniport/miniport.c (with miniport.h
 * inlined) minus the NdisZeroMemory of the adapter context in MPInitializeEx.
 * The fields are then unknown at entry, no guarded cleanup point holds, and
 * planInitializeFix walks the handler once per candidate before it falls back
 * to one release per exit: ndis-tidy (release) 1.05 s against 0.12 s with the
 * NdisZeroMemory; under the fuzz build (ASan+UBSan+coverage) 11-17 s, over
 * scripts/fuzz.sh's -timeout=10. Valid C; found as a parse-error mutation
 * that dropped the NULL test and the NdisZeroMemory together. Fast after
 * the planner and memo changes (d633b03, e01e4fe): 0.05 s, 0.6 s in the fuzz
 * build. */
/*
 * miniport.c - NDIS 6.20 miniport for a PCI Ethernet controller: driver
 * entry, adapter initialization and halt, interrupt handling.  Receive and
 * transmit processing are not part of this file.
 */
#include <ndis.h>
/*
 * miniport.h - NDIS 6.20 miniport for a PCI Ethernet controller with one
 * memory-mapped register block (BAR 0), a line-based interrupt and a
 * receive and a transmit descriptor ring in shared memory.
 */
#ifndef _MINIPORT_H
#define _MINIPORT_H

#define MP_NDIS_MAJOR_VERSION       6
#define MP_NDIS_MINOR_VERSION       20
#define MP_DRIVER_MAJOR_VERSION     1
#define MP_DRIVER_MINOR_VERSION     4

#define MP_TAG                      'pmXN'

#define MP_MAX_FRAME_SIZE           1514
#define MP_HEADER_SIZE              14
#define MP_MAX_LOOKAHEAD            (MP_MAX_FRAME_SIZE - MP_HEADER_SIZE)
#define MP_MAX_MCAST_LIST           32
#define MP_LINK_SPEED               1000000000ULL
#define MP_MAC_ADDRESS_LENGTH       6

#define MP_SUPPORTED_FILTERS        (NDIS_PACKET_TYPE_DIRECTED |     \
                                     NDIS_PACKET_TYPE_MULTICAST |    \
                                     NDIS_PACKET_TYPE_ALL_MULTICAST | \
                                     NDIS_PACKET_TYPE_BROADCAST |    \
                                     NDIS_PACKET_TYPE_PROMISCUOUS)

/* Descriptor rings */
typedef struct _MP_DESC {
    ULONG BufferLow;
    ULONG BufferHigh;
    ULONG Length;
    ULONG Status;
} MP_DESC, *PMP_DESC;

#define MP_RX_DESCS                 256
#define MP_TX_DESCS                 256
#define MP_RX_RING_BYTES            (MP_RX_DESCS * sizeof(MP_DESC))
#define MP_TX_RING_BYTES            (MP_TX_DESCS * sizeof(MP_DESC))

/* Control/status registers (offsets into BAR 0) */
#define MP_CSR_BYTES                0x100
#define MP_CSR_ID                   0x00
#define MP_CSR_COMMAND              0x04
#define MP_CSR_INT_STATUS           0x08    /* write 1 to clear */
#define MP_CSR_INT_MASK             0x0C
#define MP_CSR_RX_RING_LOW          0x10
#define MP_CSR_RX_RING_HIGH         0x14
#define MP_CSR_TX_RING_LOW          0x18
#define MP_CSR_TX_RING_HIGH         0x1C
#define MP_CSR_MAC_LOW              0x20
#define MP_CSR_MAC_HIGH             0x24
#define MP_CSR_FILTER               0x28

#define MP_CMD_RX_ENABLE            0x00000001
#define MP_CMD_TX_ENABLE            0x00000002
#define MP_CMD_STOP                 0x00000004
#define MP_CMD_RESET                0x80000000

#define MP_INT_RX_DONE              0x00000001
#define MP_INT_TX_DONE              0x00000002
#define MP_INT_LINK                 0x00000004
#define MP_INT_STOPPED              0x00000008
#define MP_INT_ALL                  0x0000000F

#define MP_STOP_TIMEOUT_MS          2000

/* Adapter flags */
#define fMP_ADAPTER_PAUSED          0x00000001
#define fMP_ADAPTER_SURPRISE_REMOVED 0x00000002

#define MP_SET_FLAG(_A, _F)         ((_A)->Flags |= (_F))
#define MP_CLEAR_FLAG(_A, _F)       ((_A)->Flags &= ~(_F))
#define MP_TEST_FLAG(_A, _F)        (((_A)->Flags & (_F)) != 0)

typedef struct _MP_ADAPTER {
    NDIS_HANDLE             AdapterHandle;
    ULONG                   Flags;

    /* Hardware resources */
    NDIS_PHYSICAL_ADDRESS   CsrPhysical;
    ULONG                   CsrLength;
    PUCHAR                  CsrBase;
    NDIS_HANDLE             InterruptHandle;
    NDIS_HANDLE             DmaHandle;

    /* Descriptor rings */
    PMP_DESC                RxRing;
    NDIS_PHYSICAL_ADDRESS   RxRingPhysical;
    PMP_DESC                TxRing;
    NDIS_PHYSICAL_ADDRESS   TxRingPhysical;

    NDIS_EVENT              StopEvent;

    ULONG                   PacketFilter;
    UCHAR                   PermanentAddress[MP_MAC_ADDRESS_LENGTH];
    UCHAR                   CurrentAddress[MP_MAC_ADDRESS_LENGTH];
} MP_ADAPTER, *PMP_ADAPTER;

#define MP_READ_CSR(_A, _R, _V)     NdisReadRegisterUlong((PULONG)((_A)->CsrBase + (_R)), (_V))
#define MP_WRITE_CSR(_A, _R, _V)    NdisWriteRegisterUlong((PULONG)((_A)->CsrBase + (_R)), (_V))

#endif /* _MINIPORT_H */


DRIVER_INITIALIZE DriverEntry;
static MINIPORT_INITIALIZE MPInitializeEx;
static MINIPORT_HALT MPHaltEx;
static MINIPORT_UNLOAD MPUnload;
static MINIPORT_PAUSE MPPause;
static MINIPORT_RESTART MPRestart;
static MINIPORT_OID_REQUEST MPOidRequest;
static MINIPORT_CANCEL_OID_REQUEST MPCancelOidRequest;
static MINIPORT_SEND_NET_BUFFER_LISTS MPSendNetBufferLists;
static MINIPORT_RETURN_NET_BUFFER_LISTS MPReturnNetBufferLists;
static MINIPORT_CANCEL_SEND MPCancelSend;
static MINIPORT_DEVICE_PNP_EVENT_NOTIFY MPDevicePnPEventNotify;
static MINIPORT_SHUTDOWN MPShutdownEx;
static MINIPORT_ISR MPInterrupt;
static MINIPORT_INTERRUPT_DPC MPInterruptDpc;
static MINIPORT_ENABLE_INTERRUPT MPEnableInterrupt;
static MINIPORT_DISABLE_INTERRUPT MPDisableInterrupt;
static MINIPORT_PROCESS_SG_LIST MPProcessSGList;

static NDIS_HANDLE MPDriverHandle;

static NDIS_OID MPSupportedOids[] = {
    OID_GEN_SUPPORTED_LIST,
    OID_GEN_CURRENT_PACKET_FILTER,
    OID_GEN_MAXIMUM_TOTAL_SIZE,
};

NTSTATUS
DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NDIS_MINIPORT_DRIVER_CHARACTERISTICS Chars;

    NdisZeroMemory(&Chars, sizeof(Chars));
    Chars.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_DRIVER_CHARACTERISTICS;
    Chars.Header.Size = NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    Chars.Header.Revision = NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    Chars.MajorNdisVersion = MP_NDIS_MAJOR_VERSION;
    Chars.MinorNdisVersion = MP_NDIS_MINOR_VERSION;
    Chars.MajorDriverVersion = MP_DRIVER_MAJOR_VERSION;
    Chars.MinorDriverVersion = MP_DRIVER_MINOR_VERSION;

    Chars.InitializeHandlerEx = MPInitializeEx;
    Chars.HaltHandlerEx = MPHaltEx;
    Chars.UnloadHandler = MPUnload;
    Chars.PauseHandler = MPPause;
    Chars.RestartHandler = MPRestart;
    Chars.OidRequestHandler = MPOidRequest;
    Chars.CancelOidRequestHandler = MPCancelOidRequest;
    Chars.SendNetBufferListsHandler = MPSendNetBufferLists;
    Chars.ReturnNetBufferListsHandler = MPReturnNetBufferLists;
    Chars.CancelSendHandler = MPCancelSend;
    Chars.DevicePnPEventNotifyHandler = MPDevicePnPEventNotify;
    Chars.ShutdownHandlerEx = MPShutdownEx;

    return NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL,
                                       &Chars, &MPDriverHandle);
}

static VOID
MPUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    NdisMDeregisterMiniportDriver(MPDriverHandle);
}

static VOID
MPFreeAdapter(PMP_ADAPTER Adapter)
{
    if (Adapter->TxRing != NULL) {
        NdisMFreeSharedMemory(Adapter->AdapterHandle, MP_TX_RING_BYTES, FALSE,
                              Adapter->TxRing, Adapter->TxRingPhysical);
    }
    if (Adapter->RxRing != NULL) {
        NdisMFreeSharedMemory(Adapter->AdapterHandle, MP_RX_RING_BYTES, FALSE,
                              Adapter->RxRing, Adapter->RxRingPhysical);
    }
    if (Adapter->DmaHandle != NULL) {
        NdisMDeregisterScatterGatherDma(Adapter->DmaHandle);
    }
    if (Adapter->CsrBase != NULL) {
        NdisMUnmapIoSpace(Adapter->AdapterHandle, Adapter->CsrBase, Adapter->CsrLength);
    }
    NdisFreeMemory(Adapter, 0, 0);
}

static NDIS_STATUS
MPStartNic(PMP_ADAPTER Adapter)
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

    MP_WRITE_CSR(Adapter, MP_CSR_COMMAND, MP_CMD_RX_ENABLE | MP_CMD_TX_ENABLE);
    return NDIS_STATUS_SUCCESS;
}

static NDIS_STATUS
MPInitializeEx(
    NDIS_HANDLE MiniportAdapterHandle,
    NDIS_HANDLE MiniportDriverContext,
    PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    NDIS_STATUS Status;
    PMP_ADAPTER Adapter;
    NDIS_MINIPORT_ADAPTER_ATTRIBUTES Attributes;
    NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Interrupt;
    NDIS_SG_DMA_DESCRIPTION Dma;
    PCM_PARTIAL_RESOURCE_DESCRIPTOR Resource = NULL;
    ULONG i;

    UNREFERENCED_PARAMETER(MiniportDriverContext);

    Adapter = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle, sizeof(MP_ADAPTER),
                                                MP_TAG, NormalPoolPriority);
    if (Adapter == NULL) {
        Status = NDIS_STATUS_RESOURCES;
        goto Exit;
    }
    Adapter->AdapterHandle = MiniportAdapterHandle;
    Adapter->PacketFilter = NDIS_PACKET_TYPE_DIRECTED | NDIS_PACKET_TYPE_BROADCAST;
    MP_SET_FLAG(Adapter, fMP_ADAPTER_PAUSED);
    NdisInitializeEvent(&Adapter->StopEvent);

    NdisZeroMemory(&Attributes, sizeof(Attributes));
    Attributes.RegistrationAttributes.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES;
    Attributes.RegistrationAttributes.Header.Revision = NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1;
    Attributes.RegistrationAttributes.Header.Size = NDIS_SIZEOF_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1;
    Attributes.RegistrationAttributes.MiniportAdapterContext = Adapter;
    Attributes.RegistrationAttributes.AttributeFlags = NDIS_MINIPORT_ATTRIBUTES_HARDWARE_DEVICE |
                                                       NDIS_MINIPORT_ATTRIBUTES_BUS_MASTER;
    Attributes.RegistrationAttributes.CheckForHangTimeInSeconds = 2;
    Attributes.RegistrationAttributes.InterfaceType = NdisInterfacePci;
    Status = NdisMSetMiniportAttributes(MiniportAdapterHandle, &Attributes);
    if (Status != NDIS_STATUS_SUCCESS) {
        goto Exit;
    }

    for (i = 0; i < MiniportInitParameters->AllocatedResources->Count; i++) {
        if (MiniportInitParameters->AllocatedResources->PartialDescriptors[i].Type == CmResourceTypeMemory) {
            Resource = &MiniportInitParameters->AllocatedResources->PartialDescriptors[i];
            break;
        }
    }
    if (Resource == NULL || Resource->u.Memory.Length < MP_CSR_BYTES) {
        Status = NDIS_STATUS_RESOURCE_CONFLICT;
        goto Exit;
    }
    Adapter->CsrPhysical = Resource->u.Memory.Start;
    Adapter->CsrLength = Resource->u.Memory.Length;
    Status = NdisMMapIoSpace((PVOID *)&Adapter->CsrBase, MiniportAdapterHandle,
                             Adapter->CsrPhysical, Adapter->CsrLength);
    if (Status != NDIS_STATUS_SUCCESS) {
        goto Exit;
    }

    /* Keep the NIC quiet until the rings are set up. */
    MP_WRITE_CSR(Adapter, MP_CSR_INT_MASK, 0);

    NdisZeroMemory(&Interrupt, sizeof(Interrupt));
    Interrupt.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_INTERRUPT;
    Interrupt.Header.Revision = NDIS_MINIPORT_INTERRUPT_REVISION_1;
    Interrupt.Header.Size = NDIS_SIZEOF_MINIPORT_INTERRUPT_CHARACTERISTICS_REVISION_1;
    Interrupt.InterruptHandler = MPInterrupt;
    Interrupt.InterruptDpcHandler = MPInterruptDpc;
    Interrupt.DisableInterruptHandler = MPDisableInterrupt;
    Interrupt.EnableInterruptHandler = MPEnableInterrupt;
    Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, Adapter, &Interrupt,
                                      &Adapter->InterruptHandle);
    if (Status != NDIS_STATUS_SUCCESS) {
        goto Exit;
    }

    NdisZeroMemory(&Dma, sizeof(Dma));
    Dma.Header.Type = NDIS_OBJECT_TYPE_SG_DMA_DESCRIPTION;
    Dma.Header.Revision = NDIS_SG_DMA_DESCRIPTION_REVISION_1;
    Dma.Header.Size = NDIS_SIZEOF_SG_DMA_DESCRIPTION_REVISION_1;
    Dma.Flags = NDIS_SG_DMA_64_BIT_ADDRESS;
    Dma.MaximumPhysicalMapping = MP_MAX_FRAME_SIZE;
    Dma.ProcessSGListHandler = MPProcessSGList;
    Status = NdisMRegisterScatterGatherDma(MiniportAdapterHandle, &Dma, &Adapter->DmaHandle);
    if (Status != NDIS_STATUS_SUCCESS) {
        goto Exit;
    }

    NdisMAllocateSharedMemory(MiniportAdapterHandle, MP_RX_RING_BYTES, FALSE,
                              (PVOID *)&Adapter->RxRing, &Adapter->RxRingPhysical);
    if (Adapter->RxRing == NULL) {
        Status = NDIS_STATUS_RESOURCES;
        goto Exit;
    }
    NdisMAllocateSharedMemory(MiniportAdapterHandle, MP_TX_RING_BYTES, FALSE,
                              (PVOID *)&Adapter->TxRing, &Adapter->TxRingPhysical);
    if (Adapter->TxRing == NULL) {
        Status = NDIS_STATUS_RESOURCES;
        goto Exit;
    }
    NdisZeroMemory(Adapter->RxRing, MP_RX_RING_BYTES);
    NdisZeroMemory(Adapter->TxRing, MP_TX_RING_BYTES);

    Status = MPStartNic(Adapter);
    if (Status != NDIS_STATUS_SUCCESS) {
        goto Exit;
    }

    NdisZeroMemory(&Attributes, sizeof(Attributes));
    Attributes.GeneralAttributes.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES;
    Attributes.GeneralAttributes.Header.Revision = NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_1;
    Attributes.GeneralAttributes.Header.Size = NDIS_SIZEOF_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_1;
    Attributes.GeneralAttributes.MediaType = NdisMedium802_3;
    Attributes.GeneralAttributes.PhysicalMediumType = NdisPhysicalMedium802_3;
    Attributes.GeneralAttributes.MtuSize = MP_MAX_FRAME_SIZE - MP_HEADER_SIZE;
    Attributes.GeneralAttributes.MaxXmitLinkSpeed = MP_LINK_SPEED;
    Attributes.GeneralAttributes.MaxRcvLinkSpeed = MP_LINK_SPEED;
    Attributes.GeneralAttributes.XmitLinkSpeed = NDIS_LINK_SPEED_UNKNOWN;
    Attributes.GeneralAttributes.RcvLinkSpeed = NDIS_LINK_SPEED_UNKNOWN;
    Attributes.GeneralAttributes.MediaConnectState = MediaConnectStateUnknown;
    Attributes.GeneralAttributes.MediaDuplexState = MediaDuplexStateUnknown;
    Attributes.GeneralAttributes.LookaheadSize = MP_MAX_LOOKAHEAD;
    Attributes.GeneralAttributes.MacOptions = NDIS_MAC_OPTION_COPY_LOOKAHEAD_DATA |
                                              NDIS_MAC_OPTION_TRANSFERS_NOT_PEND |
                                              NDIS_MAC_OPTION_NO_LOOPBACK;
    Attributes.GeneralAttributes.SupportedPacketFilters = MP_SUPPORTED_FILTERS;
    Attributes.GeneralAttributes.MaxMulticastListSize = MP_MAX_MCAST_LIST;
    Attributes.GeneralAttributes.MacAddressLength = MP_MAC_ADDRESS_LENGTH;
    NdisMoveMemory(Attributes.GeneralAttributes.PermanentMacAddress,
                   Adapter->PermanentAddress, MP_MAC_ADDRESS_LENGTH);
    NdisMoveMemory(Attributes.GeneralAttributes.CurrentMacAddress,
                   Adapter->CurrentAddress, MP_MAC_ADDRESS_LENGTH);
    Attributes.GeneralAttributes.AccessType = NET_IF_ACCESS_BROADCAST;
    Attributes.GeneralAttributes.DirectionType = NET_IF_DIRECTION_SENDRECEIVE;
    Attributes.GeneralAttributes.ConnectionType = NET_IF_CONNECTION_DEDICATED;
    Attributes.GeneralAttributes.IfType = IF_TYPE_ETHERNET_CSMACD;
    Attributes.GeneralAttributes.IfConnectorPresent = TRUE;
    Attributes.GeneralAttributes.SupportedStatistics = NDIS_STATISTICS_XMIT_OK_SUPPORTED |
                                                       NDIS_STATISTICS_RCV_OK_SUPPORTED;
    Attributes.GeneralAttributes.SupportedPauseFunctions = NdisPauseFunctionsUnsupported;
    Attributes.GeneralAttributes.SupportedOidList = MPSupportedOids;
    Attributes.GeneralAttributes.SupportedOidListLength = sizeof(MPSupportedOids);
    Status = NdisMSetMiniportAttributes(MiniportAdapterHandle, &Attributes);
    if (Status != NDIS_STATUS_SUCCESS) {
        goto Exit;
    }

    MP_WRITE_CSR(Adapter, MP_CSR_INT_MASK, MP_INT_ALL);

Exit:
    if (Status != NDIS_STATUS_SUCCESS) {
        if (Adapter != NULL) {
            MPFreeAdapter(Adapter);
        }
    }
    return Status;
}

static VOID
MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;

    if (HaltAction != NdisHaltDeviceSurpriseRemoved &&
        !MP_TEST_FLAG(Adapter, fMP_ADAPTER_SURPRISE_REMOVED)) {
        /* Stop both DMA engines; the NIC raises MP_INT_STOPPED once idle. */
        NdisResetEvent(&Adapter->StopEvent);
        MP_WRITE_CSR(Adapter, MP_CSR_COMMAND, MP_CMD_STOP);
        if (!NdisWaitEvent(&Adapter->StopEvent, MP_STOP_TIMEOUT_MS)) {
            /* The NIC may still be writing into the rings: leak them
               rather than free memory it can still reach. */
            MP_WRITE_CSR(Adapter, MP_CSR_INT_MASK, 0);
            return;
        }
        MP_WRITE_CSR(Adapter, MP_CSR_INT_MASK, 0);
    }

    NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
    MPFreeAdapter(Adapter);
}

static BOOLEAN
MPInterrupt(NDIS_HANDLE MiniportInterruptContext, PBOOLEAN QueueDefaultInterruptDpc,
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
    MP_WRITE_CSR(Adapter, MP_CSR_INT_MASK, 0);
    *QueueDefaultInterruptDpc = TRUE;
    return TRUE;
}

static VOID
MPInterruptDpc(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext,
               PVOID ReceiveThrottleParameters, PVOID NdisReserved2)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportInterruptContext;
    ULONG Pending;

    UNREFERENCED_PARAMETER(MiniportDpcContext);
    UNREFERENCED_PARAMETER(ReceiveThrottleParameters);
    UNREFERENCED_PARAMETER(NdisReserved2);

    MP_READ_CSR(Adapter, MP_CSR_INT_STATUS, &Pending);
    MP_WRITE_CSR(Adapter, MP_CSR_INT_STATUS, Pending);
    if (Pending & MP_INT_STOPPED) {
        NdisSetEvent(&Adapter->StopEvent);
        return;
    }
    MP_WRITE_CSR(Adapter, MP_CSR_INT_MASK, MP_INT_ALL);
}

static VOID
MPEnableInterrupt(NDIS_HANDLE MiniportInterruptContext)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportInterruptContext;
    MP_WRITE_CSR(Adapter, MP_CSR_INT_MASK, MP_INT_ALL);
}

static VOID
MPDisableInterrupt(NDIS_HANDLE MiniportInterruptContext)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportInterruptContext;
    MP_WRITE_CSR(Adapter, MP_CSR_INT_MASK, 0);
}

static NDIS_STATUS
MPPause(NDIS_HANDLE MiniportAdapterContext, PNDIS_MINIPORT_PAUSE_PARAMETERS PauseParameters)
{
    UNREFERENCED_PARAMETER(PauseParameters);
    MP_SET_FLAG((PMP_ADAPTER)MiniportAdapterContext, fMP_ADAPTER_PAUSED);
    return NDIS_STATUS_SUCCESS;
}

static NDIS_STATUS
MPRestart(NDIS_HANDLE MiniportAdapterContext, PNDIS_MINIPORT_RESTART_PARAMETERS RestartParameters)
{
    UNREFERENCED_PARAMETER(RestartParameters);
    MP_CLEAR_FLAG((PMP_ADAPTER)MiniportAdapterContext, fMP_ADAPTER_PAUSED);
    return NDIS_STATUS_SUCCESS;
}

static NDIS_STATUS
MPOidRequest(NDIS_HANDLE MiniportAdapterContext, PNDIS_OID_REQUEST OidRequest)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
    ULONG Filter;

    /* Everything else is answered by NDIS from the general attributes. */
    if (OidRequest->RequestType != NdisRequestSetInformation ||
        OidRequest->DATA.SET_INFORMATION.Oid != OID_GEN_CURRENT_PACKET_FILTER) {
        return NDIS_STATUS_NOT_SUPPORTED;
    }
    if (OidRequest->DATA.SET_INFORMATION.InformationBufferLength < sizeof(ULONG)) {
        OidRequest->DATA.SET_INFORMATION.BytesNeeded = sizeof(ULONG);
        return NDIS_STATUS_INVALID_LENGTH;
    }
    NdisMoveMemory(&Filter, OidRequest->DATA.SET_INFORMATION.InformationBuffer, sizeof(ULONG));
    if (Filter & ~MP_SUPPORTED_FILTERS) {
        return NDIS_STATUS_NOT_SUPPORTED;
    }
    Adapter->PacketFilter = Filter;
    MP_WRITE_CSR(Adapter, MP_CSR_FILTER, Filter);
    OidRequest->DATA.SET_INFORMATION.BytesRead = sizeof(ULONG);
    return NDIS_STATUS_SUCCESS;
}

static VOID
MPSendNetBufferLists(NDIS_HANDLE MiniportAdapterContext, PNET_BUFFER_LIST NetBufferLists,
                     NDIS_PORT_NUMBER PortNumber, ULONG SendFlags)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
    PNET_BUFFER_LIST Nbl;
    ULONG CompleteFlags = 0;

    UNREFERENCED_PARAMETER(PortNumber);
    /* Transmit is not part of this file: complete everything. */
    for (Nbl = NetBufferLists; Nbl != NULL; Nbl = NET_BUFFER_LIST_NEXT_NBL(Nbl)) {
        NET_BUFFER_LIST_STATUS(Nbl) = MP_TEST_FLAG(Adapter, fMP_ADAPTER_PAUSED)
                                          ? NDIS_STATUS_PAUSED : NDIS_STATUS_FAILURE;
    }
    if (NDIS_TEST_SEND_AT_DISPATCH_LEVEL(SendFlags)) {
        NDIS_SET_SEND_COMPLETE_FLAG(CompleteFlags, NDIS_SEND_COMPLETE_FLAGS_DISPATCH_LEVEL);
    }
    NdisMSendNetBufferListsComplete(Adapter->AdapterHandle, NetBufferLists, CompleteFlags);
}

static VOID
MPReturnNetBufferLists(NDIS_HANDLE MiniportAdapterContext, PNET_BUFFER_LIST NetBufferLists,
                       ULONG ReturnFlags)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(NetBufferLists);
    UNREFERENCED_PARAMETER(ReturnFlags);
}

static VOID
MPProcessSGList(PDEVICE_OBJECT pDO, PVOID Reserved, PSCATTER_GATHER_LIST pSGL, PVOID Context)
{
    UNREFERENCED_PARAMETER(pDO);
    UNREFERENCED_PARAMETER(Reserved);
    UNREFERENCED_PARAMETER(pSGL);
    UNREFERENCED_PARAMETER(Context);
}

static VOID
MPCancelSend(NDIS_HANDLE MiniportAdapterContext, PVOID CancelId)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(CancelId);
}

static VOID
MPCancelOidRequest(NDIS_HANDLE MiniportAdapterContext, PVOID RequestId)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(RequestId);
}

static VOID
MPDevicePnPEventNotify(NDIS_HANDLE MiniportAdapterContext, PNET_DEVICE_PNP_EVENT NetDevicePnPEvent)
{
    if (NetDevicePnPEvent->DevicePnPEvent == NdisDevicePnPEventSurpriseRemoved) {
        MP_SET_FLAG((PMP_ADAPTER)MiniportAdapterContext, fMP_ADAPTER_SURPRISE_REMOVED);
    }
}

static VOID
MPShutdownEx(NDIS_HANDLE MiniportAdapterContext, NDIS_SHUTDOWN_ACTION ShutdownAction)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(ShutdownAction);
    if (!MP_TEST_FLAG(Adapter, fMP_ADAPTER_SURPRISE_REMOVED)) {
        MP_WRITE_CSR(Adapter, MP_CSR_INT_MASK, 0);
        MP_WRITE_CSR(Adapter, MP_CSR_COMMAND, MP_CMD_RESET);
    }
}
