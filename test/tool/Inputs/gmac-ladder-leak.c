/*
 * gmac-ladder-leak.c - NDIS 6.20 miniport for an embedded gigabit MAC (rings in
 * shared memory, one MMIO window, line interrupt).  Initialization uses a
 * goto ladder that unwinds in reverse order of acquisition; no role-type
 * declarations, the characteristics are a designated initializer.
 *
 * HARNESS: INIT=GmacInitialize HALT=GmacHalt
 */
#include <ndis.h>

#define GMAC_POOL_TAG           'CAMG'
#define GMAC_MMIO_MIN           0x200
#define GMAC_RX_COUNT           128
#define GMAC_TX_COUNT           128
#define GMAC_DESC_SIZE          16
#define GMAC_MTU                1500
#define GMAC_LINK_SPEED         1000000000ULL

#define GMAC_REG_VERSION        0x000
#define GMAC_REG_CONTROL        0x004
#define GMAC_REG_IRQ_STATUS     0x008
#define GMAC_REG_IRQ_ENABLE     0x00C
#define GMAC_REG_RX_BASE        0x010
#define GMAC_REG_TX_BASE        0x018
#define GMAC_REG_MAC0           0x020
#define GMAC_REG_MAC1           0x024
#define GMAC_REG_DMA_STATUS     0x030

#define GMAC_CTRL_RESET         0x80000000
#define GMAC_CTRL_RX_EN         0x00000001
#define GMAC_CTRL_TX_EN         0x00000002
#define GMAC_IRQ_ALL            0x000000FF
#define GMAC_VERSION_MASK       0x0000FF00
#define GMAC_VERSION_SUPPORTED  0x00000300

#define GMAC_FLAG_PAUSED        0x0001
#define GMAC_FLAG_REMOVED       0x0002
#define GMAC_FLAG_LINK_UP       0x0004

#define MP_SET_FLAG(_A, _F)     ((_A)->Flags |= (_F))
#define MP_CLEAR_FLAG(_A, _F)   ((_A)->Flags &= ~(_F))
#define MP_TEST_FLAG(_A, _F)    (((_A)->Flags & (_F)) != 0)

#define GMAC_LOG(_x)            do { KdPrint(_x); } while (0)

typedef struct _GMAC_RING {
    PVOID                   Va;
    NDIS_PHYSICAL_ADDRESS   Pa;
    ULONG                   Size;
    ULONG                   Head;
    ULONG                   Tail;
} GMAC_RING, *PGMAC_RING;

typedef struct _GMAC_ADAPTER {
    NDIS_HANDLE             MiniportHandle;
    ULONG                   Flags;
    PUCHAR                  Regs;
    ULONG                   RegsLength;
    NDIS_PHYSICAL_ADDRESS   RegsPhysical;
    NDIS_HANDLE             InterruptHandle;
    NDIS_HANDLE             DmaHandle;
    GMAC_RING               RxRing;
    GMAC_RING               TxRing;
    UCHAR                   MacAddress[6];
    ULONG                   Version;
    NDIS_EVENT              DmaIdleEvent;
} GMAC_ADAPTER, *PGMAC_ADAPTER;

static __inline ULONG GmacRead(PGMAC_ADAPTER A, ULONG Reg)
{
    ULONG v;
    NdisReadRegisterUlong((PULONG)(A->Regs + Reg), &v);
    return v;
}

static __inline VOID GmacWrite(PGMAC_ADAPTER A, ULONG Reg, ULONG Value)
{
    NdisWriteRegisterUlong((PULONG)(A->Regs + Reg), Value);
}

static NDIS_STATUS GmacInitialize(NDIS_HANDLE, NDIS_HANDLE, PNDIS_MINIPORT_INIT_PARAMETERS);
static VOID GmacHalt(NDIS_HANDLE, NDIS_HALT_ACTION);
static VOID GmacUnload(PDRIVER_OBJECT);
static NDIS_STATUS GmacPause(NDIS_HANDLE, PNDIS_MINIPORT_PAUSE_PARAMETERS);
static NDIS_STATUS GmacRestart(NDIS_HANDLE, PNDIS_MINIPORT_RESTART_PARAMETERS);
static NDIS_STATUS GmacOidRequest(NDIS_HANDLE, PNDIS_OID_REQUEST);
static VOID GmacSend(NDIS_HANDLE, PNET_BUFFER_LIST, NDIS_PORT_NUMBER, ULONG);
static VOID GmacReturn(NDIS_HANDLE, PNET_BUFFER_LIST, ULONG);
static VOID GmacCancelSend(NDIS_HANDLE, PVOID);
static VOID GmacPnp(NDIS_HANDLE, PNET_DEVICE_PNP_EVENT);
static VOID GmacShutdown(NDIS_HANDLE, NDIS_SHUTDOWN_ACTION);
static VOID GmacCancelOid(NDIS_HANDLE, PVOID);
static BOOLEAN GmacIsr(NDIS_HANDLE, PBOOLEAN, PULONG);
static VOID GmacDpc(NDIS_HANDLE, PVOID, PVOID, PVOID);
static VOID GmacEnableIrq(NDIS_HANDLE);
static VOID GmacDisableIrq(NDIS_HANDLE);
static VOID GmacProcessSg(PDEVICE_OBJECT, PVOID, PSCATTER_GATHER_LIST, PVOID);

static NDIS_HANDLE GmacDriverHandle;

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath);

NTSTATUS
DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NDIS_MINIPORT_DRIVER_CHARACTERISTICS Chars = {
        .Header = {
            .Type = NDIS_OBJECT_TYPE_MINIPORT_DRIVER_CHARACTERISTICS,
            .Revision = NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2,
            .Size = NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2,
        },
        .MajorNdisVersion = 6,
        .MinorNdisVersion = 20,
        .MajorDriverVersion = 2,
        .MinorDriverVersion = 1,
        .InitializeHandlerEx = GmacInitialize,
        .HaltHandlerEx = GmacHalt,
        .UnloadHandler = GmacUnload,
        .PauseHandler = GmacPause,
        .RestartHandler = GmacRestart,
        .OidRequestHandler = GmacOidRequest,
        .SendNetBufferListsHandler = GmacSend,
        .ReturnNetBufferListsHandler = GmacReturn,
        .CancelSendHandler = GmacCancelSend,
        .DevicePnPEventNotifyHandler = GmacPnp,
        .ShutdownHandlerEx = GmacShutdown,
        .CancelOidRequestHandler = GmacCancelOid,
    };

    return NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &Chars,
                                       &GmacDriverHandle);
}

static VOID
GmacUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    NdisMDeregisterMiniportDriver(GmacDriverHandle);
}

static NDIS_STATUS
GmacAllocRing(PGMAC_ADAPTER Adapter, PGMAC_RING Ring, ULONG Count)
{
    Ring->Size = Count * GMAC_DESC_SIZE;
    NdisMAllocateSharedMemory(Adapter->MiniportHandle, Ring->Size, FALSE, &Ring->Va, &Ring->Pa);
    if (Ring->Va == NULL) {
        return NDIS_STATUS_RESOURCES;
    }
    NdisZeroMemory(Ring->Va, Ring->Size);
    Ring->Head = Ring->Tail = 0;
    return NDIS_STATUS_SUCCESS;
}

static VOID
GmacFreeRing(PGMAC_ADAPTER Adapter, PGMAC_RING Ring)
{
    NdisMFreeSharedMemory(Adapter->MiniportHandle, Ring->Size, FALSE, Ring->Va, Ring->Pa);
    Ring->Va = NULL;
}

static NDIS_STATUS
GmacResetHardware(PGMAC_ADAPTER Adapter)
{
    ULONG Version;

    GmacWrite(Adapter, GMAC_REG_IRQ_ENABLE, 0);
    GmacWrite(Adapter, GMAC_REG_CONTROL, GMAC_CTRL_RESET);
    NdisStallExecution(50);
    Version = GmacRead(Adapter, GMAC_REG_VERSION);
    if (Version == 0xFFFFFFFF) {
        GMAC_LOG(("GMAC: device gone\n"));
        return NDIS_STATUS_ADAPTER_NOT_FOUND;
    }
    if ((Version & GMAC_VERSION_MASK) > GMAC_VERSION_SUPPORTED) {
        GMAC_LOG(("GMAC: unsupported version %x\n", Version));
        return NDIS_STATUS_NOT_SUPPORTED;
    }
    Adapter->Version = Version;
    return NDIS_STATUS_SUCCESS;
}

static VOID
GmacStartHardware(PGMAC_ADAPTER Adapter)
{
    ULONG Mac0 = GmacRead(Adapter, GMAC_REG_MAC0);
    ULONG Mac1 = GmacRead(Adapter, GMAC_REG_MAC1);

    NdisMoveMemory(Adapter->MacAddress, &Mac0, 4);
    NdisMoveMemory(Adapter->MacAddress + 4, &Mac1, 2);
    GmacWrite(Adapter, GMAC_REG_RX_BASE, NdisGetPhysicalAddressLow(Adapter->RxRing.Pa));
    GmacWrite(Adapter, GMAC_REG_TX_BASE, NdisGetPhysicalAddressLow(Adapter->TxRing.Pa));
    GmacWrite(Adapter, GMAC_REG_CONTROL, GMAC_CTRL_RX_EN | GMAC_CTRL_TX_EN);
}

static NDIS_STATUS
GmacSetGeneralAttributes(PGMAC_ADAPTER Adapter)
{
    NDIS_MINIPORT_ADAPTER_ATTRIBUTES Attributes;

    NdisZeroMemory(&Attributes, sizeof(Attributes));
    Attributes.GeneralAttributes.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES;
    Attributes.GeneralAttributes.Header.Revision = NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_1;
    Attributes.GeneralAttributes.Header.Size = NDIS_SIZEOF_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_1;
    Attributes.GeneralAttributes.MediaType = NdisMedium802_3;
    Attributes.GeneralAttributes.PhysicalMediumType = NdisPhysicalMedium802_3;
    Attributes.GeneralAttributes.MtuSize = GMAC_MTU;
    Attributes.GeneralAttributes.MaxXmitLinkSpeed = GMAC_LINK_SPEED;
    Attributes.GeneralAttributes.MaxRcvLinkSpeed = GMAC_LINK_SPEED;
    Attributes.GeneralAttributes.MediaConnectState = MediaConnectStateUnknown;
    Attributes.GeneralAttributes.LookaheadSize = GMAC_MTU;
    Attributes.GeneralAttributes.MacAddressLength = 6;
    NdisMoveMemory(Attributes.GeneralAttributes.PermanentMacAddress, Adapter->MacAddress, 6);
    NdisMoveMemory(Attributes.GeneralAttributes.CurrentMacAddress, Adapter->MacAddress, 6);
    Attributes.GeneralAttributes.IfType = IF_TYPE_ETHERNET_CSMACD;
    Attributes.GeneralAttributes.IfConnectorPresent = TRUE;
    return NdisMSetMiniportAttributes(Adapter->MiniportHandle, &Attributes);
}

static NDIS_STATUS
GmacInitialize(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE MiniportDriverContext,
               PNDIS_MINIPORT_INIT_PARAMETERS InitParameters)
{
    NDIS_STATUS status;
    PGMAC_ADAPTER adapter;
    NDIS_MINIPORT_ADAPTER_ATTRIBUTES attributes;
    NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS irq;
    NDIS_SG_DMA_DESCRIPTION dma;
    PCM_PARTIAL_RESOURCE_DESCRIPTOR desc;
    ULONG i;

    UNREFERENCED_PARAMETER(MiniportDriverContext);

    adapter = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle, sizeof(*adapter),
                                                GMAC_POOL_TAG, NormalPoolPriority);
    if (!adapter) {
        return NDIS_STATUS_RESOURCES;
    }
    NdisZeroMemory(adapter, sizeof(*adapter));
    adapter->MiniportHandle = MiniportAdapterHandle;
    MP_SET_FLAG(adapter, GMAC_FLAG_PAUSED);
    NdisInitializeEvent(&adapter->DmaIdleEvent);

    NdisZeroMemory(&attributes, sizeof(attributes));
    attributes.RegistrationAttributes.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES;
    attributes.RegistrationAttributes.Header.Revision = NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1;
    attributes.RegistrationAttributes.Header.Size = NDIS_SIZEOF_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1;
    attributes.RegistrationAttributes.MiniportAdapterContext = adapter;
    attributes.RegistrationAttributes.AttributeFlags = NDIS_MINIPORT_ATTRIBUTES_HARDWARE_DEVICE |
                                                       NDIS_MINIPORT_ATTRIBUTES_BUS_MASTER;
    attributes.RegistrationAttributes.InterfaceType = NdisInterfacePNPBus;
    status = NdisMSetMiniportAttributes(MiniportAdapterHandle, &attributes);
    if (status != NDIS_STATUS_SUCCESS) {
        goto err_free_adapter;
    }

    desc = NULL;
    for (i = 0; i < InitParameters->AllocatedResources->Count; i++) {
        if (InitParameters->AllocatedResources->PartialDescriptors[i].Type == CmResourceTypeMemory) {
            desc = &InitParameters->AllocatedResources->PartialDescriptors[i];
            break;
        }
    }
    if (desc == NULL || desc->u.Memory.Length < GMAC_MMIO_MIN) {
        status = NDIS_STATUS_RESOURCE_CONFLICT;
        goto err_free_adapter;
    }
    adapter->RegsPhysical = desc->u.Memory.Start;
    adapter->RegsLength = desc->u.Memory.Length;
    status = NdisMMapIoSpace((PVOID *)&adapter->Regs, MiniportAdapterHandle,
                             adapter->RegsPhysical, adapter->RegsLength);
    if (status != NDIS_STATUS_SUCCESS) {
        goto err_free_adapter;
    }

    status = GmacResetHardware(adapter);
    if (status != NDIS_STATUS_SUCCESS) {
        goto err_unmap;
    }

    NdisZeroMemory(&dma, sizeof(dma));
    dma.Header.Type = NDIS_OBJECT_TYPE_SG_DMA_DESCRIPTION;
    dma.Header.Revision = NDIS_SG_DMA_DESCRIPTION_REVISION_1;
    dma.Header.Size = NDIS_SIZEOF_SG_DMA_DESCRIPTION_REVISION_1;
    dma.Flags = NDIS_SG_DMA_64_BIT_ADDRESS;
    dma.MaximumPhysicalMapping = GMAC_MTU + 14;
    dma.ProcessSGListHandler = GmacProcessSg;
    status = NdisMRegisterScatterGatherDma(MiniportAdapterHandle, &dma, &adapter->DmaHandle);
    if (status != NDIS_STATUS_SUCCESS) {
        goto err_unmap;
    }

    status = GmacAllocRing(adapter, &adapter->RxRing, GMAC_RX_COUNT);
    if (status != NDIS_STATUS_SUCCESS) {
        goto err_dereg_dma;
    }
    status = GmacAllocRing(adapter, &adapter->TxRing, GMAC_TX_COUNT);
    if (status != NDIS_STATUS_SUCCESS) {
        goto err_free_rx;
    }

    NdisZeroMemory(&irq, sizeof(irq));
    irq.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_INTERRUPT;
    irq.Header.Revision = NDIS_MINIPORT_INTERRUPT_REVISION_1;
    irq.Header.Size = NDIS_SIZEOF_MINIPORT_INTERRUPT_CHARACTERISTICS_REVISION_1;
    irq.InterruptHandler = GmacIsr;
    irq.InterruptDpcHandler = GmacDpc;
    irq.EnableInterruptHandler = GmacEnableIrq;
    irq.DisableInterruptHandler = GmacDisableIrq;
    status = NdisMRegisterInterruptEx(MiniportAdapterHandle, adapter, &irq,
                                      &adapter->InterruptHandle);
    if (status != NDIS_STATUS_SUCCESS) {
        GMAC_LOG(("GMAC: NdisMRegisterInterruptEx: %x\n", status));
        goto err_free_tx;
    }

    GmacStartHardware(adapter);

    status = GmacSetGeneralAttributes(adapter);
    if (status != NDIS_STATUS_SUCCESS) {
        goto err_free_tx;
    }

    GmacWrite(adapter, GMAC_REG_IRQ_ENABLE, GMAC_IRQ_ALL);
    return NDIS_STATUS_SUCCESS;

err_stop:
    GmacWrite(adapter, GMAC_REG_CONTROL, GMAC_CTRL_RESET);
    NdisMDeregisterInterruptEx(adapter->InterruptHandle);
err_free_tx:
    GmacFreeRing(adapter, &adapter->TxRing);
err_free_rx:
    GmacFreeRing(adapter, &adapter->RxRing);
err_dereg_dma:
    NdisMDeregisterScatterGatherDma(adapter->DmaHandle);
err_unmap:
    NdisMUnmapIoSpace(MiniportAdapterHandle, adapter->Regs, adapter->RegsLength);
err_free_adapter:
    NdisFreeMemory(adapter, 0, 0);
    return status;
}

static VOID
GmacHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    PGMAC_ADAPTER adapter = (PGMAC_ADAPTER)MiniportAdapterContext;

    if (HaltAction != NdisHaltDeviceSurpriseRemoved && !MP_TEST_FLAG(adapter, GMAC_FLAG_REMOVED)) {
        GmacWrite(adapter, GMAC_REG_IRQ_ENABLE, 0);
        GmacWrite(adapter, GMAC_REG_CONTROL, 0);
        if (!NdisWaitEvent(&adapter->DmaIdleEvent, 1000)) {
            GMAC_LOG(("GMAC: DMA did not go idle; resetting\n"));
            GmacWrite(adapter, GMAC_REG_CONTROL, GMAC_CTRL_RESET);
        }
    }

    NdisMDeregisterInterruptEx(adapter->InterruptHandle);
    GmacFreeRing(adapter, &adapter->TxRing);
    GmacFreeRing(adapter, &adapter->RxRing);
    NdisMDeregisterScatterGatherDma(adapter->DmaHandle);
    NdisMUnmapIoSpace(adapter->MiniportHandle, adapter->Regs, adapter->RegsLength);
    NdisFreeMemory(adapter, 0, 0);
}

static BOOLEAN
GmacIsr(NDIS_HANDLE Context, PBOOLEAN QueueDpc, PULONG TargetProcessors)
{
    PGMAC_ADAPTER adapter = (PGMAC_ADAPTER)Context;
    ULONG pending = GmacRead(adapter, GMAC_REG_IRQ_STATUS);

    *TargetProcessors = 0;
    if ((pending & GMAC_IRQ_ALL) == 0) {
        *QueueDpc = FALSE;
        return FALSE;
    }
    GmacWrite(adapter, GMAC_REG_IRQ_ENABLE, 0);
    *QueueDpc = TRUE;
    return TRUE;
}

static VOID
GmacDpc(NDIS_HANDLE Context, PVOID DpcContext, PVOID Throttle, PVOID Reserved)
{
    PGMAC_ADAPTER adapter = (PGMAC_ADAPTER)Context;
    ULONG pending;

    UNREFERENCED_PARAMETER(DpcContext);
    UNREFERENCED_PARAMETER(Throttle);
    UNREFERENCED_PARAMETER(Reserved);
    pending = GmacRead(adapter, GMAC_REG_IRQ_STATUS);
    GmacWrite(adapter, GMAC_REG_IRQ_STATUS, pending);
    if (GmacRead(adapter, GMAC_REG_DMA_STATUS) == 0) {
        NdisSetEvent(&adapter->DmaIdleEvent);
    }
    GmacWrite(adapter, GMAC_REG_IRQ_ENABLE, GMAC_IRQ_ALL);
}

static VOID GmacEnableIrq(NDIS_HANDLE Context)
{
    GmacWrite((PGMAC_ADAPTER)Context, GMAC_REG_IRQ_ENABLE, GMAC_IRQ_ALL);
}

static VOID GmacDisableIrq(NDIS_HANDLE Context)
{
    GmacWrite((PGMAC_ADAPTER)Context, GMAC_REG_IRQ_ENABLE, 0);
}

static NDIS_STATUS GmacPause(NDIS_HANDLE Context, PNDIS_MINIPORT_PAUSE_PARAMETERS P)
{
    UNREFERENCED_PARAMETER(P);
    MP_SET_FLAG((PGMAC_ADAPTER)Context, GMAC_FLAG_PAUSED);
    return NDIS_STATUS_SUCCESS;
}

static NDIS_STATUS GmacRestart(NDIS_HANDLE Context, PNDIS_MINIPORT_RESTART_PARAMETERS P)
{
    UNREFERENCED_PARAMETER(P);
    MP_CLEAR_FLAG((PGMAC_ADAPTER)Context, GMAC_FLAG_PAUSED);
    return NDIS_STATUS_SUCCESS;
}

static NDIS_STATUS GmacOidRequest(NDIS_HANDLE Context, PNDIS_OID_REQUEST Request)
{
    UNREFERENCED_PARAMETER(Context);
    UNREFERENCED_PARAMETER(Request);
    return NDIS_STATUS_NOT_SUPPORTED;
}

static VOID GmacSend(NDIS_HANDLE Context, PNET_BUFFER_LIST Nbls, NDIS_PORT_NUMBER Port, ULONG Flags)
{
    PGMAC_ADAPTER adapter = (PGMAC_ADAPTER)Context;
    PNET_BUFFER_LIST nbl;
    UNREFERENCED_PARAMETER(Port);
    for (nbl = Nbls; nbl; nbl = NET_BUFFER_LIST_NEXT_NBL(nbl)) {
        NET_BUFFER_LIST_STATUS(nbl) = NDIS_STATUS_PAUSED;
    }
    NdisMSendNetBufferListsComplete(adapter->MiniportHandle, Nbls,
        NDIS_TEST_SEND_AT_DISPATCH_LEVEL(Flags) ? NDIS_SEND_COMPLETE_FLAGS_DISPATCH_LEVEL : 0);
}

static VOID GmacReturn(NDIS_HANDLE Context, PNET_BUFFER_LIST Nbls, ULONG Flags)
{
    UNREFERENCED_PARAMETER(Context);
    UNREFERENCED_PARAMETER(Nbls);
    UNREFERENCED_PARAMETER(Flags);
}

static VOID GmacCancelSend(NDIS_HANDLE Context, PVOID Id)
{
    UNREFERENCED_PARAMETER(Context);
    UNREFERENCED_PARAMETER(Id);
}

static VOID GmacPnp(NDIS_HANDLE Context, PNET_DEVICE_PNP_EVENT Event)
{
    if (Event->DevicePnPEvent == NdisDevicePnPEventSurpriseRemoved) {
        MP_SET_FLAG((PGMAC_ADAPTER)Context, GMAC_FLAG_REMOVED);
    }
}

static VOID GmacShutdown(NDIS_HANDLE Context, NDIS_SHUTDOWN_ACTION Action)
{
    UNREFERENCED_PARAMETER(Action);
    GmacWrite((PGMAC_ADAPTER)Context, GMAC_REG_CONTROL, GMAC_CTRL_RESET);
}

static VOID GmacCancelOid(NDIS_HANDLE Context, PVOID Id)
{
    UNREFERENCED_PARAMETER(Context);
    UNREFERENCED_PARAMETER(Id);
}

static VOID GmacProcessSg(PDEVICE_OBJECT Do, PVOID Reserved, PSCATTER_GATHER_LIST Sgl, PVOID Context)
{
    UNREFERENCED_PARAMETER(Do);
    UNREFERENCED_PARAMETER(Reserved);
    UNREFERENCED_PARAMETER(Sgl);
    UNREFERENCED_PARAMETER(Context);
}
