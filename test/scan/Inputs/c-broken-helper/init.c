/*
 * init.c - MiniportInitializeEx: allocates the adapter context, maps the
 * registers and registers the interrupt (hw.c), allocates the descriptor
 * rings, starts the NIC and reports the general attributes.  A failure
 * unwinds through the goto ladder at the end, in reverse order.
 */
#include <ndis.h>
#include "miniport.h"

static NDIS_OID MpSupportedOids[] = {
    OID_GEN_SUPPORTED_LIST,
    OID_GEN_CURRENT_PACKET_FILTER,
    OID_GEN_MAXIMUM_TOTAL_SIZE,
};

static NDIS_STATUS
MpSetRegistrationAttributes(PMP_ADAPTER Adapter)
{
    NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES Registration;

    NdisZeroMemory(&Registration, sizeof(Registration));
    Registration.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES;
    Registration.Header.Revision = NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1;
    Registration.Header.Size = NDIS_SIZEOF_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1;
    Registration.MiniportAdapterContext = Adapter;
    Registration.AttributeFlags = NDIS_MINIPORT_ATTRIBUTES_HARDWARE_DEVICE |
                                  NDIS_MINIPORT_ATTRIBUTES_BUS_MASTER;
    Registration.CheckForHangTimeInSeconds = 2;
    Registration.InterfaceType = NdisInterfacePci;
    return NdisMSetMiniportAttributes(Adapter->AdapterHandle,
                                      (PNDIS_MINIPORT_ADAPTER_ATTRIBUTES)&Registration);
}

static NDIS_STATUS
MpSetGeneralAttributes(PMP_ADAPTER Adapter)
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
                         NDIS_MAC_OPTION_TRANSFERS_NOT_PEND |
                         NDIS_MAC_OPTION_NO_LOOPBACK;
    General.SupportedPacketFilters = MP_SUPPORTED_FILTERS;
    General.MaxMulticastListSize = MP_MAX_MCAST_LIST;
    General.MacAddressLength = MP_MAC_ADDRESS_LENGTH;
    NdisMoveMemory(General.PermanentMacAddress, Adapter->PermanentAddress,
                   MP_MAC_ADDRESS_LENGTH);
    NdisMoveMemory(General.CurrentMacAddress, Adapter->CurrentAddress,
                   MP_MAC_ADDRESS_LENGTH);
    General.AccessType = NET_IF_ACCESS_BROADCAST;
    General.DirectionType = NET_IF_DIRECTION_SENDRECEIVE;
    General.ConnectionType = NET_IF_CONNECTION_DEDICATED;
    General.IfType = IF_TYPE_ETHERNET_CSMACD;
    General.IfConnectorPresent = TRUE;
    General.SupportedStatistics = NDIS_STATISTICS_XMIT_OK_SUPPORTED |
                                  NDIS_STATISTICS_RCV_OK_SUPPORTED;
    General.SupportedPauseFunctions = NdisPauseFunctionsUnsupported;
    General.SupportedOidList = MpSupportedOids;
    General.SupportedOidListLength = sizeof(MpSupportedOids);
    return NdisMSetMiniportAttributes(Adapter->AdapterHandle,
                                      (PNDIS_MINIPORT_ADAPTER_ATTRIBUTES)&General);
}

static NDIS_STATUS
MpAllocateRings(PMP_ADAPTER Adapter)
{
    NdisMAllocateSharedMemory(Adapter->AdapterHandle, MP_RX_RING_BYTES, FALSE,
                              (PVOID *)&Adapter->RxRing, &Adapter->RxRingPhysical);
    if (Adapter->RxRing == NULL) {
        return NDIS_STATUS_RESOURCES;
    }
    NdisMAllocateSharedMemory(Adapter->AdapterHandle, MP_TX_RING_BYTES, FALSE,
                              (PVOID *)&Adapter->TxRing, &Adapter->TxRingPhysical);
    if (Adapter->TxRing == NULL) {
        return NDIS_STATUS_RESOURCES;
    }
    NdisZeroMemory(Adapter->RxRing, MP_RX_RING_BYTES);
    NdisZeroMemory(Adapter->TxRing, MP_TX_RING_BYTES);
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS
MpInitializeEx(
    NDIS_HANDLE MiniportAdapterHandle,
    NDIS_HANDLE MiniportDriverContext,
    PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    NDIS_STATUS Status;
    PMP_ADAPTER Adapter;

    UNREFERENCED_PARAMETER(MiniportDriverContext);

    Adapter = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle, sizeof(MP_ADAPTER),
                                                MP_TAG, NormalPoolPriority);
    if (Adapter == NULL) {
        return NDIS_STATUS_RESOURCES;
    }
    NdisZeroMemory(Adapter, sizeof(MP_ADAPTER));
    Adapter->AdapterHandle = MiniportAdapterHandle;
    Adapter->PacketFilter = NDIS_PACKET_TYPE_DIRECTED | NDIS_PACKET_TYPE_BROADCAST;
    MP_SET_FLAG(Adapter, fMP_ADAPTER_PAUSED);

    Status = MpSetRegistrationAttributes(Adapter);
    if (Status != NDIS_STATUS_SUCCESS) {
        goto FreeAdapter;
    }

    Status = HwMapRegisters(Adapter, MiniportInitParameters->AllocatedResources);
    if (Status != NDIS_STATUS_SUCCESS) {
        goto FreeAdapter;
    }

    Status = HwRegisterInterrupt(Adapter);
    if (Status != NDIS_STATUS_SUCCESS) {
        goto UnmapRegisters;
    }

    Status = MpAllocateRings(Adapter);
    if (Status != NDIS_STATUS_SUCCESS) {
        goto FreeRings;
    }

    Status = HwStartNic(Adapter);
    if (Status != NDIS_STATUS_SUCCESS) {
        goto FreeRings;
    }

    Status = MpSetGeneralAttributes(Adapter);
    if (Status != NDIS_STATUS_SUCCESS) {
        goto FreeRings;
    }

    HwEnableInterrupt(Adapter);
    return NDIS_STATUS_SUCCESS;

FreeRings:
    MpFreeRings(Adapter);
UnmapRegisters:
    HwUnmapRegisters(Adapter);
FreeAdapter:
    NdisFreeMemory(Adapter, 0, 0);
    return Status;
}
