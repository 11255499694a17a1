#!/usr/bin/env python3
"""Check that ndis-tidy's stand-in WDK headers declare the WDK API surface.

Usage:
  check_api_surface.py --cc /usr/bin/clang-19 --mode gnu-c \
      test/Inputs/wdk-api-surface.tsv stand-in-headers

The first column of the TSV lists names that public NDIS miniports use.
Every name is put in one of these groups (tables below) and probed in a
C or C++ translation unit compiled with the given compiler and mode:

  type      a type:                      typedef NAME *probe;
  role      a MiniportXxx role typedef:  NAME f; &f must initialise a
            pointer to the documented signature, and that pointer must
            initialise NAME's _HANDLER pointer type
  func      a real function (not a macro): (void)&(NAME);
  const     an integer constant (macro or enumerator):
            typedef char probe[1 + 0 * (NAME)];
  macro     a preprocessor switch:         #ifndef NAME / #error
  call      a function-like macro, invoked as written in CALLS
  field     a documented structure member: sizeof(((STRUCT *)0)->NAME)
  param     a documented parameter name: it must appear in the parameter
            list of the named declarations in the header sources
  absent    not a WDK name (a driver's own macro, a local variable, a
            placeholder in a comment): it must NOT be declared, because
            drivers define these themselves and a stand-in definition
            would clash with theirs

On top of the TSV the script checks the facts ndis-tidy relies on
(NDIS_STATUS is 32-bit and signed, status values, NT_SUCCESS, exact
prototypes of the interrupt/DMA/memory/configuration/work-item services,
documented field order of the characteristics structures).

The whole probe is compiled once; when that fails every probe is compiled
on its own so that the report names exactly the missing or wrong names.
Exit status 0 when everything is declared, 1 otherwise, 2 on bad usage.
Python 3 standard library only.
"""

import argparse
import concurrent.futures
import os
import re
import subprocess
import sys
import tempfile

# ---------------------------------------------------------------------------
# Name tables
# ---------------------------------------------------------------------------

# Role typedefs: return type and documented parameter types.  The default
# NDIS version of the stand-in is the newest, so the NDIS 6.20+ DPC
# signature (PVOID throttle parameters) is the expected one.
ROLES = {
    "MINIPORT_INITIALIZE": ("NDIS_STATUS", ["NDIS_HANDLE", "NDIS_HANDLE", "PNDIS_MINIPORT_INIT_PARAMETERS"], "MINIPORT_INITIALIZE_HANDLER"),
    "MINIPORT_HALT": ("VOID", ["NDIS_HANDLE", "NDIS_HALT_ACTION"], "MINIPORT_HALT_HANDLER"),
    "MINIPORT_UNLOAD": ("VOID", ["PDRIVER_OBJECT"], "MINIPORT_DRIVER_UNLOAD"),
    "MINIPORT_SET_OPTIONS": ("NDIS_STATUS", ["NDIS_HANDLE", "NDIS_HANDLE"], "SET_OPTIONS_HANDLER"),
    "MINIPORT_PAUSE": ("NDIS_STATUS", ["NDIS_HANDLE", "PNDIS_MINIPORT_PAUSE_PARAMETERS"], "MINIPORT_PAUSE_HANDLER"),
    "MINIPORT_RESTART": ("NDIS_STATUS", ["NDIS_HANDLE", "PNDIS_MINIPORT_RESTART_PARAMETERS"], "MINIPORT_RESTART_HANDLER"),
    "MINIPORT_OID_REQUEST": ("NDIS_STATUS", ["NDIS_HANDLE", "PNDIS_OID_REQUEST"], "MINIPORT_OID_REQUEST_HANDLER"),
    "MINIPORT_DIRECT_OID_REQUEST": ("NDIS_STATUS", ["NDIS_HANDLE", "PNDIS_OID_REQUEST"], "MINIPORT_DIRECT_OID_REQUEST_HANDLER"),
    "MINIPORT_CANCEL_OID_REQUEST": ("VOID", ["NDIS_HANDLE", "PVOID"], "MINIPORT_CANCEL_OID_REQUEST_HANDLER"),
    "MINIPORT_CANCEL_DIRECT_OID_REQUEST": ("VOID", ["NDIS_HANDLE", "PVOID"], "MINIPORT_CANCEL_DIRECT_OID_REQUEST_HANDLER"),
    "MINIPORT_SEND_NET_BUFFER_LISTS": ("VOID", ["NDIS_HANDLE", "PNET_BUFFER_LIST", "NDIS_PORT_NUMBER", "ULONG"], "MINIPORT_SEND_NET_BUFFER_LISTS_HANDLER"),
    "MINIPORT_RETURN_NET_BUFFER_LISTS": ("VOID", ["NDIS_HANDLE", "PNET_BUFFER_LIST", "ULONG"], "MINIPORT_RETURN_NET_BUFFER_LISTS_HANDLER"),
    "MINIPORT_CANCEL_SEND": ("VOID", ["NDIS_HANDLE", "PVOID"], "MINIPORT_CANCEL_SEND_HANDLER"),
    "MINIPORT_CHECK_FOR_HANG": ("BOOLEAN", ["NDIS_HANDLE"], "MINIPORT_CHECK_FOR_HANG_HANDLER"),
    "MINIPORT_RESET": ("NDIS_STATUS", ["NDIS_HANDLE", "PBOOLEAN"], "MINIPORT_RESET_HANDLER"),
    "MINIPORT_DEVICE_PNP_EVENT_NOTIFY": ("VOID", ["NDIS_HANDLE", "PNET_DEVICE_PNP_EVENT"], "MINIPORT_DEVICE_PNP_EVENT_NOTIFY_HANDLER"),
    "MINIPORT_SHUTDOWN": ("VOID", ["NDIS_HANDLE", "NDIS_SHUTDOWN_ACTION"], "MINIPORT_SHUTDOWN_HANDLER"),
    "MINIPORT_ISR": ("BOOLEAN", ["NDIS_HANDLE", "PBOOLEAN", "PULONG"], "MINIPORT_ISR_HANDLER"),
    "MINIPORT_INTERRUPT_DPC": ("VOID", ["NDIS_HANDLE", "PVOID", "PVOID", "PVOID"], "MINIPORT_INTERRUPT_DPC_HANDLER"),
    "MINIPORT_ENABLE_INTERRUPT": ("VOID", ["NDIS_HANDLE"], "MINIPORT_ENABLE_INTERRUPT_HANDLER"),
    "MINIPORT_DISABLE_INTERRUPT": ("VOID", ["NDIS_HANDLE"], "MINIPORT_DISABLE_INTERRUPT_HANDLER"),
    "MINIPORT_MESSAGE_INTERRUPT": ("BOOLEAN", ["NDIS_HANDLE", "ULONG", "PBOOLEAN", "PULONG"], "MINIPORT_MSI_ISR_HANDLER"),
    "MINIPORT_MESSAGE_INTERRUPT_DPC": ("VOID", ["NDIS_HANDLE", "ULONG", "PVOID", "PVOID", "PVOID"], "MINIPORT_MSI_INTERRUPT_DPC_HANDLER"),
    "MINIPORT_ENABLE_MESSAGE_INTERRUPT": ("VOID", ["NDIS_HANDLE", "ULONG"], "MINIPORT_ENABLE_MSI_INTERRUPT_HANDLER"),
    "MINIPORT_DISABLE_MESSAGE_INTERRUPT": ("VOID", ["NDIS_HANDLE", "ULONG"], "MINIPORT_DISABLE_MSI_INTERRUPT_HANDLER"),
    "MINIPORT_SYNCHRONIZE_INTERRUPT": ("BOOLEAN", ["NDIS_HANDLE"], "MINIPORT_SYNCHRONIZE_INTERRUPT_HANDLER"),
    "MINIPORT_ADD_DEVICE": ("NDIS_STATUS", ["NDIS_HANDLE", "NDIS_HANDLE"], "MINIPORT_ADD_DEVICE_HANDLER"),
    "MINIPORT_REMOVE_DEVICE": ("VOID", ["NDIS_HANDLE"], "MINIPORT_REMOVE_DEVICE_HANDLER"),
    "MINIPORT_PROCESS_SG_LIST": ("VOID", ["PDEVICE_OBJECT", "PVOID", "PSCATTER_GATHER_LIST", "PVOID"], "MINIPORT_PROCESS_SG_LIST_HANDLER"),
    "MINIPORT_ALLOCATE_SHARED_MEM_COMPLETE": ("VOID", ["NDIS_HANDLE", "PVOID", "PNDIS_PHYSICAL_ADDRESS", "ULONG", "PVOID"], "MINIPORT_ALLOCATE_SHARED_MEM_COMPLETE_HANDLER"),
    "NDIS_TIMER_FUNCTION": ("VOID", ["PVOID", "PVOID", "PVOID", "PVOID"], "PNDIS_TIMER_FUNCTION"),
    "NDIS_IO_WORKITEM_FUNCTION": ("VOID", ["PVOID", "NDIS_HANDLE"], "NDIS_IO_WORKITEM_ROUTINE"),
}

TYPES = """
NDIS_STATUS NDIS_HANDLE NDIS_SPIN_LOCK NDIS_OID PNET_BUFFER_LIST
NDIS_PHYSICAL_ADDRESS NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS PNDIS_OID_REQUEST
NDIS_MINIPORT_DRIVER_CHARACTERISTICS PNDIS_RESOURCE_LIST
PNDIS_MINIPORT_PAUSE_PARAMETERS NDIS_HALT_ACTION NDIS_SHUTDOWN_ACTION
PNDIS_MINIPORT_INIT_PARAMETERS PNDIS_MINIPORT_RESTART_PARAMETERS
NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES NDIS_PORT_NUMBER
PCM_PARTIAL_RESOURCE_DESCRIPTOR NDIS_CONFIGURATION_OBJECT
NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES NDIS_SG_DMA_DESCRIPTION
NET_BUFFER_LIST_POOL_PARAMETERS NDIS_DEVICE_PNP_EVENT
PNDIS_MINIPORT_ADAPTER_ATTRIBUTES PNDIS_PHYSICAL_ADDRESS PNET_BUFFER
PNDIS_CONFIGURATION_PARAMETER NDIS_PNP_CAPABILITIES NDIS_MEDIA_CONNECT_STATE
NDIS_TIMER_CHARACTERISTICS NDIS_MINIPORT_ADAPTER_ATTRIBUTES NDIS_STRING Ndis_UNUSED
NDIS_EVENT PNDIS_PACKET NDIS_MINIPORT_CHARACTERISTICS NDIS_MINIPORT_INTERRUPT
PNDIS_MEDIUM PNDIS_STATUS NDIS_DEVICE_POWER_STATE NET_BUFFER_LIST NDIS_LINK_STATE
PCI_COMMON_CONFIG NDIS_MEDIA_DUPLEX_STATE NDIS_PM_CAPABILITIES
NDIS_PM_PACKET_PATTERN NDIS_REQUEST_TYPE NET_BUFFER PNDIS_BUFFER PNDIS_HANDLE
NDIS_MEDIA_STATE NDIS_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES
NDIS_TCP_IP_CHECKSUM_NET_BUFFER_LIST_INFO PNDIS_RECEIVE_THROTTLE_PARAMETERS
NDIS_OFFLOAD NDIS_PARAMETER_TYPE NDIS_PHYSICAL_MEDIUM NDIS_POLL_RECEIVE_DATA
NDIS_STATISTICS_INFO CM_PARTIAL_RESOURCE_DESCRIPTOR NDIS_INTERRUPT_TYPE
NDIS_IO_WORKITEM NDIS_MINIPORT_PNP_CHARACTERISTICS NDIS_MINIPORT_TIMER
NDIS_NET_BUFFER_LIST_8021Q_INFO NDIS_OFFLOAD_PARAMETERS NDIS_OID_REQUEST
NDIS_PACKET NDIS_POLL_DATA NDIS_POLL_HANDLE NDIS_RECEIVE_SCALE_CAPABILITIES
NDIS_RECEIVE_SCALE_PARAMETERS NDIS_REQUEST NDIS_RESOURCE_LIST NDIS_RW_LOCK
NET_IF_MEDIA_DUPLEX_STATE PNDIS_DRIVER_OPTIONAL_HANDLERS
PNDIS_RESTART_ATTRIBUTES PNDIS_RESTART_GENERAL_ATTRIBUTES PNDIS_RW_LOCK_EX
PNDIS_STATUS_INDICATION NDIS_ERROR_CODE NDIS_STATUS_INDICATION
MINIPORT_SYNCHRONIZE_INTERRUPT_HANDLER
""".split()
TYPES.remove("Ndis_UNUSED")

FUNCS = """
NdisFreeMemory NdisAllocateSpinLock NdisReleaseSpinLock NdisMAllocateSharedMemory
NdisAcquireSpinLock NdisMFreeSharedMemory NdisMSetMiniportAttributes
NdisFreeSpinLock NdisMDeregisterInterruptEx NdisMRegisterMiniport
NdisMRegisterMiniportDriver NdisMDeregisterMiniportDriver NdisMRegisterInterruptEx
NdisAllocateMemoryWithTagPriority NdisWriteErrorLogEntry NdisCloseConfiguration
NdisRequest NdisStallExecution NdisInitializeEvent NdisWaitEvent
NdisFreeNetBufferList NdisMMapIoSpace NdisMRegisterScatterGatherDma
NdisMSendNetBufferListsComplete NdisReadNetworkAddress
NdisAllocateNetBufferAndNetBufferList NdisAllocateNetBufferListPool
NdisFreeNetBufferListPool NdisMDeregisterIoPortRange NdisMRegisterInterrupt
NdisMRegisterIoPortRange NdisOpenConfigurationEx NdisReadConfiguration
NdisMDeregisterScatterGatherDma NdisMUnmapIoSpace NdisDprReleaseSpinLock
NdisDprAcquireSpinLock NdisResetEvent NdisMQueryAdapterResources IsListEmpty
NdisAllocateMdl InitializeListHead NdisFreeMdl NdisAllocateMemoryWithTag
NdisMSleep NdisAllocateIoWorkItem NdisAllocateTimerObject NdisFreeIoWorkItem
NdisMDeregisterInterrupt NdisOpenConfiguration NdisSetEvent NdisMIndicateStatusEx
NdisMInitializeWrapper NdisMRemoveMiniport NdisMSetAttributesEx NdisQueueIoWorkItem
NdisTerminateWrapper NdisReadPciSlotInformation KeGetCurrentIrql
NdisMIndicateReceiveNetBufferLists NdisGetCurrentSystemTime
NdisInterlockedRemoveHeadList NdisCancelTimerObject NdisDeleteNPagedLookasideList
NdisInitializeNPagedLookasideList NdisMAllocateSharedMemoryAsync
NdisMAllocateSharedMemoryAsyncEx NdisMGetDmaAlignment NdisMInitializeScatterGatherDma
NdisMSynchronizeWithInterruptEx NdisSetTimerObject RemoveEntryList RemoveHeadList
NdisFreeMemoryWithTagPriority NdisMSetAttributes KeGetCurrentProcessorNumber
NdisFreeToNPagedLookasideList NdisMSynchronizeWithInterrupt
KeGetProcessorNumberFromIndex NdisInitializeString ExAllocatePoolWithTag
KeGetCurrentProcessorNumberEx MmAllocateContiguousMemorySpecifyCache
NdisAcquireRWLockRead NdisAcquireRWLockWrite NdisAcquireReadWriteLock
NdisDprAcquireReadWriteLock NdisInterlockedInsertTailList NdisMAllocateMapRegisters
NdisMFreeMapRegisters NdisMGetBusData NdisMQueueDpc NdisMQueueDpcEx
NdisReleaseRWLock RtlStringCbPrintfA ExFreePoolWithTag InsertTailList KeLowerIrql
KeQueryPerformanceCounter KeQueryTickCount KeRaiseIrqlToDpcLevel
MmFreeContiguousMemory MmGetPhysicalAddress RtlULongMult
NdisAllocateFromNPagedLookasideList NdisAllocateNetBufferList
NdisCopyFromNetBufferToNetBuffer NdisCopyReceiveNetBufferListInfo
NdisDprReleaseReadWriteLock NdisFreeRWLock NdisFreeTimerObject
NdisGetFirstBufferFromPacketSafe NdisGetVersion NdisGroupActiveProcessorCount
NdisInitializeReadWriteLock NdisMCancelTimer NdisMDeregisterAdapterShutdownHandler
NdisMEthIndicateReceive NdisMEthIndicateReceiveComplete NdisMIndicateReceivePacket
NdisMIndicateStatus NdisMIndicateStatusComplete NdisMInitializeTimer
NdisMOidRequestComplete NdisMPauseComplete NdisMRegisterAdapterShutdownHandler
NdisMRegisterUnloadHandler NdisMResetComplete NdisMSendResourcesAvailable
NdisMSetPeriodicTimer NdisOpenConfigurationKeyByName NdisQueryPacket
NdisReleaseReadWriteLock NdisReset NdisSetOptionalHandlers
NdisSystemProcessorCount NdisWritePciSlotInformation RtlCompareMemory
RtlStringCbCatA RtlStringCbCopyA RtlStringCbPrintfExA
""".split()

CONSTS = """
NDIS_STATUS_SUCCESS NDIS_STATUS_RESOURCES NDIS_STATUS_FAILURE
CmResourceTypeInterrupt NdisMedium802_3 NdisInterfacePci NDIS_PACKET_TYPE_BROADCAST
CmResourceTypeMemory CmResourceTypePort
NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1
NDIS_MINIPORT_INTERRUPT_REVISION_1
NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES
NDIS_OBJECT_TYPE_MINIPORT_DRIVER_CHARACTERISTICS NDIS_OBJECT_TYPE_MINIPORT_INTERRUPT
NDIS_STATUS_PENDING NdisDevicePnPEventSurpriseRemoved NDIS_PACKET_TYPE_ALL_MULTICAST
NdisDevicePnPEventQueryRemoved NdisDevicePnPEventQueryStopped
NdisDevicePnPEventRemoved NdisDevicePnPEventStopped NDIS_PACKET_TYPE_DIRECTED
NDIS_PACKET_TYPE_MULTICAST NET_IF_ACCESS_BROADCAST NET_IF_DIRECTION_SENDRECEIVE
NdisDevicePnPEventPowerProfileChanged NDIS_MAC_OPTION_NO_LOOPBACK
NDIS_MAC_OPTION_TRANSFERS_NOT_PEND NDIS_MINIPORT_ATTRIBUTES_HARDWARE_DEVICE
NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_1
NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES ETH_LENGTH_OF_ADDRESS
NDIS_MINIPORT_MINOR_VERSION NDIS_LINK_SPEED_UNKNOWN NDIS_MINIPORT_MAJOR_VERSION
NDIS_OBJECT_TYPE_DEFAULT NDIS_STATUS_DEVICE_FAILED NDIS_STATUS_RESOURCE_CONFLICT
NDIS_STATUS_UNSUPPORTED_MEDIA NET_IF_CONNECTION_DEDICATED
NDIS_CONFIGURATION_OBJECT_REVISION_1 NDIS_OBJECT_TYPE_CONFIGURATION_OBJECT
NDIS_PACKET_TYPE_PROMISCUOUS NdisParameterInteger NDIS_MAC_OPTION_COPY_LOOKAHEAD_DATA
NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_1 NDIS_MINIPORT_ATTRIBUTES_BUS_MASTER
NDIS_OBJECT_TYPE_SG_DMA_DESCRIPTION NDIS_SG_DMA_DESCRIPTION_REVISION_1
NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1 NdisInterruptLevelSensitive
NDIS_STATUS_HARD_ERRORS NDIS_STATUS_RESET_IN_PROGRESS
NDIS_ERROR_CODE_RESOURCE_CONFLICT NDIS_STATUS_ADAPTER_NOT_FOUND
NDIS_ERROR_CODE_HARDWARE_FAILURE NDIS_ERROR_CODE_OUT_OF_RESOURCES
NDIS_ATTRIBUTE_BUS_MASTER NDIS_CONNECT_MESSAGE_BASED NDIS_OBJECT_TYPE_STATUS_INDICATION
NDIS_OBJECT_TYPE_TIMER_CHARACTERISTICS NDIS_STATUS_INDICATION_REVISION_1
NDIS_STATUS_NOT_SUPPORTED NDIS_TIMER_CHARACTERISTICS_REVISION_1 NdisDeviceStateD0
NdisMediaStateConnected NDIS_SIZEOF_CONFIGURATION_OBJECT_REVISION_1
NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2 NDIS_STATUS_NOT_ACCEPTED
NDIS_STATUS_REQUEST_ABORTED NdisMediaStateDisconnected NdisShutdownBugCheck
NdisShutdownPowerOff CM_RESOURCE_INTERRUPT_LATCHED CmResourceShareShared
NDIS_ERROR_CODE_INTERRUPT_CONNECT NDIS_ERROR_CODE_UNSUPPORTED_CONFIGURATION
NDIS_LINK_STATE_REVISION_1 NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_2
NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2
NDIS_SIZEOF_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_2
NDIS_STATISTICS_GEN_STATISTICS_SUPPORTED NDIS_STATISTICS_RCV_ERROR_SUPPORTED
NDIS_STATISTICS_RCV_OK_SUPPORTED NDIS_STATISTICS_XMIT_ERROR_SUPPORTED
NDIS_STATISTICS_XMIT_OK_SUPPORTED NDIS_STATUS_LINK_STATE NDIS_STATUS_PAUSED
NdisHaltDeviceInitializationFailed NdisInterruptLatched NdisPauseFunctionsUnsupported
NdisPhysicalMedium802_3 NdisRequestMethod NdisRequestQueryInformation
NdisRequestQueryStatistics NDIS_STATUS_CLOSING NDIS_ERROR_CODE_ADAPTER_NOT_FOUND
NDIS_STATUS_INVALID_ADDRESS NDIS_STATUS_SOFT_ERRORS NDIS_HASH_IPV4 NDIS_HASH_IPV6
NDIS_HASH_IPV6_EX NDIS_HASH_TCP_IPV4 NDIS_HASH_TCP_IPV6 NDIS_HASH_TCP_IPV6_EX
NDIS_RECEIVE_FLAGS_DISPATCH_LEVEL NDIS_RECEIVE_FLAGS_RESOURCES
NDIS_RWL_AT_DISPATCH_LEVEL NDIS_SIZEOF_TIMER_CHARACTERISTICS_REVISION_1
NdisRequestSetInformation CM_RESOURCE_INTERRUPT_MESSAGE
CM_RESOURCE_INTERRUPT_POLICY_INCLUDED MmCached NDIS_ANY_NUMBER_OF_NBLS NDIS_DMA_32BITS
NDIS_ERROR_CODE_ADAPTER_DISABLED NDIS_ERROR_CODE_BAD_IO_BASE_ADDRESS
NDIS_ERROR_CODE_NETWORK_ADDRESS NDIS_HASH_UDP_IPV4 NDIS_HASH_UDP_IPV6
NDIS_HASH_UDP_IPV6_EX NDIS_LINK_STATE_DUPLEX_AUTO_NEGOTIATED
NDIS_MAC_OPTION_8021P_PRIORITY NDIS_MAC_OPTION_8021Q_VLAN
NDIS_MINIPORT_ADAPTER_802_11_ATTRIBUTES_REVISION_1
NDIS_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES_REVISION_1
NDIS_MINIPORT_ATTRIBUTES_NO_HALT_ON_SUSPEND NDIS_MINIPORT_ATTRIBUTES_NO_PAUSE_ON_SUSPEND
NDIS_MINIPORT_ATTRIBUTES_REGISTER_BUGCHECK_CALLBACK
NDIS_MINIPORT_ATTRIBUTES_SURPRISE_REMOVE_OK
NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_3
NDIS_MINIPORT_PNP_CHARACTERISTICS_REVISION_1
NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES
NDIS_OBJECT_TYPE_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES
NDIS_OBJECT_TYPE_MINIPORT_PNP_CHARACTERISTICS NDIS_OFFLOAD_PARAMETERS_REVISION_1
NDIS_OFFLOAD_PARAMETERS_REVISION_5 NDIS_PACKET_TYPE_MAC_FRAME
NDIS_PM_CAPABILITIES_REVISION_2 NDIS_SG_DMA_64_BIT_ADDRESS NDIS_SG_DMA_V3_HAL_API
NDIS_SIZEOF_LINK_STATE_REVISION_1
NDIS_SIZEOF_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_1
NDIS_SIZEOF_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1
NDIS_SIZEOF_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES_REVISION_1
NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_1
NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_3
NDIS_SIZEOF_MINIPORT_INTERRUPT_CHARACTERISTICS_REVISION_1
NDIS_SIZEOF_MINIPORT_PNP_CHARACTERISTICS_REVISION_1
NDIS_SIZEOF_NDIS_PM_CAPABILITIES_REVISION_2
NDIS_SIZEOF_NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1
NDIS_SIZEOF_OFFLOAD_PARAMETERS_REVISION_1 NDIS_SIZEOF_OFFLOAD_PARAMETERS_REVISION_5
NDIS_SIZEOF_SG_DMA_DESCRIPTION_REVISION_1 NDIS_SIZEOF_STATISTICS_INFO_REVISION_1
NDIS_SIZEOF_STATUS_INDICATION_REVISION_1
NDIS_STATISTICS_BROADCAST_FRAMES_RCV_SUPPORTED
NDIS_STATISTICS_BROADCAST_FRAMES_XMIT_SUPPORTED NDIS_STATISTICS_BYTES_RCV_SUPPORTED
NDIS_STATISTICS_BYTES_XMIT_SUPPORTED NDIS_STATISTICS_DIRECTED_FRAMES_RCV_SUPPORTED
NDIS_STATISTICS_DIRECTED_FRAMES_XMIT_SUPPORTED NDIS_STATISTICS_INFO_REVISION_1
NDIS_STATISTICS_MULTICAST_FRAMES_RCV_SUPPORTED
NDIS_STATISTICS_MULTICAST_FRAMES_XMIT_SUPPORTED NDIS_STATISTICS_RCV_CRC_ERROR_SUPPORTED
NDIS_STATISTICS_RCV_DISCARDS_SUPPORTED NDIS_STATISTICS_RCV_NO_BUFFER_SUPPORTED
NDIS_STATISTICS_TRANSMIT_QUEUE_LENGTH_SUPPORTED NDIS_STATISTICS_XMIT_DISCARDS_SUPPORTED
NDIS_STATUS_INVALID_DATA NDIS_STATUS_INVALID_DEVICE_REQUEST NDIS_STATUS_INVALID_LENGTH
NDIS_STATUS_INVALID_PACKET NDIS_STATUS_MEDIA_CONNECT NDIS_STATUS_MEDIA_DISCONNECT
NDIS_STATUS_MEDIA_DISCONNECTED NDIS_STATUS_MULTICAST_FULL NDIS_STATUS_NO_CABLE
NDIS_WDM_DRIVER NdisDevicePnPEventFilterListChanged NdisHaltDeviceSurpriseRemoved
NdisInterfaceInternal NdisPhysicalMediumUnspecified PCI_ENABLE_WRITE_AND_INVALIDATE
PCI_WHICHSPACE_CONFIG NDIS_PROTOCOL_ID_DEFAULT NDIS_SEND_COMPLETE_FLAGS_DISPATCH_LEVEL
""".split()

# Preprocessor switches and pragma helpers: they must be macros.
MACROS = """
NDIS_SUPPORT_NDIS620 NDIS_SUPPORT_NDIS6 NDIS_SUPPORT_NDIS61 NDIS_SUPPORT_NDIS630
NDIS_SUPPORT_NDIS650 NDIS_SUPPORT_NDIS680 NDIS_SUPPORT_NDIS683 NDIS_SUPPORT_NDIS686
NDIS_INIT_FUNCTION NDIS_PAGEABLE_FUNCTION NDIS_ERROR_CODE
""".split()

# Function-like macros, invoked as drivers invoke them.  The ndt_* objects
# are declared in FIXTURE below.
CALLS = {
    "NdisZeroMemory": "NdisZeroMemory(ndt_buf, sizeof(ndt_buf));",
    "NdisMoveMemory": "NdisMoveMemory(ndt_buf, ndt_buf2, 4);",
    "NdisFillMemory": "NdisFillMemory(ndt_buf, 4, 0xFF);",
    "RtlZeroMemory": "RtlZeroMemory(ndt_buf, sizeof(ndt_buf));",
    "RtlCopyMemory": "RtlCopyMemory(ndt_buf, ndt_buf2, 4);",
    "RtlFillMemory": "RtlFillMemory(ndt_buf, 4, 0);",
    "UNREFERENCED_PARAMETER": "UNREFERENCED_PARAMETER(ndt_ulong);",
    "ASSERT": "ASSERT(ndt_ulong != 0);",
    "PAGED_CODE": "PAGED_CODE();",
    "KeMemoryBarrier": "KeMemoryBarrier();",
    "NT_SUCCESS": "ndt_bool = (BOOLEAN)NT_SUCCESS(ndt_ntstatus);",
    "FIELD_OFFSET": "ndt_long = FIELD_OFFSET(NDIS_OBJECT_HEADER, Size);",
    "CONTAINING_RECORD": "ndt_owner = CONTAINING_RECORD(ndt_list_entry, NDT_ENTRY_OWNER, Link);",
    "RtlOffsetToPointer": "ndt_pvoid = RtlOffsetToPointer(ndt_buf, 4);",
    "RtlPointerToOffset": "ndt_ulong = RtlPointerToOffset(ndt_buf, ndt_buf + 4);",
    "NDIS_STRING_CONST": "{ NDIS_STRING ndt_key = NDIS_STRING_CONST(\"Key\"); ndt_string = ndt_key; }",
    "NdisFreeString": "NdisFreeString(ndt_string);",
    "NdisInitializeListHead": "NdisInitializeListHead(ndt_list_entry);",
    "NdisInterlockedIncrement": "ndt_long = NdisInterlockedIncrement(&ndt_long);",
    "NdisInterlockedDecrement": "ndt_long = NdisInterlockedDecrement(&ndt_long);",
    "NdisInterlockedAddLargeStatistic": "NdisInterlockedAddLargeStatistic(&ndt_ull, 1);",
    "NdisGetPhysicalAddressLow": "ndt_ulong = NdisGetPhysicalAddressLow(ndt_pa);",
    "NdisGetPhysicalAddressHigh": "ndt_long = NdisGetPhysicalAddressHigh(ndt_pa);",
    "NDIS_CURRENT_IRQL": "ndt_irql = NDIS_CURRENT_IRQL();",
    "NDIS_INIT_MUTEX": "NDIS_INIT_MUTEX(&ndt_mutex);",
    "NDIS_WAIT_FOR_MUTEX": "NDIS_WAIT_FOR_MUTEX(&ndt_mutex);",
    "NDIS_RELEASE_MUTEX": "NDIS_RELEASE_MUTEX(&ndt_mutex);",
    "NDIS_TEST_SEND_AT_DISPATCH_LEVEL": "ndt_bool = NDIS_TEST_SEND_AT_DISPATCH_LEVEL(ndt_ulong);",
    "NDIS_TEST_RETURN_AT_DISPATCH_LEVEL": "ndt_bool = NDIS_TEST_RETURN_AT_DISPATCH_LEVEL(ndt_ulong);",
    "NDIS_SET_SEND_COMPLETE_FLAG": "NDIS_SET_SEND_COMPLETE_FLAG(ndt_ulong, NDIS_SEND_COMPLETE_FLAGS_DISPATCH_LEVEL);",
    "ETH_COPY_NETWORK_ADDRESS": "ETH_COPY_NETWORK_ADDRESS(ndt_mac, ndt_mac2);",
    "ETH_IS_BROADCAST": "ndt_bool = ETH_IS_BROADCAST(ndt_mac);",
    "ETH_IS_MULTICAST": "ndt_bool = ETH_IS_MULTICAST(ndt_mac);",
    "NET_BUFFER_LIST_NEXT_NBL": "ndt_nbl = NET_BUFFER_LIST_NEXT_NBL(ndt_nbl);",
    "NET_BUFFER_LIST_FIRST_NB": "ndt_nb = NET_BUFFER_LIST_FIRST_NB(ndt_nbl);",
    "NET_BUFFER_LIST_STATUS": "NET_BUFFER_LIST_STATUS(ndt_nbl) = NDIS_STATUS_SUCCESS;",
    "NET_BUFFER_LIST_INFO": "ndt_pvoid = NET_BUFFER_LIST_INFO(ndt_nbl, TcpIpChecksumNetBufferListInfo);",
    "NET_BUFFER_LIST_COALESCED_SEG_COUNT": "ndt_ushort = NET_BUFFER_LIST_COALESCED_SEG_COUNT(ndt_nbl);",
    "NET_BUFFER_LIST_DUP_ACK_COUNT": "ndt_ushort = NET_BUFFER_LIST_DUP_ACK_COUNT(ndt_nbl);",
    "NET_BUFFER_LIST_GET_HASH_VALUE": "ndt_ulong = NET_BUFFER_LIST_GET_HASH_VALUE(ndt_nbl);",
    "NET_BUFFER_LIST_SET_HASH_VALUE": "NET_BUFFER_LIST_SET_HASH_VALUE(ndt_nbl, ndt_ulong);",
    "NET_BUFFER_LIST_SET_HASH_TYPE": "NET_BUFFER_LIST_SET_HASH_TYPE(ndt_nbl, NDIS_HASH_TCP_IPV4);",
    "NET_BUFFER_LIST_SET_HASH_FUNCTION": "NET_BUFFER_LIST_SET_HASH_FUNCTION(ndt_nbl, NdisHashFunctionToeplitz);",
    "NDIS_GET_NET_BUFFER_LIST_CANCEL_ID": "ndt_pvoid = NDIS_GET_NET_BUFFER_LIST_CANCEL_ID(ndt_nbl);",
    "NET_BUFFER_NEXT_NB": "ndt_nb = NET_BUFFER_NEXT_NB(ndt_nb);",
    "NET_BUFFER_DATA_LENGTH": "ndt_ulong = NET_BUFFER_DATA_LENGTH(ndt_nb);",
    "NET_BUFFER_DATA_OFFSET": "ndt_ulong = NET_BUFFER_DATA_OFFSET(ndt_nb);",
    "NET_BUFFER_CURRENT_MDL": "ndt_mdl = NET_BUFFER_CURRENT_MDL(ndt_nb);",
    "NET_BUFFER_CURRENT_MDL_OFFSET": "ndt_ulong = NET_BUFFER_CURRENT_MDL_OFFSET(ndt_nb);",
    "NET_BUFFER_FIRST_MDL": "ndt_mdl = NET_BUFFER_FIRST_MDL(ndt_nb);",
    "NDIS_PER_PACKET_INFO_FROM_PACKET": "ndt_pvoid = NDIS_PER_PACKET_INFO_FROM_PACKET(ndt_packet, TcpIpChecksumPacketInfo);",
    "NdisGetNextMdl": "NdisGetNextMdl(ndt_mdl, &ndt_mdl);",
    "NdisGetNextBuffer": "NdisGetNextBuffer(ndt_buffer, &ndt_buffer);",
    "NdisQueryMdl": "NdisQueryMdl(ndt_mdl, &ndt_puchar, &ndt_ulong, NormalPagePriority);",
    "NdisQueryBuffer": "NdisQueryBuffer(ndt_buffer, &ndt_puchar, &ndt_uint);",
    "NdisRawReadPortUchar": "NdisRawReadPortUchar(ndt_port, &ndt_uchar);",
    "NdisRawReadPortUshort": "NdisRawReadPortUshort(ndt_port, &ndt_ushort);",
    "NdisRawWritePortUshort": "NdisRawWritePortUshort(ndt_port, ndt_ushort);",
    "NdisRawWritePortUlong": "NdisRawWritePortUlong(ndt_port, ndt_ulong);",
    "NdisReadRegisterUlong": "NdisReadRegisterUlong(ndt_register, &ndt_ulong);",
    "NdisWriteRegisterUlong": "NdisWriteRegisterUlong(ndt_register, ndt_ulong);",
}
# Function-like macros used at file scope.
FILE_SCOPE_CALLS = {
    "C_ASSERT": "C_ASSERT(sizeof(ULONG) == 4);",
}

# Documented structure members: name -> structures that must have it.
FIELDS = {
    "NdisReserved2": ["NET_BUFFER_LIST"],
    "NdisPoolHandle": ["NET_BUFFER_LIST", "NET_BUFFER"],
    "NdisHandle": ["NDIS_CONFIGURATION_OBJECT"],
}

# Documented parameter names: name -> declarations whose parameter list
# must contain it (checked in the header text).
PARAMS = {
    "NdisMiniportDriverHandle": ["NdisMRegisterMiniportDriver", "NdisMDeregisterMiniportDriver"],
    "NdisReserved1": ["MINIPORT_INTERRUPT_DPC"],
    "NdisReserved2": ["MINIPORT_INTERRUPT_DPC"],
    "NdisHandle": ["NdisAllocateMemoryWithTagPriority", "NdisAllocateTimerObject",
                   "NdisAllocateNetBufferListPool", "NdisAllocateMdl"],
    "NdisIoWorkItemHandle": ["NdisQueueIoWorkItem", "NdisFreeIoWorkItem", "NDIS_IO_WORKITEM_FUNCTION"],
    "NdisInterruptHandle": ["NdisMRegisterInterruptEx", "NdisMDeregisterInterruptEx",
                            "NdisMQueueDpc", "NdisMSynchronizeWithInterruptEx"],
    "NdisMiniportDmaHandle": ["NdisMRegisterScatterGatherDma", "NdisMAllocateNetBufferSGList"],
    "NdisDriverHandle": ["MINIPORT_SET_OPTIONS"],
}

# Names in the surface list that are not WDK names.  Drivers define the
# first groups themselves, so the stand-in must leave them free.
ABSENT = {
    "driver-defined macro or type (the driver's own headers define it)": """
        MINIPORT_PAUSED MINIPORT_PAUSING MINIPORT_RUNNING NDIS_SYNC_PROC_TYPE
        NDIS_REQUEST_NEXT_REQUEST NDIS_ERR ETH_ALEN ETH_HEADER_SIZE ETH_DATA_ALIGN
        ETH_PRIORITY_HEADER_SIZE ETH_IS_EMPTY ETH_IS_LOCALLY_ADMINISTERED
        PCI_BMEN PCI_COMMAND PCI_ID PCI_ILR PCI_IOBAR PCI_IOEN PCI_PCIID
        NdisResetWorkItem NdisPollHandler""",
    "driver variable, parameter or field name": """
        Ndis NdisBuffer NdisStatus NdisAllocate NdisFree NdisGeneralAttributes
        NdisRestartAttributes NdisMiniportDriverHandleLocal""",
    "placeholder, typo or non-existent name seen in comments": """
        NdisXXX NdisXRegisterXXXDriver NDIS_STATUS_XXX NDIS_ERROR_CODE_
        NdisStallExecution_Delay NdisMRegisterioPortRange
        NdisMSendCompleteNetBufferLists NdisMIndicateNetBufferLists
        NdisDevicePnPEventPowerProfileChange NDIS_SUCCESS_HARD_ERRORS NdisPoll""",
}

# Exact prototypes of the services the checks model.
SIGNATURES = {
    "NdisMRegisterInterruptEx": ("NDIS_STATUS", "NDIS_HANDLE, NDIS_HANDLE, PNDIS_MINIPORT_INTERRUPT_CHARACTERISTICS, PNDIS_HANDLE"),
    "NdisMDeregisterInterruptEx": ("VOID", "NDIS_HANDLE"),
    "NdisMRegisterInterrupt": ("NDIS_STATUS", "PNDIS_MINIPORT_INTERRUPT, NDIS_HANDLE, UINT, UINT, BOOLEAN, BOOLEAN, NDIS_INTERRUPT_MODE"),
    "NdisMDeregisterInterrupt": ("VOID", "PNDIS_MINIPORT_INTERRUPT"),
    "NdisMRegisterScatterGatherDma": ("NDIS_STATUS", "NDIS_HANDLE, PNDIS_SG_DMA_DESCRIPTION, PNDIS_HANDLE"),
    "NdisMDeregisterScatterGatherDma": ("VOID", "NDIS_HANDLE"),
    "NdisAllocateIoWorkItem": ("NDIS_HANDLE", "NDIS_HANDLE"),
    "NdisFreeIoWorkItem": ("VOID", "NDIS_HANDLE"),
    "NdisOpenConfigurationEx": ("NDIS_STATUS", "PNDIS_CONFIGURATION_OBJECT, PNDIS_HANDLE"),
    "NdisCloseConfiguration": ("VOID", "NDIS_HANDLE"),
    "NdisFreeMemory": ("VOID", "PVOID, UINT, UINT"),
    "NdisAllocateMemoryWithTagPriority": ("PVOID", "NDIS_HANDLE, UINT, ULONG, EX_POOL_PRIORITY"),
    "NdisMMapIoSpace": ("NDIS_STATUS", "PVOID *, NDIS_HANDLE, NDIS_PHYSICAL_ADDRESS, UINT"),
    "NdisMUnmapIoSpace": ("VOID", "NDIS_HANDLE, PVOID, UINT"),
    "NdisMAllocateSharedMemory": ("VOID", "NDIS_HANDLE, ULONG, BOOLEAN, PVOID *, PNDIS_PHYSICAL_ADDRESS"),
    "NdisMFreeSharedMemory": ("VOID", "NDIS_HANDLE, ULONG, BOOLEAN, PVOID, NDIS_PHYSICAL_ADDRESS"),
    "NdisMSetMiniportAttributes": ("NDIS_STATUS", "NDIS_HANDLE, PNDIS_MINIPORT_ADAPTER_ATTRIBUTES"),
    "NdisMRegisterMiniportDriver": ("NDIS_STATUS", "PDRIVER_OBJECT, PUNICODE_STRING, NDIS_HANDLE, PNDIS_MINIPORT_DRIVER_CHARACTERISTICS, PNDIS_HANDLE"),
    "NdisMDeregisterMiniportDriver": ("VOID", "NDIS_HANDLE"),
    "NdisAllocateNetBufferListPool": ("NDIS_HANDLE", "NDIS_HANDLE, PNET_BUFFER_LIST_POOL_PARAMETERS"),
    "NdisFreeNetBufferListPool": ("VOID", "NDIS_HANDLE"),
    "NdisAllocateTimerObject": ("NDIS_STATUS", "NDIS_HANDLE, PNDIS_TIMER_CHARACTERISTICS, PNDIS_HANDLE"),
    "NdisFreeTimerObject": ("VOID", "NDIS_HANDLE"),
}

# Documented member order of the structures the checks read.
FIELD_ORDER = {
    "NDIS_OBJECT_HEADER": "Type Revision Size",
    "NDIS_MINIPORT_DRIVER_CHARACTERISTICS": """Header MajorNdisVersion
        MinorNdisVersion MajorDriverVersion MinorDriverVersion Flags
        SetOptionsHandler InitializeHandlerEx HaltHandlerEx UnloadHandler
        PauseHandler RestartHandler OidRequestHandler SendNetBufferListsHandler
        ReturnNetBufferListsHandler CancelSendHandler CheckForHangHandlerEx
        ResetHandlerEx DevicePnPEventNotifyHandler ShutdownHandlerEx
        CancelOidRequestHandler DirectOidRequestHandler
        CancelDirectOidRequestHandler""",
    "NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS": """Header InterruptHandler
        InterruptDpcHandler DisableInterruptHandler EnableInterruptHandler
        MsiSupported MsiSyncWithAllMessages MessageInterruptHandler
        MessageInterruptDpcHandler DisableMessageInterruptHandler
        EnableMessageInterruptHandler InterruptType MessageInfoTable""",
    "NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES": """Header
        MiniportAdapterContext AttributeFlags CheckForHangTimeInSeconds
        InterfaceType""",
    "NDIS_MINIPORT_INIT_PARAMETERS": """Header Flags AllocatedResources
        IMDeviceInstanceContext MiniportAddDeviceContext IfIndex NetLuid
        DefaultPortAuthStates PciDeviceCustomProperties""",
}

UNION_MEMBERS = {
    "NDIS_MINIPORT_ADAPTER_ATTRIBUTES": """AddDeviceRegistrationAttributes
        RegistrationAttributes GeneralAttributes OffloadAttributes
        Native_802_11_Attributes""",
}

# Facts the analysis depends on (integer constant expressions).
FACTS = [
    "sizeof(NDIS_STATUS) == 4",
    "(NDIS_STATUS)-1 < 0",
    "sizeof(ULONG) == 4 && sizeof(LONG) == 4 && sizeof(USHORT) == 2 && sizeof(UCHAR) == 1",
    "sizeof(ULONG_PTR) == sizeof(void *) && sizeof(SIZE_T) == sizeof(void *)",
    "sizeof(NDIS_HANDLE) == sizeof(void *)",
    "sizeof(NDIS_OBJECT_HEADER) == 4",
    "NDIS_STATUS_SUCCESS == 0",
    "NDIS_STATUS_PENDING == 0x103",
    "(unsigned int)NDIS_STATUS_FAILURE == 0xC0000001u",
    "(unsigned int)NDIS_STATUS_RESOURCES == 0xC000009Au",
    "NDIS_STATUS_FAILURE < 0 && NDIS_STATUS_RESOURCES < 0",
    "NT_SUCCESS(NDIS_STATUS_SUCCESS) && NT_SUCCESS(NDIS_STATUS_PENDING)",
    "!NT_SUCCESS(NDIS_STATUS_FAILURE) && !NT_SUCCESS(NDIS_STATUS_RESOURCES)",
    "sizeof(LARGE_INTEGER) == 8 && sizeof(NDIS_PHYSICAL_ADDRESS) == 8",
    "PCI_COMMON_HDR_LENGTH == 64 && sizeof(PCI_COMMON_CONFIG) == 256",
]

FIXTURE = r"""
typedef struct _NDT_ENTRY_OWNER {
    ULONG Value;
    LIST_ENTRY Link;
} NDT_ENTRY_OWNER;
extern UCHAR ndt_buf[64];
extern UCHAR ndt_buf2[64];
extern UCHAR ndt_mac[ETH_LENGTH_OF_ADDRESS];
extern UCHAR ndt_mac2[ETH_LENGTH_OF_ADDRESS];
extern UCHAR ndt_uchar;
extern USHORT ndt_ushort;
extern ULONG ndt_ulong;
extern LONG ndt_long;
extern UINT ndt_uint;
extern ULONG64 ndt_ull;
extern BOOLEAN ndt_bool;
extern KIRQL ndt_irql;
extern NTSTATUS ndt_ntstatus;
extern PVOID ndt_pvoid;
extern PUCHAR ndt_puchar;
extern PULONG ndt_register;
extern ULONG_PTR ndt_port;
extern NDIS_PHYSICAL_ADDRESS ndt_pa;
extern NDIS_STRING ndt_string;
extern PLIST_ENTRY ndt_list_entry;
extern NDT_ENTRY_OWNER *ndt_owner;
extern NDIS_MUTEX ndt_mutex;
extern PNET_BUFFER_LIST ndt_nbl;
extern PNET_BUFFER ndt_nb;
extern PMDL ndt_mdl;
extern PNDIS_BUFFER ndt_buffer;
extern PNDIS_PACKET ndt_packet;
"""

PROLOGUE = r"""
#include <ndis.h>
#include <ntddk.h>
#include <wdm.h>
#include <ntdef.h>
#include <ntstrsafe.h>
#include <ntintsafe.h>
#include <initguid.h>
#include <acpiioct.h>

#ifdef __cplusplus
#define NDT_ASSERT(e, msg) static_assert((e), msg)
#else
#define NDT_ASSERT(e, msg) _Static_assert((e), msg)
#endif
"""

MODES = {
    "gnu-c": ["-x", "c"],
    "gnu-cxx": ["-x", "c++", "-std=c++17"],
    "msvc-c": ["--target=x86_64-pc-windows-msvc", "-fms-extensions", "-fms-compatibility", "-x", "c"],
    "msvc-cxx": ["--target=x86_64-pc-windows-msvc", "-fms-extensions", "-fms-compatibility", "-x", "c++", "-std=c++17"],
}

WARNING_FLAGS = ["-Wall", "-Wextra", "-Wno-unused-parameter", "-Werror"]


def ident(name):
    return re.sub(r"[^A-Za-z0-9_]", "_", name)


# ---------------------------------------------------------------------------
# Probe generation
# ---------------------------------------------------------------------------

def probe_for(kind, name):
    """C/C++ text that compiles only if NAME is declared as KIND says."""
    n = ident(name)
    if kind == "type":
        return "typedef %s *ndt_type_%s;\n" % (name, n)
    if kind == "role":
        # NAME must be a function type whose pointer converts to and from
        # the documented signature without a cast, and NAME's _HANDLER
        # pointer type must accept a function declared with NAME.
        ret, params, handler = ROLES[name]
        return ("typedef %s *ndt_type_%s;\n"
                "%s ndt_role_%s;\n"
                "%s (*ndt_expected_%s)(%s) = &ndt_role_%s;\n"
                "void ndt_handler_%s(void) { %s h = ndt_expected_%s; (void)h; }\n") % (
                    name, n, name, n, ret, n, ", ".join(params), n,
                    n, handler, n)
    if kind == "func":
        return "void ndt_func_%s(void) { (void)&(%s); }\n" % (n, name)
    if kind == "const":
        return "typedef char ndt_const_%s[1 + 0 * (%s)];\n" % (n, name)
    if kind == "macro":
        return "#ifndef %s\n#error %s is not a macro\n#endif\n" % (name, name)
    if kind == "call":
        return "void ndt_call_%s(void) { %s }\n" % (n, CALLS[name])
    if kind == "filecall":
        return FILE_SCOPE_CALLS[name] + "\n"
    if kind == "field":
        return "".join("void ndt_field_%s_%s(void) { (void)sizeof(((%s *)0)->%s); }\n"
                       % (n, ident(s), s, name) for s in FIELDS[name])
    if kind == "absent":
        return ("#ifdef %s\n#error %s must not be defined (drivers define it themselves)\n#endif\n"
                "extern int %s;\n") % (name, name, name)
    raise ValueError(kind)


def fact_probes():
    """Checks of the facts, prototypes and layouts ndis-tidy relies on."""
    out = []
    for i, fact in enumerate(FACTS):
        out.append(("fact: " + fact,
                    'NDT_ASSERT(%s, "fact %d");\n' % (fact, i)))
    for fn, (ret, params) in SIGNATURES.items():
        out.append(("prototype: %s %s(%s)" % (ret, fn, params),
                    "%s (NTAPI *ndt_sig_%s)(%s) = &%s;\n" % (ret, fn, params, fn)))
    for struct, fields in FIELD_ORDER.items():
        f = fields.split()
        checks = "".join(
            'NDT_ASSERT(__builtin_offsetof(%s, %s) < __builtin_offsetof(%s, %s), "%s: %s before %s");\n'
            % (struct, a, struct, b, struct, a, b) for a, b in zip(f, f[1:]))
        if len(f) == 1:
            checks = "void ndt_order_%s(void) { (void)sizeof(((%s *)0)->%s); }\n" % (struct, struct, f[0])
        out.append(("field order: %s { %s }" % (struct, ", ".join(f)), checks))
    for union, members in UNION_MEMBERS.items():
        for m in members.split():
            out.append(("member: %s.%s" % (union, m),
                        "void ndt_member_%s_%s(void) { (void)sizeof(((%s *)0)->%s); }\n"
                        % (union, m, union, m)))
    out.append(("PNDIS_HANDLE is NDIS_HANDLE *",
                "void ndt_phandle(PNDIS_HANDLE p) { NDIS_HANDLE *q = p; PNDIS_HANDLE r = q; (void)r; }\n"))
    return out


# ---------------------------------------------------------------------------
# Parameter-name check (header text)
# ---------------------------------------------------------------------------

def strip_comments(text):
    text = re.sub(r"/\*.*?\*/", " ", text, flags=re.S)
    return re.sub(r"//[^\n]*", " ", text)


def header_text(headers_dir):
    chunks = []
    for root, _dirs, files in os.walk(headers_dir):
        for f in sorted(files):
            if f.endswith(".h"):
                with open(os.path.join(root, f), encoding="utf-8") as fh:
                    chunks.append(strip_comments(fh.read()))
    return "\n".join(chunks)


def parameter_lists(text, decl):
    """Every parenthesised list that follows DECL (function or role typedef)."""
    lists = []
    for m in re.finditer(r"\b%s\b\s*\)?\s*\(" % re.escape(decl), text):
        depth, i = 1, m.end()
        while i < len(text) and depth:
            depth += {"(": 1, ")": -1}.get(text[i], 0)
            i += 1
        lists.append(text[m.end():i - 1])
    return lists


def check_params(headers_dir):
    text = header_text(headers_dir)
    problems = {}
    for name, decls in PARAMS.items():
        for decl in decls:
            lists = parameter_lists(text, decl)
            if not any(re.search(r"\b%s\b" % re.escape(name), l) for l in lists):
                problems.setdefault(name, []).append(
                    "no declaration of %s has a parameter named %s" % (decl, name))
    return problems


# ---------------------------------------------------------------------------
# Compilation
# ---------------------------------------------------------------------------

def compile_source(args, source, workdir, tag):
    path = os.path.join(workdir, "probe_%s.%s" % (tag, "cpp" if "cxx" in args.mode else "c"))
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(source)
    cmd = ([args.cc, "-fsyntax-only", "-nostdinc"] + MODES[args.mode] + WARNING_FLAGS
           + [args.include_flag, args.headers, path])
    res = subprocess.run(cmd, capture_output=True, text=True)
    return res.returncode == 0, res.stderr, cmd


def first_error(stderr):
    for line in stderr.splitlines():
        if "error:" in line:
            return line.strip()
    return stderr.strip().splitlines()[0] if stderr.strip() else "(no diagnostic)"


def classify(names):
    kinds = {}
    for n in TYPES:
        kinds[n] = "type"
    for n in ROLES:
        kinds[n] = "role"
    for n in FUNCS:
        kinds[n] = "func"
    for n in CONSTS:
        kinds[n] = "const"
    for n in MACROS:
        kinds[n] = "macro"
    for n in CALLS:
        kinds[n] = "call"
    for n in FILE_SCOPE_CALLS:
        kinds[n] = "filecall"
    for n in FIELDS:
        kinds[n] = "field"
    for group in ABSENT.values():
        for n in group.split():
            kinds[n] = "absent"
    param_only = [n for n in names if n in PARAMS and n not in kinds]
    for n in param_only:
        kinds[n] = "param"
    unclassified = [n for n in names if n not in kinds]
    return kinds, unclassified


def read_tsv(path):
    names = []
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            cols = line.rstrip("\n").split("\t")
            if i == 0 and cols[0] == "name":
                continue
            if cols[0]:
                names.append(cols[0])
    return names


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("tsv", help="wdk-api-surface.tsv")
    ap.add_argument("headers", help="stand-in-headers directory")
    ap.add_argument("--cc", required=True, help="clang C driver to compile with")
    ap.add_argument("--mode", required=True, choices=sorted(MODES))
    ap.add_argument("--include-flag", default="-I", choices=["-I", "-idirafter", "-isystem"],
                    help="how to add the headers (default -I, so that warnings in "
                         "the headers themselves also fail the check)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--keep", action="store_true", help="keep the generated probe files")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    args.headers = os.path.abspath(args.headers)

    names = read_tsv(args.tsv)
    kinds, unclassified = classify(names)
    if unclassified:
        print("check_api_surface: names in %s that no table classifies (add them to "
              "the script): %s" % (args.tsv, " ".join(unclassified)))
        return 1

    probes = []  # (label, source)
    for n in names:
        kind = kinds[n]
        if kind != "param":
            probes.append(("%s [%s]" % (n, kind), probe_for(kind, n)))
    for n in ROLES:  # roles named in NDIS-NOTES.md but not in the TSV
        if n not in names:
            probes.append(("%s [role]" % n, probe_for("role", n)))
    probes.extend(fact_probes())

    failures = {}
    for name, problems in check_params(args.headers).items():
        failures["%s [param]" % name] = "; ".join(problems)

    workdir = tempfile.mkdtemp(prefix="ndis-api-surface-")
    prologue = PROLOGUE + FIXTURE
    ok, err, cmd = compile_source(args, prologue, workdir, "prologue")
    if not ok:
        print("check_api_surface: the headers alone do not compile in mode %s:" % args.mode)
        print(" ".join(cmd))
        print(err)
        return 1

    whole = prologue + "".join(src for _label, src in probes)
    ok, err, cmd = compile_source(args, whole, workdir, "all")
    if args.verbose:
        print(" ".join(cmd))
    if not ok:
        def one(item):
            idx, (label, src) = item
            good, e, _ = compile_source(args, prologue + src, workdir, str(idx))
            return label, good, e
        with concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as pool:
            for label, good, e in pool.map(one, enumerate(probes)):
                if not good:
                    failures[label] = first_error(e)
        if not failures:
            failures["(combined probe)"] = first_error(err)
    if not args.keep:
        for f in os.listdir(workdir):
            os.remove(os.path.join(workdir, f))
        os.rmdir(workdir)

    counts = {}
    for n in names:
        counts[kinds[n]] = counts.get(kinds[n], 0) + 1
    summary = ", ".join("%d %s" % (v, k) for k, v in sorted(counts.items()))
    if failures:
        print("check_api_surface: FAILED in mode %s with %s: %d problem(s)"
              % (args.mode, args.cc, len(failures)))
        for label in sorted(failures):
            print("  MISSING OR WRONG: %s: %s" % (label, failures[label]))
        return 1
    print("check_api_surface: OK: mode %s, %s: %d names (%s) and %d extra checks"
          % (args.mode, os.path.basename(args.cc), len(names), summary,
             len(probes) - (len(names) - counts.get("param", 0))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
