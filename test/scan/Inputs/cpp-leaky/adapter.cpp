/*
 * adapter.cpp - the adapter object's member functions: attributes, register
 * mapping, interrupt registration and callbacks, descriptor rings, NIC start
 * and teardown.
 */
#include <ndis.h>
#include "adapter.h"

static NDIS_OID SupportedOids[] = {
    OID_GEN_SUPPORTED_LIST,
    OID_GEN_CURRENT_PACKET_FILTER,
    OID_GEN_MAXIMUM_TOTAL_SIZE,
};

Adapter::Adapter(NDIS_HANDLE MiniportAdapterHandle)
    : m_AdapterHandle(MiniportAdapterHandle)
{
}

Adapter::~Adapter()
{
}

void Adapter::ReadCsr(ULONG Register, PULONG Value) const
{
    NdisReadRegisterUlong(reinterpret_cast<PULONG>(m_CsrBase + Register), Value);
}

void Adapter::WriteCsr(ULONG Register, ULONG Value) const
{
    NdisWriteRegisterUlong(reinterpret_cast<PULONG>(m_CsrBase + Register), Value);
}

NDIS_STATUS Adapter::SetRegistrationAttributes()
{
    NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES Registration;

    NdisZeroMemory(&Registration, sizeof(Registration));
    Registration.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES;
    Registration.Header.Revision = NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1;
    Registration.Header.Size = NDIS_SIZEOF_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1;
    Registration.MiniportAdapterContext = this;
    Registration.AttributeFlags = NDIS_MINIPORT_ATTRIBUTES_HARDWARE_DEVICE |
                                  NDIS_MINIPORT_ATTRIBUTES_BUS_MASTER;
    Registration.CheckForHangTimeInSeconds = 2;
    Registration.InterfaceType = NdisInterfacePci;
    return NdisMSetMiniportAttributes(
        m_AdapterHandle, reinterpret_cast<PNDIS_MINIPORT_ADAPTER_ATTRIBUTES>(&Registration));
}

NDIS_STATUS Adapter::MapRegisters(PNDIS_RESOURCE_LIST Resources)
{
    PCM_PARTIAL_RESOURCE_DESCRIPTOR Resource = nullptr;

    for (ULONG i = 0; i < Resources->Count; i++) {
        if (Resources->PartialDescriptors[i].Type == CmResourceTypeMemory) {
            Resource = &Resources->PartialDescriptors[i];
            break;
        }
    }
    if (Resource == nullptr || Resource->u.Memory.Length < MP_CSR_BYTES) {
        return NDIS_STATUS_RESOURCE_CONFLICT;
    }
    m_CsrPhysical = Resource->u.Memory.Start;
    m_CsrLength = Resource->u.Memory.Length;
    return NdisMMapIoSpace(reinterpret_cast<PVOID *>(&m_CsrBase), m_AdapterHandle,
                           m_CsrPhysical, m_CsrLength);
}

void Adapter::UnmapRegisters()
{
    if (m_CsrBase != nullptr) {
        NdisMUnmapIoSpace(m_AdapterHandle, m_CsrBase, m_CsrLength);
        m_CsrBase = nullptr;
    }
}

NDIS_STATUS Adapter::RegisterInterrupt()
{
    NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Interrupt;

    /* Keep the NIC quiet until initialize has finished. */
    WriteCsr(MP_CSR_INT_MASK, 0);

    NdisZeroMemory(&Interrupt, sizeof(Interrupt));
    Interrupt.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_INTERRUPT;
    Interrupt.Header.Revision = NDIS_MINIPORT_INTERRUPT_REVISION_1;
    Interrupt.Header.Size = NDIS_SIZEOF_MINIPORT_INTERRUPT_CHARACTERISTICS_REVISION_1;
    Interrupt.InterruptHandler = Isr;
    Interrupt.InterruptDpcHandler = InterruptDpc;
    Interrupt.DisableInterruptHandler = DisableInterruptCallback;
    Interrupt.EnableInterruptHandler = EnableInterruptCallback;
    return NdisMRegisterInterruptEx(m_AdapterHandle, this, &Interrupt, &m_InterruptHandle);
}

NDIS_STATUS Adapter::AllocateRings()
{
    NdisMAllocateSharedMemory(m_AdapterHandle, MP_RX_RING_BYTES, FALSE,
                              reinterpret_cast<PVOID *>(&m_RxRing), &m_RxRingPhysical);
    if (m_RxRing == nullptr) {
        return NDIS_STATUS_RESOURCES;
    }
    NdisMAllocateSharedMemory(m_AdapterHandle, MP_TX_RING_BYTES, FALSE,
                              reinterpret_cast<PVOID *>(&m_TxRing), &m_TxRingPhysical);
    if (m_TxRing == nullptr) {
        return NDIS_STATUS_RESOURCES;
    }
    NdisZeroMemory(m_RxRing, MP_RX_RING_BYTES);
    NdisZeroMemory(m_TxRing, MP_TX_RING_BYTES);
    return NDIS_STATUS_SUCCESS;
}

void Adapter::FreeRings()
{
    if (m_TxRing != nullptr) {
        NdisMFreeSharedMemory(m_AdapterHandle, MP_TX_RING_BYTES, FALSE, m_TxRing,
                              m_TxRingPhysical);
        m_TxRing = nullptr;
    }
    if (m_RxRing != nullptr) {
        NdisMFreeSharedMemory(m_AdapterHandle, MP_RX_RING_BYTES, FALSE, m_RxRing,
                              m_RxRingPhysical);
        m_RxRing = nullptr;
    }
}

NDIS_STATUS Adapter::Start()
{
    ULONG Id, MacLow, MacHigh;

    ReadCsr(MP_CSR_ID, &Id);
    if (Id == 0xFFFFFFFF) {
        return NDIS_STATUS_ADAPTER_NOT_FOUND;
    }
    WriteCsr(MP_CSR_COMMAND, MP_CMD_RESET);
    NdisStallExecution(10);

    WriteCsr(MP_CSR_RX_RING_LOW, NdisGetPhysicalAddressLow(m_RxRingPhysical));
    WriteCsr(MP_CSR_RX_RING_HIGH, NdisGetPhysicalAddressHigh(m_RxRingPhysical));
    WriteCsr(MP_CSR_TX_RING_LOW, NdisGetPhysicalAddressLow(m_TxRingPhysical));
    WriteCsr(MP_CSR_TX_RING_HIGH, NdisGetPhysicalAddressHigh(m_TxRingPhysical));

    ReadCsr(MP_CSR_MAC_LOW, &MacLow);
    ReadCsr(MP_CSR_MAC_HIGH, &MacHigh);
    NdisMoveMemory(m_PermanentAddress, &MacLow, 4);
    NdisMoveMemory(m_PermanentAddress + 4, &MacHigh, 2);
    NdisMoveMemory(m_CurrentAddress, m_PermanentAddress, MP_MAC_ADDRESS_LENGTH);

    WriteCsr(MP_CSR_FILTER, m_PacketFilter);
    WriteCsr(MP_CSR_COMMAND, MP_CMD_RX_ENABLE | MP_CMD_TX_ENABLE);
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS Adapter::SetGeneralAttributes()
{
    NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES General;

    NdisZeroMemory(&General, sizeof(General));
    General.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES;
    General.Header.Revision = NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_1;
    General.Header.Size = NDIS_SIZEOF_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_1;
    General.MediaType = NdisMedium802_3;
    General.PhysicalMediumType = NdisPhysicalMedium802_3;
    General.MtuSize = MP_MAX_FRAME_SIZE - MP_HEADER_SIZE;
    General.MaxXmitLinkSpeed = MP_LINK_SPEED;
    General.MaxRcvLinkSpeed = MP_LINK_SPEED;
    General.XmitLinkSpeed = NDIS_LINK_SPEED_UNKNOWN;
    General.RcvLinkSpeed = NDIS_LINK_SPEED_UNKNOWN;
    General.MediaConnectState = MediaConnectStateUnknown;
    General.MediaDuplexState = MediaDuplexStateUnknown;
    General.LookaheadSize = MP_MAX_LOOKAHEAD;
    General.MacOptions = NDIS_MAC_OPTION_COPY_LOOKAHEAD_DATA |
                         NDIS_MAC_OPTION_TRANSFERS_NOT_PEND | NDIS_MAC_OPTION_NO_LOOPBACK;
    General.SupportedPacketFilters = MP_SUPPORTED_FILTERS;
    General.MaxMulticastListSize = MP_MAX_MCAST_LIST;
    General.MacAddressLength = MP_MAC_ADDRESS_LENGTH;
    NdisMoveMemory(General.PermanentMacAddress, m_PermanentAddress, MP_MAC_ADDRESS_LENGTH);
    NdisMoveMemory(General.CurrentMacAddress, m_CurrentAddress, MP_MAC_ADDRESS_LENGTH);
    General.AccessType = NET_IF_ACCESS_BROADCAST;
    General.DirectionType = NET_IF_DIRECTION_SENDRECEIVE;
    General.ConnectionType = NET_IF_CONNECTION_DEDICATED;
    General.IfType = IF_TYPE_ETHERNET_CSMACD;
    General.IfConnectorPresent = TRUE;
    General.SupportedStatistics = NDIS_STATISTICS_XMIT_OK_SUPPORTED |
                                  NDIS_STATISTICS_RCV_OK_SUPPORTED;
    General.SupportedPauseFunctions = NdisPauseFunctionsUnsupported;
    General.SupportedOidList = SupportedOids;
    General.SupportedOidListLength = sizeof(SupportedOids);
    return NdisMSetMiniportAttributes(
        m_AdapterHandle, reinterpret_cast<PNDIS_MINIPORT_ADAPTER_ATTRIBUTES>(&General));
}

void Adapter::EnableInterrupt()
{
    WriteCsr(MP_CSR_INT_MASK, MP_INT_ALL);
}

void Adapter::DisableInterrupt()
{
    if (m_CsrBase != nullptr) {
        WriteCsr(MP_CSR_INT_MASK, 0);
    }
}

void Adapter::SetPacketFilter(ULONG Filter)
{
    m_PacketFilter = Filter;
    WriteCsr(MP_CSR_FILTER, Filter);
}

void Adapter::Destroy()
{
    if (!m_SurpriseRemoved && m_CsrBase != nullptr) {
        DisableInterrupt();
        WriteCsr(MP_CSR_COMMAND, MP_CMD_STOP);
        NdisStallExecution(50);
    }
    FreeRings();
    UnmapRegisters();
    this->~Adapter();
    NdisFreeMemory(this, 0, 0);
}

BOOLEAN Adapter::Isr(NDIS_HANDLE MiniportInterruptContext,
                     PBOOLEAN QueueDefaultInterruptDpc, PULONG TargetProcessors)
{
    Adapter *Self = FromContext(MiniportInterruptContext);
    ULONG Pending;

    *TargetProcessors = 0;
    Self->ReadCsr(MP_CSR_INT_STATUS, &Pending);
    if ((Pending & MP_INT_ALL) == 0) {
        *QueueDefaultInterruptDpc = FALSE;
        return FALSE;
    }
    Self->m_InterruptCount++;
    Self->WriteCsr(MP_CSR_INT_MASK, 0);
    *QueueDefaultInterruptDpc = TRUE;
    return TRUE;
}

VOID Adapter::InterruptDpc(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext,
                           PVOID ReceiveThrottleParameters, PVOID NdisReserved2)
{
    Adapter *Self = FromContext(MiniportInterruptContext);
    ULONG Pending;

    UNREFERENCED_PARAMETER(MiniportDpcContext);
    UNREFERENCED_PARAMETER(ReceiveThrottleParameters);
    UNREFERENCED_PARAMETER(NdisReserved2);

    Self->ReadCsr(MP_CSR_INT_STATUS, &Pending);
    Self->WriteCsr(MP_CSR_INT_STATUS, Pending);
    Self->WriteCsr(MP_CSR_INT_MASK, MP_INT_ALL);
}

VOID Adapter::EnableInterruptCallback(NDIS_HANDLE MiniportInterruptContext)
{
    FromContext(MiniportInterruptContext)->EnableInterrupt();
}

VOID Adapter::DisableInterruptCallback(NDIS_HANDLE MiniportInterruptContext)
{
    FromContext(MiniportInterruptContext)->DisableInterrupt();
}
