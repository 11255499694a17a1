/*
 * driver.cpp - driver entry and the callbacks that need no teardown:
 * pause/restart, OID requests, send/return, PnP, shutdown.  Initialize is
 * in init.cpp, halt in halt.cpp.
 */
#include <ndis.h>
#include "adapter.h"

extern "C" DRIVER_INITIALIZE DriverEntry;

NDIS_HANDLE MpDriverHandle;

static VOID MpUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    NdisMDeregisterMiniportDriver(MpDriverHandle);
}

static NDIS_STATUS MpPause(NDIS_HANDLE MiniportAdapterContext,
                           PNDIS_MINIPORT_PAUSE_PARAMETERS PauseParameters)
{
    UNREFERENCED_PARAMETER(PauseParameters);
    Adapter::FromContext(MiniportAdapterContext)->m_Paused = TRUE;
    return NDIS_STATUS_SUCCESS;
}

static NDIS_STATUS MpRestart(NDIS_HANDLE MiniportAdapterContext,
                             PNDIS_MINIPORT_RESTART_PARAMETERS RestartParameters)
{
    UNREFERENCED_PARAMETER(RestartParameters);
    Adapter::FromContext(MiniportAdapterContext)->m_Paused = FALSE;
    return NDIS_STATUS_SUCCESS;
}

static NDIS_STATUS MpOidRequest(NDIS_HANDLE MiniportAdapterContext,
                                PNDIS_OID_REQUEST OidRequest)
{
    Adapter *pAdapter = Adapter::FromContext(MiniportAdapterContext);
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
    pAdapter->SetPacketFilter(Filter);
    OidRequest->DATA.SET_INFORMATION.BytesRead = sizeof(ULONG);
    return NDIS_STATUS_SUCCESS;
}

static VOID MpCancelOidRequest(NDIS_HANDLE MiniportAdapterContext, PVOID RequestId)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(RequestId);
}

static VOID MpSendNetBufferLists(NDIS_HANDLE MiniportAdapterContext,
                                 PNET_BUFFER_LIST NetBufferLists,
                                 NDIS_PORT_NUMBER PortNumber, ULONG SendFlags)
{
    Adapter *pAdapter = Adapter::FromContext(MiniportAdapterContext);
    ULONG CompleteFlags = 0;

    UNREFERENCED_PARAMETER(PortNumber);
    /* Transmit is not part of this driver: complete everything. */
    for (PNET_BUFFER_LIST Nbl = NetBufferLists; Nbl != nullptr;
         Nbl = NET_BUFFER_LIST_NEXT_NBL(Nbl)) {
        NET_BUFFER_LIST_STATUS(Nbl) = pAdapter->m_Paused ? NDIS_STATUS_PAUSED
                                                         : NDIS_STATUS_FAILURE;
    }
    if (NDIS_TEST_SEND_AT_DISPATCH_LEVEL(SendFlags)) {
        NDIS_SET_SEND_COMPLETE_FLAG(CompleteFlags, NDIS_SEND_COMPLETE_FLAGS_DISPATCH_LEVEL);
    }
    NdisMSendNetBufferListsComplete(pAdapter->m_AdapterHandle, NetBufferLists, CompleteFlags);
}

static VOID MpReturnNetBufferLists(NDIS_HANDLE MiniportAdapterContext,
                                   PNET_BUFFER_LIST NetBufferLists, ULONG ReturnFlags)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(NetBufferLists);
    UNREFERENCED_PARAMETER(ReturnFlags);
}

static VOID MpCancelSend(NDIS_HANDLE MiniportAdapterContext, PVOID CancelId)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(CancelId);
}

static VOID MpDevicePnPEventNotify(NDIS_HANDLE MiniportAdapterContext,
                                   PNET_DEVICE_PNP_EVENT NetDevicePnPEvent)
{
    if (NetDevicePnPEvent->DevicePnPEvent == NdisDevicePnPEventSurpriseRemoved) {
        Adapter::FromContext(MiniportAdapterContext)->m_SurpriseRemoved = TRUE;
    }
}

static VOID MpShutdownEx(NDIS_HANDLE MiniportAdapterContext,
                         NDIS_SHUTDOWN_ACTION ShutdownAction)
{
    Adapter *pAdapter = Adapter::FromContext(MiniportAdapterContext);

    UNREFERENCED_PARAMETER(ShutdownAction);
    if (!pAdapter->m_SurpriseRemoved) {
        pAdapter->DisableInterrupt();
        pAdapter->WriteCsr(MP_CSR_COMMAND, MP_CMD_RESET);
    }
}

extern "C" NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
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

    Chars.InitializeHandlerEx = MpInitializeEx;
    Chars.HaltHandlerEx = MpHaltEx;
    Chars.UnloadHandler = MpUnload;
    Chars.PauseHandler = MpPause;
    Chars.RestartHandler = MpRestart;
    Chars.OidRequestHandler = MpOidRequest;
    Chars.CancelOidRequestHandler = MpCancelOidRequest;
    Chars.SendNetBufferListsHandler = MpSendNetBufferLists;
    Chars.ReturnNetBufferListsHandler = MpReturnNetBufferLists;
    Chars.CancelSendHandler = MpCancelSend;
    Chars.DevicePnPEventNotifyHandler = MpDevicePnPEventNotify;
    Chars.ShutdownHandlerEx = MpShutdownEx;

    return NdisMRegisterMiniportDriver(DriverObject, RegistryPath, nullptr, &Chars,
                                       &MpDriverHandle);
}
