// A small NDIS 6 miniport written the way public drivers are: role typedef
// declarations, DriverEntry filling NDIS_MINIPORT_DRIVER_CHARACTERISTICS,
// an initialize that registers an interrupt (goto ladder on failure) and a
// halt that deregisters it.  It must compile warning-free against the
// stand-in headers as C and C++, in GNU and MSVC-compatible modes, with no
// system headers at all.
//
// RUN: %clang -fsyntax-only -Wall -Werror -idirafter %stand_in_headers -x c %s
// RUN: %clang -fsyntax-only -Wall -Werror -idirafter %stand_in_headers -x c++ -std=c++17 %s
// RUN: %clang -fsyntax-only -Wall -Werror --target=x86_64-pc-windows-msvc -fms-extensions -fms-compatibility -idirafter %stand_in_headers -x c %s
// RUN: %clang -fsyntax-only -Wall -Werror --target=x86_64-pc-windows-msvc -fms-extensions -fms-compatibility -idirafter %stand_in_headers -x c++ %s
// Same, with every system include directory removed: the stand-in is self-contained.
// RUN: %clang -fsyntax-only -Wall -Wextra -Wno-unused-parameter -Werror -nostdinc -idirafter %stand_in_headers -x c %s
// RUN: %clang -fsyntax-only -Wall -Wextra -Wno-unused-parameter -Werror -nostdinc -idirafter %stand_in_headers -x c++ -std=c++17 %s

#include <ndis.h>
#include <ntstrsafe.h>

#define MP_TAG 'pMxE'
#define MP_NDIS_MAJOR_VERSION 6
#define MP_NDIS_MINOR_VERSION 20

typedef struct _MP_ADAPTER {
    NDIS_HANDLE AdapterHandle;
    NDIS_HANDLE InterruptHandle;
    NDIS_HANDLE DmaHandle;
    PUCHAR CsrBase;
    ULONG CsrLength;
    NDIS_SPIN_LOCK Lock;
    LIST_ENTRY PendingList;
    UCHAR PermanentAddress[ETH_LENGTH_OF_ADDRESS];
    UCHAR CurrentAddress[ETH_LENGTH_OF_ADDRESS];
    BOOLEAN InterruptRegistered;
} MP_ADAPTER, *PMP_ADAPTER;

EXTERN_C DRIVER_INITIALIZE DriverEntry;
static MINIPORT_SET_OPTIONS MpSetOptions;
static MINIPORT_INITIALIZE MpInitializeEx;
static MINIPORT_HALT MpHaltEx;
static MINIPORT_UNLOAD MpUnload;
static MINIPORT_PAUSE MpPause;
static MINIPORT_RESTART MpRestart;
static MINIPORT_OID_REQUEST MpOidRequest;
static MINIPORT_CANCEL_OID_REQUEST MpCancelOidRequest;
static MINIPORT_SEND_NET_BUFFER_LISTS MpSendNetBufferLists;
static MINIPORT_RETURN_NET_BUFFER_LISTS MpReturnNetBufferLists;
static MINIPORT_CANCEL_SEND MpCancelSend;
static MINIPORT_CHECK_FOR_HANG MpCheckForHang;
static MINIPORT_RESET MpReset;
static MINIPORT_DEVICE_PNP_EVENT_NOTIFY MpDevicePnpEvent;
static MINIPORT_SHUTDOWN MpShutdown;
static MINIPORT_ISR MpIsr;
static MINIPORT_INTERRUPT_DPC MpDpc;
static MINIPORT_ENABLE_INTERRUPT MpEnableInterrupt;
static MINIPORT_DISABLE_INTERRUPT MpDisableInterrupt;

static NDIS_HANDLE MpDriverHandle = NULL;

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NDIS_STATUS Status;
    NDIS_MINIPORT_DRIVER_CHARACTERISTICS Chars;

    NdisZeroMemory(&Chars, sizeof(Chars));
    Chars.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_DRIVER_CHARACTERISTICS;
    Chars.Header.Revision = NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    Chars.Header.Size = NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    Chars.MajorNdisVersion = MP_NDIS_MAJOR_VERSION;
    Chars.MinorNdisVersion = MP_NDIS_MINOR_VERSION;
    Chars.MajorDriverVersion = 1;
    Chars.MinorDriverVersion = 0;
    Chars.SetOptionsHandler = MpSetOptions;
    Chars.InitializeHandlerEx = MpInitializeEx;
    Chars.HaltHandlerEx = MpHaltEx;
    Chars.UnloadHandler = MpUnload;
    Chars.PauseHandler = MpPause;
    Chars.RestartHandler = MpRestart;
    Chars.OidRequestHandler = MpOidRequest;
    Chars.SendNetBufferListsHandler = MpSendNetBufferLists;
    Chars.ReturnNetBufferListsHandler = MpReturnNetBufferLists;
    Chars.CancelSendHandler = MpCancelSend;
    Chars.CheckForHangHandlerEx = MpCheckForHang;
    Chars.ResetHandlerEx = MpReset;
    Chars.DevicePnPEventNotifyHandler = MpDevicePnpEvent;
    Chars.ShutdownHandlerEx = MpShutdown;
    Chars.CancelOidRequestHandler = MpCancelOidRequest;

    Status = NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL,
                                         &Chars, &MpDriverHandle);
    return NT_SUCCESS(Status) ? STATUS_SUCCESS : (NTSTATUS)Status;
}

_Use_decl_annotations_
static NDIS_STATUS MpSetOptions(NDIS_HANDLE NdisDriverHandle, NDIS_HANDLE DriverContext)
{
    UNREFERENCED_PARAMETER(NdisDriverHandle);
    UNREFERENCED_PARAMETER(DriverContext);
    return NDIS_STATUS_SUCCESS;
}

static NDIS_STATUS MpReadConfiguration(PMP_ADAPTER Adapter)
{
    NDIS_STATUS Status;
    NDIS_HANDLE Config = NULL;
    NDIS_CONFIGURATION_OBJECT ConfigObject;
    PNDIS_CONFIGURATION_PARAMETER Value = NULL;
    NDIS_STRING Keyword = NDIS_STRING_CONST("SpeedDuplex");
    PVOID NetworkAddress = NULL;
    UINT Length = 0;

    ConfigObject.Header.Type = NDIS_OBJECT_TYPE_CONFIGURATION_OBJECT;
    ConfigObject.Header.Revision = NDIS_CONFIGURATION_OBJECT_REVISION_1;
    ConfigObject.Header.Size = NDIS_SIZEOF_CONFIGURATION_OBJECT_REVISION_1;
    ConfigObject.NdisHandle = Adapter->AdapterHandle;
    ConfigObject.Flags = 0;

    Status = NdisOpenConfigurationEx(&ConfigObject, &Config);
    if (Status != NDIS_STATUS_SUCCESS) {
        return Status;
    }
    NdisReadConfiguration(&Status, &Value, Config, &Keyword, NdisParameterInteger);
    NdisReadNetworkAddress(&Status, &NetworkAddress, &Length, Config);
    if (Status == NDIS_STATUS_SUCCESS && Length == ETH_LENGTH_OF_ADDRESS &&
        !ETH_IS_MULTICAST(NetworkAddress) && !ETH_IS_BROADCAST(NetworkAddress)) {
        ETH_COPY_NETWORK_ADDRESS(Adapter->CurrentAddress, NetworkAddress);
    }
    NdisCloseConfiguration(Config);
    return NDIS_STATUS_SUCCESS;
}

_Use_decl_annotations_
static NDIS_STATUS MpInitializeEx(NDIS_HANDLE MiniportAdapterHandle,
                                  NDIS_HANDLE MiniportDriverContext,
                                  PNDIS_MINIPORT_INIT_PARAMETERS InitParameters)
{
    NDIS_STATUS Status;
    PMP_ADAPTER Adapter;
    NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES RegAttrs;
    NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Intr;
    PCM_PARTIAL_RESOURCE_DESCRIPTOR Desc;
    NDIS_PHYSICAL_ADDRESS CsrPhysical;
    ULONG Index;

    UNREFERENCED_PARAMETER(MiniportDriverContext);
    CsrPhysical.QuadPart = 0;

    Adapter = (PMP_ADAPTER)NdisAllocateMemoryWithTagPriority(
        MiniportAdapterHandle, sizeof(MP_ADAPTER), MP_TAG, NormalPoolPriority);
    if (Adapter == NULL) {
        return NDIS_STATUS_RESOURCES;
    }
    NdisZeroMemory(Adapter, sizeof(MP_ADAPTER));
    Adapter->AdapterHandle = MiniportAdapterHandle;
    NdisAllocateSpinLock(&Adapter->Lock);
    InitializeListHead(&Adapter->PendingList);

    NdisZeroMemory(&RegAttrs, sizeof(RegAttrs));
    RegAttrs.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES;
    RegAttrs.Header.Revision = NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1;
    RegAttrs.Header.Size = NDIS_SIZEOF_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1;
    RegAttrs.MiniportAdapterContext = Adapter;
    RegAttrs.AttributeFlags = NDIS_MINIPORT_ATTRIBUTES_HARDWARE_DEVICE |
                              NDIS_MINIPORT_ATTRIBUTES_BUS_MASTER;
    RegAttrs.CheckForHangTimeInSeconds = 2;
    RegAttrs.InterfaceType = NdisInterfacePci;
    Status = NdisMSetMiniportAttributes(MiniportAdapterHandle,
                                        (PNDIS_MINIPORT_ADAPTER_ATTRIBUTES)&RegAttrs);
    if (Status != NDIS_STATUS_SUCCESS) {
        goto FreeAdapter;
    }

    for (Index = 0; Index < InitParameters->AllocatedResources->Count; Index++) {
        Desc = &InitParameters->AllocatedResources->PartialDescriptors[Index];
        if (Desc->Type == CmResourceTypeMemory) {
            CsrPhysical = Desc->u.Memory.Start;
            Adapter->CsrLength = Desc->u.Memory.Length;
        }
    }
    Status = NdisMMapIoSpace((PVOID *)&Adapter->CsrBase, MiniportAdapterHandle,
                             CsrPhysical, Adapter->CsrLength);
    if (Status != NDIS_STATUS_SUCCESS) {
        goto FreeAdapter;
    }

    Status = MpReadConfiguration(Adapter);
    if (Status != NDIS_STATUS_SUCCESS) {
        goto UnmapIo;
    }

    NdisZeroMemory(&Intr, sizeof(Intr));
    Intr.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_INTERRUPT;
    Intr.Header.Revision = NDIS_MINIPORT_INTERRUPT_REVISION_1;
    Intr.Header.Size = NDIS_SIZEOF_MINIPORT_INTERRUPT_CHARACTERISTICS_REVISION_1;
    Intr.InterruptHandler = MpIsr;
    Intr.InterruptDpcHandler = MpDpc;
    Intr.DisableInterruptHandler = MpDisableInterrupt;
    Intr.EnableInterruptHandler = MpEnableInterrupt;
    Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, Adapter, &Intr,
                                      &Adapter->InterruptHandle);
    if (Status != NDIS_STATUS_SUCCESS) {
        goto UnmapIo;
    }
    Adapter->InterruptRegistered = TRUE;
    return NDIS_STATUS_SUCCESS;

UnmapIo:
    NdisMUnmapIoSpace(MiniportAdapterHandle, Adapter->CsrBase, Adapter->CsrLength);
FreeAdapter:
    NdisFreeSpinLock(&Adapter->Lock);
    NdisFreeMemory(Adapter, sizeof(MP_ADAPTER), 0);
    return Status;
}

_Use_decl_annotations_
static VOID MpHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(HaltAction);
    if (Adapter->InterruptRegistered) {
        NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
        Adapter->InterruptRegistered = FALSE;
    }
    NdisMUnmapIoSpace(Adapter->AdapterHandle, Adapter->CsrBase, Adapter->CsrLength);
    NdisFreeSpinLock(&Adapter->Lock);
    NdisFreeMemory(Adapter, sizeof(MP_ADAPTER), 0);
}

_Use_decl_annotations_
static VOID MpUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    NdisMDeregisterMiniportDriver(MpDriverHandle);
}

_Use_decl_annotations_
static NDIS_STATUS MpPause(NDIS_HANDLE MiniportAdapterContext,
                           PNDIS_MINIPORT_PAUSE_PARAMETERS PauseParameters)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(PauseParameters);
    return NDIS_STATUS_SUCCESS;
}

_Use_decl_annotations_
static NDIS_STATUS MpRestart(NDIS_HANDLE MiniportAdapterContext,
                             PNDIS_MINIPORT_RESTART_PARAMETERS RestartParameters)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(RestartParameters);
    return NDIS_STATUS_SUCCESS;
}

_Use_decl_annotations_
static NDIS_STATUS MpOidRequest(NDIS_HANDLE MiniportAdapterContext,
                                PNDIS_OID_REQUEST OidRequest)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;

    if (OidRequest->RequestType == NdisRequestQueryInformation &&
        OidRequest->DATA.QUERY_INFORMATION.Oid == OID_802_3_CURRENT_ADDRESS) {
        if (OidRequest->DATA.QUERY_INFORMATION.InformationBufferLength <
            ETH_LENGTH_OF_ADDRESS) {
            OidRequest->DATA.QUERY_INFORMATION.BytesNeeded = ETH_LENGTH_OF_ADDRESS;
            return NDIS_STATUS_BUFFER_TOO_SHORT;
        }
        NdisMoveMemory(OidRequest->DATA.QUERY_INFORMATION.InformationBuffer,
                       Adapter->CurrentAddress, ETH_LENGTH_OF_ADDRESS);
        OidRequest->DATA.QUERY_INFORMATION.BytesWritten = ETH_LENGTH_OF_ADDRESS;
        return NDIS_STATUS_SUCCESS;
    }
    return NDIS_STATUS_NOT_SUPPORTED;
}

_Use_decl_annotations_
static VOID MpCancelOidRequest(NDIS_HANDLE MiniportAdapterContext, PVOID RequestId)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(RequestId);
}

_Use_decl_annotations_
static VOID MpSendNetBufferLists(NDIS_HANDLE MiniportAdapterContext,
                                 PNET_BUFFER_LIST NetBufferLists,
                                 NDIS_PORT_NUMBER PortNumber, ULONG SendFlags)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
    PNET_BUFFER_LIST Nbl;
    ULONG CompleteFlags = 0;

    UNREFERENCED_PARAMETER(PortNumber);
    for (Nbl = NetBufferLists; Nbl != NULL; Nbl = NET_BUFFER_LIST_NEXT_NBL(Nbl)) {
        NET_BUFFER_LIST_STATUS(Nbl) = NDIS_STATUS_PAUSED;
    }
    if (NDIS_TEST_SEND_AT_DISPATCH_LEVEL(SendFlags)) {
        NDIS_SET_SEND_COMPLETE_FLAG(CompleteFlags, NDIS_SEND_COMPLETE_FLAGS_DISPATCH_LEVEL);
    }
    NdisMSendNetBufferListsComplete(Adapter->AdapterHandle, NetBufferLists, CompleteFlags);
}

_Use_decl_annotations_
static VOID MpReturnNetBufferLists(NDIS_HANDLE MiniportAdapterContext,
                                   PNET_BUFFER_LIST NetBufferLists, ULONG ReturnFlags)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(NetBufferLists);
    UNREFERENCED_PARAMETER(ReturnFlags);
}

_Use_decl_annotations_
static VOID MpCancelSend(NDIS_HANDLE MiniportAdapterContext, PVOID CancelId)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(CancelId);
}

_Use_decl_annotations_
static BOOLEAN MpCheckForHang(NDIS_HANDLE MiniportAdapterContext)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    return FALSE;
}

_Use_decl_annotations_
static NDIS_STATUS MpReset(NDIS_HANDLE MiniportAdapterContext, PBOOLEAN AddressingReset)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    *AddressingReset = FALSE;
    return NDIS_STATUS_SUCCESS;
}

_Use_decl_annotations_
static VOID MpDevicePnpEvent(NDIS_HANDLE MiniportAdapterContext,
                             PNET_DEVICE_PNP_EVENT NetDevicePnPEvent)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    switch (NetDevicePnPEvent->DevicePnPEvent) {
    case NdisDevicePnPEventSurpriseRemoved:
        break;
    default:
        break;
    }
}

_Use_decl_annotations_
static VOID MpShutdown(NDIS_HANDLE MiniportAdapterContext, NDIS_SHUTDOWN_ACTION ShutdownAction)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(ShutdownAction);
}

_Use_decl_annotations_
static BOOLEAN MpIsr(NDIS_HANDLE MiniportInterruptContext,
                     PBOOLEAN QueueDefaultInterruptDpc, PULONG TargetProcessors)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportInterruptContext;
    ULONG Cause;

    NdisReadRegisterUlong((PULONG)Adapter->CsrBase, &Cause);
    *TargetProcessors = 0;
    *QueueDefaultInterruptDpc = (BOOLEAN)(Cause != 0);
    return (BOOLEAN)(Cause != 0);
}

_Use_decl_annotations_
static VOID MpDpc(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext,
                  PVOID ReceiveThrottleParameters, PVOID NdisReserved2)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportInterruptContext;
    PNDIS_RECEIVE_THROTTLE_PARAMETERS Throttle =
        (PNDIS_RECEIVE_THROTTLE_PARAMETERS)ReceiveThrottleParameters;

    UNREFERENCED_PARAMETER(MiniportDpcContext);
    UNREFERENCED_PARAMETER(NdisReserved2);
    Throttle->MoreNblsPending = 0;
    NdisDprAcquireSpinLock(&Adapter->Lock);
    if (!IsListEmpty(&Adapter->PendingList)) {
        (void)RemoveHeadList(&Adapter->PendingList);
    }
    NdisDprReleaseSpinLock(&Adapter->Lock);
}

_Use_decl_annotations_
static VOID MpEnableInterrupt(NDIS_HANDLE MiniportInterruptContext)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportInterruptContext;
    NdisWriteRegisterUlong((PULONG)Adapter->CsrBase, 1);
}

_Use_decl_annotations_
static VOID MpDisableInterrupt(NDIS_HANDLE MiniportInterruptContext)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportInterruptContext;
    NdisWriteRegisterUlong((PULONG)Adapter->CsrBase, 0);
}
