/*
 * ndis-stand-in/miniport.h - part of ndis-tidy's stand-in <ndis.h>: the
 * NDIS 6 miniport driver interface.  Role typedefs for MiniportXxx
 * callbacks (MINIPORT_INITIALIZE, MINIPORT_HALT, ...) and their _HANDLER
 * pointer types, driver/adapter/interrupt characteristics and attributes,
 * and the NdisXxx / NdisMXxx services miniports call.
 *
 * Written for ndis-tidy from Microsoft's public NDIS documentation, for
 * static analysis only; prototypes follow the documented ones, the text
 * is ndis-tidy's own.  Include <ndis.h>.
 */
#ifndef NDIS_TIDY_STANDIN_NDIS_MINIPORT_H
#define NDIS_TIDY_STANDIN_NDIS_MINIPORT_H

/* ---- Synchronization objects ------------------------------------------------ */
typedef struct _NDIS_SPIN_LOCK {
    KSPIN_LOCK SpinLock;
    KIRQL OldIrql;
} NDIS_SPIN_LOCK, *PNDIS_SPIN_LOCK;

typedef struct _NDIS_EVENT {
    KEVENT Event;
} NDIS_EVENT, *PNDIS_EVENT;

/* Classic reader/writer lock (NdisInitializeReadWriteLock family). */
#if defined(_WIN64) || defined(__LP64__)
#define NDIS_TIDY_MAXIMUM_PROCESSORS 64
#else
#define NDIS_TIDY_MAXIMUM_PROCESSORS 32
#endif

typedef union _NDIS_RW_LOCK_REFCOUNT {
    ULONG RefCount;
    UCHAR cacheLine[16];
} NDIS_RW_LOCK_REFCOUNT;

typedef struct _NDIS_RW_LOCK {
    union {
        struct {
            KSPIN_LOCK SpinLock;
            PVOID Context;
        };
        UCHAR Reserved[16];
    };
    union {
        NDIS_RW_LOCK_REFCOUNT RefCount[NDIS_TIDY_MAXIMUM_PROCESSORS];
        struct {
            KSPIN_LOCK RefCountLock;
            volatile ULONG SharedRefCount;
            volatile BOOLEAN WriterWaiting;
        };
    };
} NDIS_RW_LOCK, *PNDIS_RW_LOCK;

typedef struct _LOCK_STATE {
    USHORT LockState;
    KIRQL OldIrql;
} LOCK_STATE, *PLOCK_STATE;

/* NDIS 6.20 reader/writer lock: opaque, allocated by NdisAllocateRWLock. */
typedef struct _NDIS_RW_LOCK_EX NDIS_RW_LOCK_EX, *PNDIS_RW_LOCK_EX;
typedef struct _LOCK_STATE_EX {
    KIRQL OldIrql;
    UCHAR LockState;
    UCHAR Flags;
} LOCK_STATE_EX, *PLOCK_STATE_EX;
#define NDIS_RWL_AT_DISPATCH_LEVEL 1

#define NDIS_INIT_MUTEX(_M) KeInitializeMutex((_M), 0xFFFF)
#define NDIS_RELEASE_MUTEX(_M) KeReleaseMutex((_M), FALSE)
#define NDIS_WAIT_FOR_MUTEX(_M)                                            \
    KeWaitForSingleObject((_M), Executive, KernelMode, FALSE, NULL)

#define NDIS_CURRENT_IRQL() KeGetCurrentIrql()
#define NDIS_RAISE_IRQL_TO_DISPATCH(_pIrql) KeRaiseIrql(DISPATCH_LEVEL, (_pIrql))
#define NDIS_LOWER_IRQL(_OldIrql, _CurIrql) KeLowerIrql(_OldIrql)

/* Placement of code in the INIT / PAGE sections: used as
 * "#pragma NDIS_INIT_FUNCTION(DriverEntry)". */
#define NDIS_INIT_FUNCTION(_F) alloc_text(INIT, _F)
#define NDIS_PAGEABLE_FUNCTION(_F) alloc_text(PAGE, _F)

/* ---- Port authentication and PCI custom properties --------------------------- */
typedef struct _NDIS_PORT_AUTHENTICATION_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    NDIS_PORT_CONTROL_STATE SendControlState;
    NDIS_PORT_CONTROL_STATE RcvControlState;
    NDIS_PORT_AUTHORIZATION_STATE SendAuthorizationState;
    NDIS_PORT_AUTHORIZATION_STATE RcvAuthorizationState;
} NDIS_PORT_AUTHENTICATION_PARAMETERS, *PNDIS_PORT_AUTHENTICATION_PARAMETERS;

typedef struct _NDIS_PCI_DEVICE_CUSTOM_PROPERTIES {
    NDIS_OBJECT_HEADER Header;
    UINT32 DeviceType;
    UINT32 CurrentSpeedAndMode;
    UINT32 CurrentPayloadSize;
    UINT32 MaxPayloadSize;
    UINT32 MaxReadRequestSize;
    UINT32 CurrentLinkSpeed;
    UINT32 CurrentLinkWidth;
    UINT32 MaxLinkSpeed;
    UINT32 MaxLinkWidth;
    UINT32 PciExpressVersion;
    UINT32 InterruptType;
    UINT32 MaxInterruptMessages;
} NDIS_PCI_DEVICE_CUSTOM_PROPERTIES, *PNDIS_PCI_DEVICE_CUSTOM_PROPERTIES;

/* ---- Parameters NDIS passes to initialize, pause, restart ----------------- */
typedef CM_PARTIAL_RESOURCE_LIST NDIS_RESOURCE_LIST, *PNDIS_RESOURCE_LIST;

#define NDIS_MINIPORT_INIT_PARAMETERS_REVISION_1 1

typedef struct _NDIS_MINIPORT_INIT_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    PNDIS_RESOURCE_LIST AllocatedResources;
    NDIS_HANDLE IMDeviceInstanceContext;
    NDIS_HANDLE MiniportAddDeviceContext;
    NET_IFINDEX IfIndex;
    NET_LUID NetLuid;
    PNDIS_PORT_AUTHENTICATION_PARAMETERS DefaultPortAuthStates;
    PNDIS_PCI_DEVICE_CUSTOM_PROPERTIES PciDeviceCustomProperties;
} NDIS_MINIPORT_INIT_PARAMETERS, *PNDIS_MINIPORT_INIT_PARAMETERS;

#define NDIS_MINIPORT_PAUSE_PARAMETERS_REVISION_1 1
#define NDIS_PAUSE_NDIS_INTERNAL 0x00000001
#define NDIS_PAUSE_LOW_POWER 0x00000002
#define NDIS_PAUSE_BIND_PROTOCOL 0x00000004
#define NDIS_PAUSE_UNBIND_PROTOCOL 0x00000008
#define NDIS_PAUSE_ATTACH_FILTER 0x00000010
#define NDIS_PAUSE_DETACH_FILTER 0x00000020
#define NDIS_PAUSE_FILTER_RESTART_STACK 0x00000040
#define NDIS_PAUSE_MINIPORT_DEVICE_REMOVE 0x00000080

typedef struct _NDIS_MINIPORT_PAUSE_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    ULONG PauseReason;
} NDIS_MINIPORT_PAUSE_PARAMETERS, *PNDIS_MINIPORT_PAUSE_PARAMETERS;

typedef struct _NDIS_RESTART_ATTRIBUTES NDIS_RESTART_ATTRIBUTES, *PNDIS_RESTART_ATTRIBUTES;
struct _NDIS_RESTART_ATTRIBUTES {
    PNDIS_RESTART_ATTRIBUTES Next;
    NDIS_OID Oid;
    ULONG DataLength;
    UCHAR Data[ANYSIZE_ARRAY];
};

#define NDIS_RESTART_GENERAL_ATTRIBUTES_REVISION_1 1
#define NDIS_RESTART_GENERAL_ATTRIBUTES_REVISION_2 2

typedef struct _NDIS_RESTART_GENERAL_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header;
    ULONG MtuSize;
    ULONG64 MaxXmitLinkSpeed;
    ULONG64 MaxRcvLinkSpeed;
    ULONG LookaheadSize;
    ULONG MacOptions;
    ULONG SupportedPacketFilters;
    ULONG MaxMulticastListSize;
    PNDIS_RECEIVE_SCALE_CAPABILITIES RecvScaleCapabilities;
    NET_IF_ACCESS_TYPE AccessType;
    ULONG Flags;
    NET_IF_CONNECTION_TYPE ConnectionType;
    ULONG SupportedStatistics;
    ULONG DataBackFillSize;
    ULONG ContextBackFillSize;
    PNDIS_OID SupportedOidList;
    ULONG SupportedOidListLength;
    ULONG MaxLookaheadSizeAccessed;
} NDIS_RESTART_GENERAL_ATTRIBUTES, *PNDIS_RESTART_GENERAL_ATTRIBUTES;

#define NDIS_MINIPORT_RESTART_PARAMETERS_REVISION_1 1

typedef struct _NDIS_MINIPORT_RESTART_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    PNDIS_RESTART_ATTRIBUTES RestartAttributes;
    NET_IFINDEX BoundIfIndex;
    NET_LUID BoundIfNetluid;
    ULONG Flags;
} NDIS_MINIPORT_RESTART_PARAMETERS, *PNDIS_MINIPORT_RESTART_PARAMETERS;

/* PnP event notification (MiniportDevicePnPEventNotify). */
#define NET_DEVICE_PNP_EVENT_REVISION_1 1

typedef struct _NET_DEVICE_PNP_EVENT {
    NDIS_OBJECT_HEADER Header;
    NDIS_PORT_NUMBER PortNumber;
    NDIS_DEVICE_PNP_EVENT DevicePnPEvent;
    PVOID InformationBuffer;
    ULONG InformationBufferLength;
    UCHAR NdisReserved[2 * sizeof(PVOID)];
} NET_DEVICE_PNP_EVENT, *PNET_DEVICE_PNP_EVENT;

/* Receive throttling hints given to the DPC handlers (NDIS 6.20). */
typedef struct _NDIS_RECEIVE_THROTTLE_PARAMETERS {
    ULONG MaxNblsToIndicate;
    ULONG MoreNblsPending : 1;
} NDIS_RECEIVE_THROTTLE_PARAMETERS, *PNDIS_RECEIVE_THROTTLE_PARAMETERS;

#define NDIS_INDICATE_ALL_NBLS (~0UL)

/* ---- MiniportXxx role typedefs and their pointer types --------------------
 * A driver declares its callbacks with these ("MINIPORT_HALT MpHaltEx;")
 * and stores them in the characteristics structures below. */
typedef NDIS_STATUS(MINIPORT_SET_OPTIONS)(_In_ NDIS_HANDLE NdisDriverHandle,
                                          _In_ NDIS_HANDLE DriverContext);
typedef MINIPORT_SET_OPTIONS(*SET_OPTIONS_HANDLER);
typedef MINIPORT_SET_OPTIONS(*MINIPORT_SET_OPTIONS_HANDLER);

typedef NDIS_STATUS(MINIPORT_INITIALIZE)(
    _In_ NDIS_HANDLE NdisMiniportHandle, _In_ NDIS_HANDLE MiniportDriverContext,
    _In_ PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters);
typedef MINIPORT_INITIALIZE(*MINIPORT_INITIALIZE_HANDLER);

typedef VOID(MINIPORT_HALT)(_In_ NDIS_HANDLE MiniportAdapterContext,
                            _In_ NDIS_HALT_ACTION HaltAction);
typedef MINIPORT_HALT(*MINIPORT_HALT_HANDLER);

typedef VOID(MINIPORT_UNLOAD)(_In_ PDRIVER_OBJECT DriverObject);
typedef MINIPORT_UNLOAD(*MINIPORT_DRIVER_UNLOAD);
typedef MINIPORT_UNLOAD(*MINIPORT_UNLOAD_HANDLER);

typedef NDIS_STATUS(MINIPORT_PAUSE)(
    _In_ NDIS_HANDLE MiniportAdapterContext,
    _In_ PNDIS_MINIPORT_PAUSE_PARAMETERS PauseParameters);
typedef MINIPORT_PAUSE(*MINIPORT_PAUSE_HANDLER);

typedef NDIS_STATUS(MINIPORT_RESTART)(
    _In_ NDIS_HANDLE MiniportAdapterContext,
    _In_ PNDIS_MINIPORT_RESTART_PARAMETERS RestartParameters);
typedef MINIPORT_RESTART(*MINIPORT_RESTART_HANDLER);

typedef NDIS_STATUS(MINIPORT_OID_REQUEST)(_In_ NDIS_HANDLE MiniportAdapterContext,
                                          _In_ PNDIS_OID_REQUEST OidRequest);
typedef MINIPORT_OID_REQUEST(*MINIPORT_OID_REQUEST_HANDLER);

typedef VOID(MINIPORT_CANCEL_OID_REQUEST)(_In_ NDIS_HANDLE MiniportAdapterContext,
                                          _In_ PVOID RequestId);
typedef MINIPORT_CANCEL_OID_REQUEST(*MINIPORT_CANCEL_OID_REQUEST_HANDLER);

typedef NDIS_STATUS(MINIPORT_DIRECT_OID_REQUEST)(
    _In_ NDIS_HANDLE MiniportAdapterContext, _In_ PNDIS_OID_REQUEST OidRequest);
typedef MINIPORT_DIRECT_OID_REQUEST(*MINIPORT_DIRECT_OID_REQUEST_HANDLER);

typedef VOID(MINIPORT_CANCEL_DIRECT_OID_REQUEST)(
    _In_ NDIS_HANDLE MiniportAdapterContext, _In_ PVOID RequestId);
typedef MINIPORT_CANCEL_DIRECT_OID_REQUEST(*MINIPORT_CANCEL_DIRECT_OID_REQUEST_HANDLER);

typedef NDIS_STATUS(MINIPORT_SYNCHRONOUS_OID_REQUEST)(
    _In_ NDIS_HANDLE MiniportAdapterContext, _In_ NDIS_OID_REQUEST *OidRequest);
typedef MINIPORT_SYNCHRONOUS_OID_REQUEST(*MINIPORT_SYNCHRONOUS_OID_REQUEST_HANDLER);

typedef VOID(MINIPORT_SEND_NET_BUFFER_LISTS)(
    _In_ NDIS_HANDLE MiniportAdapterContext, _In_ PNET_BUFFER_LIST NetBufferList,
    _In_ NDIS_PORT_NUMBER PortNumber, _In_ ULONG SendFlags);
typedef MINIPORT_SEND_NET_BUFFER_LISTS(*MINIPORT_SEND_NET_BUFFER_LISTS_HANDLER);

typedef VOID(MINIPORT_RETURN_NET_BUFFER_LISTS)(
    _In_ NDIS_HANDLE MiniportAdapterContext,
    _In_ PNET_BUFFER_LIST NetBufferLists, _In_ ULONG ReturnFlags);
typedef MINIPORT_RETURN_NET_BUFFER_LISTS(*MINIPORT_RETURN_NET_BUFFER_LISTS_HANDLER);

typedef VOID(MINIPORT_CANCEL_SEND)(_In_ NDIS_HANDLE MiniportAdapterContext,
                                   _In_ PVOID CancelId);
typedef MINIPORT_CANCEL_SEND(*MINIPORT_CANCEL_SEND_HANDLER);

typedef BOOLEAN(MINIPORT_CHECK_FOR_HANG)(_In_ NDIS_HANDLE MiniportAdapterContext);
typedef MINIPORT_CHECK_FOR_HANG(*MINIPORT_CHECK_FOR_HANG_HANDLER);

typedef NDIS_STATUS(MINIPORT_RESET)(_In_ NDIS_HANDLE MiniportAdapterContext,
                                    _Out_ PBOOLEAN AddressingReset);
typedef MINIPORT_RESET(*MINIPORT_RESET_HANDLER);

typedef VOID(MINIPORT_DEVICE_PNP_EVENT_NOTIFY)(
    _In_ NDIS_HANDLE MiniportAdapterContext,
    _In_ PNET_DEVICE_PNP_EVENT NetDevicePnPEvent);
typedef MINIPORT_DEVICE_PNP_EVENT_NOTIFY(*MINIPORT_DEVICE_PNP_EVENT_NOTIFY_HANDLER);

typedef VOID(MINIPORT_SHUTDOWN)(_In_ NDIS_HANDLE MiniportAdapterContext,
                                _In_ NDIS_SHUTDOWN_ACTION ShutdownAction);
typedef MINIPORT_SHUTDOWN(*MINIPORT_SHUTDOWN_HANDLER);

/* Interrupt callbacks (registered with NdisMRegisterInterruptEx). */
typedef BOOLEAN(MINIPORT_ISR)(_In_ NDIS_HANDLE MiniportInterruptContext,
                              _Out_ PBOOLEAN QueueDefaultInterruptDpc,
                              _Out_ PULONG TargetProcessors);
typedef MINIPORT_ISR(*MINIPORT_ISR_HANDLER);

#if NDIS_SUPPORT_NDIS620
typedef VOID(MINIPORT_INTERRUPT_DPC)(_In_ NDIS_HANDLE MiniportInterruptContext,
                                     _In_ PVOID MiniportDpcContext,
                                     _In_ PVOID ReceiveThrottleParameters,
                                     _In_ PVOID NdisReserved2);
#else
typedef VOID(MINIPORT_INTERRUPT_DPC)(_In_ NDIS_HANDLE MiniportInterruptContext,
                                     _In_ PVOID MiniportDpcContext,
                                     _In_ PULONG NdisReserved1,
                                     _In_ PULONG NdisReserved2);
#endif
typedef MINIPORT_INTERRUPT_DPC(*MINIPORT_INTERRUPT_DPC_HANDLER);

typedef VOID(MINIPORT_ENABLE_INTERRUPT)(_In_ NDIS_HANDLE MiniportInterruptContext);
typedef MINIPORT_ENABLE_INTERRUPT(*MINIPORT_ENABLE_INTERRUPT_HANDLER);

typedef VOID(MINIPORT_DISABLE_INTERRUPT)(_In_ NDIS_HANDLE MiniportInterruptContext);
typedef MINIPORT_DISABLE_INTERRUPT(*MINIPORT_DISABLE_INTERRUPT_HANDLER);

typedef BOOLEAN(MINIPORT_MESSAGE_INTERRUPT)(
    _In_ NDIS_HANDLE MiniportInterruptContext, _In_ ULONG MessageId,
    _Out_ PBOOLEAN QueueDefaultInterruptDpc, _Out_ PULONG TargetProcessors);
typedef MINIPORT_MESSAGE_INTERRUPT(*MINIPORT_MSI_ISR_HANDLER);
typedef MINIPORT_MESSAGE_INTERRUPT(*MINIPORT_MESSAGE_INTERRUPT_HANDLER);

#if NDIS_SUPPORT_NDIS620
typedef VOID(MINIPORT_MESSAGE_INTERRUPT_DPC)(
    _In_ NDIS_HANDLE MiniportInterruptContext, _In_ ULONG MessageId,
    _In_ PVOID MiniportDpcContext, _In_ PVOID ReceiveThrottleParameters,
    _In_ PVOID NdisReserved2);
#else
typedef VOID(MINIPORT_MESSAGE_INTERRUPT_DPC)(
    _In_ NDIS_HANDLE MiniportInterruptContext, _In_ ULONG MessageId,
    _In_ PVOID MiniportDpcContext, _In_ PULONG NdisReserved1,
    _In_ PULONG NdisReserved2);
#endif
typedef MINIPORT_MESSAGE_INTERRUPT_DPC(*MINIPORT_MSI_INTERRUPT_DPC_HANDLER);
typedef MINIPORT_MESSAGE_INTERRUPT_DPC(*MINIPORT_MESSAGE_INTERRUPT_DPC_HANDLER);

typedef VOID(MINIPORT_ENABLE_MESSAGE_INTERRUPT)(
    _In_ NDIS_HANDLE MiniportInterruptContext, _In_ ULONG MessageId);
typedef MINIPORT_ENABLE_MESSAGE_INTERRUPT(*MINIPORT_ENABLE_MSI_INTERRUPT_HANDLER);
typedef MINIPORT_ENABLE_MESSAGE_INTERRUPT(*MINIPORT_ENABLE_MESSAGE_INTERRUPT_HANDLER);

typedef VOID(MINIPORT_DISABLE_MESSAGE_INTERRUPT)(
    _In_ NDIS_HANDLE MiniportInterruptContext, _In_ ULONG MessageId);
typedef MINIPORT_DISABLE_MESSAGE_INTERRUPT(*MINIPORT_DISABLE_MSI_INTERRUPT_HANDLER);
typedef MINIPORT_DISABLE_MESSAGE_INTERRUPT(*MINIPORT_DISABLE_MESSAGE_INTERRUPT_HANDLER);

typedef BOOLEAN(MINIPORT_SYNCHRONIZE_INTERRUPT)(_In_ NDIS_HANDLE SynchronizeContext);
typedef MINIPORT_SYNCHRONIZE_INTERRUPT(*MINIPORT_SYNCHRONIZE_INTERRUPT_HANDLER);
typedef MINIPORT_SYNCHRONIZE_INTERRUPT(*MINIPORT_SYNCHRONIZE_MESSAGE_INTERRUPT_HANDLER);

/* PnP add-device callbacks (NDIS_MINIPORT_PNP_CHARACTERISTICS). */
typedef NDIS_STATUS(MINIPORT_ADD_DEVICE)(_In_ NDIS_HANDLE NdisMiniportHandle,
                                         _In_ NDIS_HANDLE MiniportDriverContext);
typedef MINIPORT_ADD_DEVICE(*MINIPORT_ADD_DEVICE_HANDLER);

typedef VOID(MINIPORT_REMOVE_DEVICE)(_In_ NDIS_HANDLE MiniportAddDeviceContext);
typedef MINIPORT_REMOVE_DEVICE(*MINIPORT_REMOVE_DEVICE_HANDLER);

typedef NDIS_STATUS(MINIPORT_FILTER_RESOURCE_REQUIREMENTS)(
    _In_ NDIS_HANDLE MiniportAddDeviceContext, _In_ PIRP Irp);
typedef MINIPORT_FILTER_RESOURCE_REQUIREMENTS(*MINIPORT_FILTER_RESOURCE_REQUIREMENTS_HANDLER);

typedef NDIS_STATUS(MINIPORT_START_DEVICE)(_In_ NDIS_HANDLE MiniportAddDeviceContext,
                                           _In_ PIRP Irp);
typedef MINIPORT_START_DEVICE(*MINIPORT_START_DEVICE_HANDLER);

/* DMA callbacks (NDIS_SG_DMA_DESCRIPTION). */
typedef VOID(MINIPORT_PROCESS_SG_LIST)(_In_ PDEVICE_OBJECT pDO,
                                       _In_ PVOID Reserved,
                                       _In_ PSCATTER_GATHER_LIST pSGL,
                                       _In_ PVOID Context);
typedef MINIPORT_PROCESS_SG_LIST(*MINIPORT_PROCESS_SG_LIST_HANDLER);

typedef VOID(MINIPORT_ALLOCATE_SHARED_MEM_COMPLETE)(
    _In_ NDIS_HANDLE MiniportAdapterContext, _In_ PVOID VirtualAddress,
    _In_ PNDIS_PHYSICAL_ADDRESS PhysicalAddress, _In_ ULONG Length,
    _In_ PVOID Context);
typedef MINIPORT_ALLOCATE_SHARED_MEM_COMPLETE(*MINIPORT_ALLOCATE_SHARED_MEM_COMPLETE_HANDLER);

/* Timer and work-item callbacks. */
typedef VOID(NDIS_TIMER_FUNCTION)(_In_ PVOID SystemSpecific1,
                                  _In_ PVOID FunctionContext,
                                  _In_ PVOID SystemSpecific2,
                                  _In_ PVOID SystemSpecific3);
typedef NDIS_TIMER_FUNCTION(*PNDIS_TIMER_FUNCTION);

typedef VOID(NDIS_IO_WORKITEM_FUNCTION)(_In_opt_ PVOID WorkItemContext,
                                        _In_ NDIS_HANDLE NdisIoWorkItemHandle);
typedef NDIS_IO_WORKITEM_FUNCTION(*NDIS_IO_WORKITEM_ROUTINE);

/* ---- Driver characteristics (NdisMRegisterMiniportDriver) ---------------- */
#define NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_1 1
#define NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2 2
#define NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_3 3
#define NDIS_INTERMEDIATE_DRIVER 0x00000001
#define NDIS_WDM_DRIVER 0x00000002

typedef struct _NDIS_MINIPORT_DRIVER_CHARACTERISTICS {
    NDIS_OBJECT_HEADER Header;
    UCHAR MajorNdisVersion;
    UCHAR MinorNdisVersion;
    UCHAR MajorDriverVersion;
    UCHAR MinorDriverVersion;
    ULONG Flags;
    SET_OPTIONS_HANDLER SetOptionsHandler;
    MINIPORT_INITIALIZE_HANDLER InitializeHandlerEx;
    MINIPORT_HALT_HANDLER HaltHandlerEx;
    MINIPORT_DRIVER_UNLOAD UnloadHandler;
    MINIPORT_PAUSE_HANDLER PauseHandler;
    MINIPORT_RESTART_HANDLER RestartHandler;
    MINIPORT_OID_REQUEST_HANDLER OidRequestHandler;
    MINIPORT_SEND_NET_BUFFER_LISTS_HANDLER SendNetBufferListsHandler;
    MINIPORT_RETURN_NET_BUFFER_LISTS_HANDLER ReturnNetBufferListsHandler;
    MINIPORT_CANCEL_SEND_HANDLER CancelSendHandler;
    MINIPORT_CHECK_FOR_HANG_HANDLER CheckForHangHandlerEx;
    MINIPORT_RESET_HANDLER ResetHandlerEx;
    MINIPORT_DEVICE_PNP_EVENT_NOTIFY_HANDLER DevicePnPEventNotifyHandler;
    MINIPORT_SHUTDOWN_HANDLER ShutdownHandlerEx;
    MINIPORT_CANCEL_OID_REQUEST_HANDLER CancelOidRequestHandler;
    MINIPORT_DIRECT_OID_REQUEST_HANDLER DirectOidRequestHandler;
    MINIPORT_CANCEL_DIRECT_OID_REQUEST_HANDLER CancelDirectOidRequestHandler;
    MINIPORT_SYNCHRONOUS_OID_REQUEST_HANDLER SynchronousOidRequestHandler;
} NDIS_MINIPORT_DRIVER_CHARACTERISTICS, *PNDIS_MINIPORT_DRIVER_CHARACTERISTICS;

#define NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_1             \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_DRIVER_CHARACTERISTICS,         \
                             CancelOidRequestHandler)
#define NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2             \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_DRIVER_CHARACTERISTICS,         \
                             CancelDirectOidRequestHandler)
#define NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_3             \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_DRIVER_CHARACTERISTICS,         \
                             SynchronousOidRequestHandler)

/* Optional handlers registered from MiniportSetOptions. */
typedef struct _NDIS_DRIVER_OPTIONAL_HANDLERS {
    NDIS_OBJECT_HEADER Header;
} NDIS_DRIVER_OPTIONAL_HANDLERS, *PNDIS_DRIVER_OPTIONAL_HANDLERS;

#define NDIS_MINIPORT_PNP_CHARACTERISTICS_REVISION_1 1

typedef struct _NDIS_MINIPORT_PNP_CHARACTERISTICS {
    NDIS_OBJECT_HEADER Header;
    MINIPORT_ADD_DEVICE_HANDLER MiniportAddDeviceHandler;
    MINIPORT_REMOVE_DEVICE_HANDLER MiniportRemoveDeviceHandler;
    MINIPORT_FILTER_RESOURCE_REQUIREMENTS_HANDLER MiniportFilterResourceRequirementsHandler;
    MINIPORT_START_DEVICE_HANDLER MiniportStartDeviceHandler;
    ULONG Flags;
} NDIS_MINIPORT_PNP_CHARACTERISTICS, *PNDIS_MINIPORT_PNP_CHARACTERISTICS;

#define NDIS_SIZEOF_MINIPORT_PNP_CHARACTERISTICS_REVISION_1                \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_PNP_CHARACTERISTICS, Flags)

/* ---- Adapter attributes (NdisMSetMiniportAttributes) --------------------- */
#define NDIS_MINIPORT_ATTRIBUTES_HARDWARE_DEVICE 0x00000001
#define NDIS_MINIPORT_ATTRIBUTES_NDIS_WDM 0x00000002
#define NDIS_MINIPORT_ATTRIBUTES_SURPRISE_REMOVE_OK 0x00000004
#define NDIS_MINIPORT_ATTRIBUTES_NOT_CO_NDIS 0x00000008
#define NDIS_MINIPORT_ATTRIBUTES_DO_NOT_BIND_TO_ALL_CO 0x00000010
#define NDIS_MINIPORT_ATTRIBUTES_NO_HALT_ON_SUSPEND 0x00000020
#define NDIS_MINIPORT_ATTRIBUTES_BUS_MASTER 0x00000040
#define NDIS_MINIPORT_ATTRIBUTES_CONTROLS_DEFAULT_PORT 0x00000080
#define NDIS_MINIPORT_ATTRIBUTES_NO_PAUSE_ON_SUSPEND 0x00000100
#define NDIS_MINIPORT_ATTRIBUTES_NO_OID_INTERCEPT_ON_NONDEFAULT_PORTS 0x00000200
#define NDIS_MINIPORT_ATTRIBUTES_REGISTER_BUGCHECK_CALLBACK 0x00000400

#define NDIS_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES_REVISION_1 1

typedef struct _NDIS_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header;
    NDIS_HANDLE MiniportAddDeviceContext;
    ULONG Flags;
} NDIS_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES,
    *PNDIS_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES;

#define NDIS_SIZEOF_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES, Flags)

#define NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1 1
#define NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_2 2

typedef struct _NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header;
    NDIS_HANDLE MiniportAdapterContext;
    ULONG AttributeFlags;
    UINT CheckForHangTimeInSeconds;
    NDIS_INTERFACE_TYPE InterfaceType;
} NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES,
    *PNDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES;

#define NDIS_SIZEOF_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1    \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES, \
                             InterfaceType)
#define NDIS_SIZEOF_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_2    \
    NDIS_SIZEOF_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1

#define NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_1 1
#define NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_2 2

typedef struct _NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    NDIS_MEDIUM MediaType;
    NDIS_PHYSICAL_MEDIUM PhysicalMediumType;
    ULONG MtuSize;
    ULONG64 MaxXmitLinkSpeed;
    ULONG64 XmitLinkSpeed;
    ULONG64 MaxRcvLinkSpeed;
    ULONG64 RcvLinkSpeed;
    NDIS_MEDIA_CONNECT_STATE MediaConnectState;
    NDIS_MEDIA_DUPLEX_STATE MediaDuplexState;
    ULONG LookaheadSize;
    PNDIS_PNP_CAPABILITIES PowerManagementCapabilities;
    ULONG MacOptions;
    ULONG SupportedPacketFilters;
    ULONG MaxMulticastListSize;
    USHORT MacAddressLength;
    UCHAR PermanentMacAddress[NDIS_MAX_PHYS_ADDRESS_LENGTH];
    UCHAR CurrentMacAddress[NDIS_MAX_PHYS_ADDRESS_LENGTH];
    PNDIS_RECEIVE_SCALE_CAPABILITIES RecvScaleCapabilities;
    NET_IF_ACCESS_TYPE AccessType;
    NET_IF_DIRECTION_TYPE DirectionType;
    NET_IF_CONNECTION_TYPE ConnectionType;
    NET_IFTYPE IfType;
    BOOLEAN IfConnectorPresent;
    ULONG SupportedStatistics;
    ULONG SupportedPauseFunctions;
    ULONG DataBackFillSize;
    ULONG ContextBackFillSize;
    PNDIS_OID SupportedOidList;
    ULONG SupportedOidListLength;
    ULONG AutoNegotiationFlags;
    PNDIS_PM_CAPABILITIES PowerManagementCapabilitiesEx;
} NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES,
    *PNDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES;

#define NDIS_SIZEOF_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_1         \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES,     \
                             AutoNegotiationFlags)
#define NDIS_SIZEOF_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_2         \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES,     \
                             PowerManagementCapabilitiesEx)

#define NDIS_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES_REVISION_1 1

typedef struct _NDIS_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header;
    PNDIS_OFFLOAD DefaultOffloadConfiguration;
    PNDIS_OFFLOAD HardwareOffloadCapabilities;
    PNDIS_TCP_CONNECTION_OFFLOAD DefaultTcpConnectionOffloadConfiguration;
    PNDIS_TCP_CONNECTION_OFFLOAD TcpConnectionOffloadHardwareCapabilities;
} NDIS_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES,
    *PNDIS_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES;

#define NDIS_SIZEOF_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES_REVISION_1         \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES,     \
                             TcpConnectionOffloadHardwareCapabilities)

/* Native 802.11 attributes.  The DOT11 capability structures they point to
 * are declared only as incomplete types here. */
#define NDIS_MINIPORT_ADAPTER_802_11_ATTRIBUTES_REVISION_1 1
#define NDIS_MINIPORT_ADAPTER_802_11_ATTRIBUTES_REVISION_2 2
#define NDIS_MINIPORT_ADAPTER_802_11_ATTRIBUTES_REVISION_3 3

typedef struct _NDIS_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header;
    ULONG OpModeCapability;
    ULONG NumOfTXBuffers;
    ULONG NumOfRXBuffers;
    BOOLEAN MultiDomainCapabilityImplemented;
    ULONG NumSupportedPhys;
    struct _DOT11_PHY_ATTRIBUTES *SupportedPhyAttributes;
    struct _DOT11_EXTSTA_ATTRIBUTES *ExtSTAAttributes;
    struct _DOT11_VWIFI_ATTRIBUTES *VWiFiAttributes;
    struct _DOT11_EXTAP_ATTRIBUTES *ExtAPAttributes;
    struct _DOT11_WFD_ATTRIBUTES *WFDAttributes;
} NDIS_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES,
    *PNDIS_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES;

/* Hardware-assist attributes: capability structures left incomplete. */
#define NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_1 1

typedef struct _NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header;
    struct _NDIS_HD_SPLIT_ATTRIBUTES *HDSplitAttributes;
    struct _NDIS_RECEIVE_FILTER_CAPABILITIES *HardwareReceiveFilterCapabilities;
    struct _NDIS_RECEIVE_FILTER_CAPABILITIES *CurrentReceiveFilterCapabilities;
    struct _NDIS_NIC_SWITCH_CAPABILITIES *HardwareNicSwitchCapabilities;
    struct _NDIS_NIC_SWITCH_CAPABILITIES *CurrentNicSwitchCapabilities;
} NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES,
    *PNDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES;

typedef union _NDIS_MINIPORT_ADAPTER_ATTRIBUTES {
    NDIS_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES AddDeviceRegistrationAttributes;
    NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES RegistrationAttributes;
    NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES GeneralAttributes;
    NDIS_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES OffloadAttributes;
    NDIS_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES Native_802_11_Attributes;
    NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES HardwareAssistAttributes;
} NDIS_MINIPORT_ADAPTER_ATTRIBUTES, *PNDIS_MINIPORT_ADAPTER_ATTRIBUTES;

/* ---- Interrupts -------------------------------------------------------------- */
#define NDIS_MINIPORT_INTERRUPT_REVISION_1 1

typedef struct _NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS {
    NDIS_OBJECT_HEADER Header;
    MINIPORT_ISR_HANDLER InterruptHandler;
    MINIPORT_INTERRUPT_DPC_HANDLER InterruptDpcHandler;
    MINIPORT_DISABLE_INTERRUPT_HANDLER DisableInterruptHandler;
    MINIPORT_ENABLE_INTERRUPT_HANDLER EnableInterruptHandler;
    BOOLEAN MsiSupported;
    BOOLEAN MsiSyncWithAllMessages;
    MINIPORT_MSI_ISR_HANDLER MessageInterruptHandler;
    MINIPORT_MSI_INTERRUPT_DPC_HANDLER MessageInterruptDpcHandler;
    MINIPORT_DISABLE_MSI_INTERRUPT_HANDLER DisableMessageInterruptHandler;
    MINIPORT_ENABLE_MSI_INTERRUPT_HANDLER EnableMessageInterruptHandler;
    NDIS_INTERRUPT_TYPE InterruptType;
    PIO_INTERRUPT_MESSAGE_INFO MessageInfoTable;
} NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS,
    *PNDIS_MINIPORT_INTERRUPT_CHARACTERISTICS;

#define NDIS_SIZEOF_MINIPORT_INTERRUPT_CHARACTERISTICS_REVISION_1          \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS,      \
                             MessageInfoTable)

/* ---- Scatter/gather DMA ------------------------------------------------------ */
#define NDIS_SG_DMA_DESCRIPTION_REVISION_1 1
#define NDIS_SG_DMA_DESCRIPTION_REVISION_2 2
#define NDIS_SG_DMA_64_BIT_ADDRESS 0x00000001
#define NDIS_SG_DMA_V3_HAL_API 0x00000002
#define NDIS_SG_DMA_HYBRID_DMA 0x00000004

typedef struct _NDIS_SG_DMA_DESCRIPTION {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    ULONG MaximumPhysicalMapping;
    MINIPORT_PROCESS_SG_LIST_HANDLER ProcessSGListHandler;
    MINIPORT_ALLOCATE_SHARED_MEM_COMPLETE_HANDLER SharedMemAllocateCompleteHandler;
    ULONG ScatterGatherListSize;
} NDIS_SG_DMA_DESCRIPTION, *PNDIS_SG_DMA_DESCRIPTION;

#define NDIS_SIZEOF_SG_DMA_DESCRIPTION_REVISION_1                          \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_SG_DMA_DESCRIPTION, ScatterGatherListSize)
#define NDIS_SIZEOF_SG_DMA_DESCRIPTION_REVISION_2                          \
    NDIS_SIZEOF_SG_DMA_DESCRIPTION_REVISION_1

/* ---- Timers ------------------------------------------------------------------ */
#define NDIS_TIMER_CHARACTERISTICS_REVISION_1 1

typedef struct _NDIS_TIMER_CHARACTERISTICS {
    NDIS_OBJECT_HEADER Header;
    ULONG AllocationTag;
    PNDIS_TIMER_FUNCTION TimerFunction;
    PVOID FunctionContext;
} NDIS_TIMER_CHARACTERISTICS, *PNDIS_TIMER_CHARACTERISTICS;

#define NDIS_SIZEOF_TIMER_CHARACTERISTICS_REVISION_1                       \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_TIMER_CHARACTERISTICS, FunctionContext)

/* Handle of an I/O work item (NdisAllocateIoWorkItem). */
typedef NDIS_HANDLE NDIS_IO_WORKITEM, *PNDIS_IO_WORKITEM;

/* ---- Configuration (registry) --------------------------------------------- */
#define NDIS_CONFIGURATION_OBJECT_REVISION_1 1
#define NDIS_CONFIG_FLAG_FILTER_INSTANCE_CONFIGURATION 0x00000001

typedef struct _NDIS_CONFIGURATION_OBJECT {
    NDIS_OBJECT_HEADER Header;
    NDIS_HANDLE NdisHandle;
    ULONG Flags;
} NDIS_CONFIGURATION_OBJECT, *PNDIS_CONFIGURATION_OBJECT;

#define NDIS_SIZEOF_CONFIGURATION_OBJECT_REVISION_1                        \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_CONFIGURATION_OBJECT, Flags)

typedef struct _NDIS_CONFIGURATION_PARAMETER {
    NDIS_PARAMETER_TYPE ParameterType;
    union {
        ULONG IntegerData;
        NDIS_STRING StringData;
        BINARY_DATA BinaryData;
    } ParameterData;
} NDIS_CONFIGURATION_PARAMETER, *PNDIS_CONFIGURATION_PARAMETER;

/* ---- Poll mode (NDIS 6.85+) ---------------------------------------------- */
typedef struct _NDIS_POLL_HANDLE *NDIS_POLL_HANDLE;

typedef struct _NDIS_POLL_RECEIVE_DATA {
    ULONG MaxNblsToIndicate;
    ULONG NumberOfIndicatedNbls;
    ULONG Flags;
    PNET_BUFFER_LIST IndicatedNblChain;
    PNET_BUFFER_LIST IndicatedNblChainTail;
    ULONG NumberOfRemainingNbls;
} NDIS_POLL_RECEIVE_DATA;

typedef struct _NDIS_POLL_TRANSMIT_DATA {
    ULONG MaxNblsToComplete;
    ULONG SendCompleteFlags;
    ULONG NumberOfCompletedNbls;
    PNET_BUFFER_LIST CompletedNblChain;
    PNET_BUFFER_LIST CompletedNblChainTail;
    ULONG NumberOfRemainingNbls;
} NDIS_POLL_TRANSMIT_DATA;

typedef struct _NDIS_POLL_DATA {
    NDIS_OBJECT_HEADER Header;
    NDIS_POLL_RECEIVE_DATA Receive;
    NDIS_POLL_TRANSMIT_DATA Transmit;
} NDIS_POLL_DATA;

typedef struct _NDIS_POLL_NOTIFICATION {
    NDIS_OBJECT_HEADER Header;
    BOOLEAN Enabled;
} NDIS_POLL_NOTIFICATION;

#define NDIS_POLL_CHARACTERISTICS_REVISION_1 1
#define NDIS_POLL_DATA_REVISION_1 1
#define NDIS_POLL_NOTIFICATION_REVISION_1 1

typedef VOID(NDIS_POLL)(_In_ PVOID Context, _Inout_ NDIS_POLL_DATA *PollData);
typedef VOID(NDIS_SET_POLL_NOTIFICATION)(_In_ PVOID Context,
                                         _Inout_ NDIS_POLL_NOTIFICATION *Notification);

typedef struct _NDIS_POLL_CHARACTERISTICS {
    NDIS_OBJECT_HEADER Header;
    NDIS_POLL *PollHandler;
    NDIS_SET_POLL_NOTIFICATION *SetPollNotificationHandler;
} NDIS_POLL_CHARACTERISTICS;

/* ---- Services: registration, attributes, interrupts ------------------------- */
EXTERN_C_START

NDIS_STATUS NTAPI NdisMRegisterMiniportDriver(
    _In_ PDRIVER_OBJECT DriverObject, _In_ PUNICODE_STRING RegistryPath,
    _In_opt_ NDIS_HANDLE MiniportDriverContext,
    _In_ PNDIS_MINIPORT_DRIVER_CHARACTERISTICS MiniportDriverCharacteristics,
    _Out_ PNDIS_HANDLE NdisMiniportDriverHandle);
VOID NTAPI NdisMDeregisterMiniportDriver(_In_ NDIS_HANDLE NdisMiniportDriverHandle);
NDIS_STATUS NTAPI NdisSetOptionalHandlers(
    _In_ NDIS_HANDLE NdisHandle,
    _In_ PNDIS_DRIVER_OPTIONAL_HANDLERS OptionalHandlers);
NDIS_STATUS NTAPI NdisMSetMiniportAttributes(
    _In_ NDIS_HANDLE NdisMiniportAdapterHandle,
    _In_ PNDIS_MINIPORT_ADAPTER_ATTRIBUTES MiniportAttributes);

NDIS_STATUS NTAPI NdisMRegisterInterruptEx(
    _In_ NDIS_HANDLE MiniportAdapterHandle,
    _In_ NDIS_HANDLE MiniportInterruptContext,
    _In_ PNDIS_MINIPORT_INTERRUPT_CHARACTERISTICS MiniportInterruptCharacteristics,
    _Out_ PNDIS_HANDLE NdisInterruptHandle);
VOID NTAPI NdisMDeregisterInterruptEx(_In_ NDIS_HANDLE NdisInterruptHandle);
ULONG NTAPI NdisMQueueDpc(_In_ NDIS_HANDLE NdisInterruptHandle,
                          _In_ ULONG MessageId, _In_ ULONG TargetProcessors,
                          _In_opt_ PVOID MiniportDpcContext);
KAFFINITY NTAPI NdisMQueueDpcEx(_In_ NDIS_HANDLE NdisInterruptHandle,
                                _In_ ULONG MessageId,
                                _In_ PGROUP_AFFINITY TargetProcessors,
                                _In_opt_ PVOID MiniportDpcContext);
BOOLEAN NTAPI NdisMSynchronizeWithInterruptEx(
    _In_ NDIS_HANDLE NdisInterruptHandle, _In_ ULONG MessageId,
#if NDIS_SUPPORT_NDIS620
    _In_ MINIPORT_SYNCHRONIZE_INTERRUPT_HANDLER SynchronizeFunction,
#else
    _In_ PVOID SynchronizeFunction, /* untyped before NDIS 6.20 */
#endif
    _In_ PVOID SynchronizeContext);

/* ---- Services: device memory, I/O ports, bus data -------------------------- */
NDIS_STATUS NTAPI NdisMMapIoSpace(_Out_ PVOID *VirtualAddress,
                                  _In_ NDIS_HANDLE MiniportAdapterHandle,
                                  _In_ NDIS_PHYSICAL_ADDRESS PhysicalAddress,
                                  _In_ UINT Length);
VOID NTAPI NdisMUnmapIoSpace(_In_ NDIS_HANDLE MiniportAdapterHandle,
                             _In_ PVOID VirtualAddress, _In_ UINT Length);
NDIS_STATUS NTAPI NdisMRegisterIoPortRange(_Out_ PVOID *PortOffset,
                                           _In_ NDIS_HANDLE MiniportAdapterHandle,
                                           _In_ UINT InitialPort,
                                           _In_ UINT NumberOfPorts);
VOID NTAPI NdisMDeregisterIoPortRange(_In_ NDIS_HANDLE MiniportAdapterHandle,
                                      _In_ UINT InitialPort,
                                      _In_ UINT NumberOfPorts,
                                      _In_ PVOID PortOffset);
ULONG NTAPI NdisMGetBusData(_In_ NDIS_HANDLE NdisMiniportHandle,
                            _In_ ULONG WhichSpace, _In_ ULONG Offset,
                            _Out_ PVOID Buffer, _In_ ULONG Length);
ULONG NTAPI NdisMSetBusData(_In_ NDIS_HANDLE NdisMiniportHandle,
                            _In_ ULONG WhichSpace, _In_ ULONG Offset,
                            _In_ PVOID Buffer, _In_ ULONG Length);
VOID NTAPI NdisMGetDeviceProperty(
    _In_ NDIS_HANDLE MiniportAdapterHandle,
    _Inout_opt_ PDEVICE_OBJECT *PhysicalDeviceObject,
    _Inout_opt_ PDEVICE_OBJECT *FunctionalDeviceObject,
    _Inout_opt_ PDEVICE_OBJECT *NextDeviceObject,
    _Inout_opt_ PCM_RESOURCE_LIST *AllocatedResources,
    _Inout_opt_ PCM_RESOURCE_LIST *AllocatedResourcesTranslated);

/* ---- Services: DMA and shared memory --------------------------------------- */
NDIS_STATUS NTAPI NdisMRegisterScatterGatherDma(
    _In_ NDIS_HANDLE MiniportAdapterHandle,
    _Inout_ PNDIS_SG_DMA_DESCRIPTION DmaDescription,
    _Out_ PNDIS_HANDLE NdisMiniportDmaHandle);
VOID NTAPI NdisMDeregisterScatterGatherDma(_In_ NDIS_HANDLE MiniportDmaHandle);
NDIS_STATUS NTAPI NdisMAllocateNetBufferSGList(
    _In_ NDIS_HANDLE NdisMiniportDmaHandle, _In_ PNET_BUFFER NetBuffer,
    _In_ PVOID Context, _In_ ULONG Flags,
    _In_opt_ PVOID ScatterGatherListBuffer,
    _In_ ULONG ScatterGatherListBufferSize);
VOID NTAPI NdisMFreeNetBufferSGList(_In_ NDIS_HANDLE NdisMiniportDmaHandle,
                                    _In_ PSCATTER_GATHER_LIST pSGL,
                                    _In_ PNET_BUFFER NetBuffer);
VOID NTAPI NdisMAllocateSharedMemory(_In_ NDIS_HANDLE MiniportAdapterHandle,
                                     _In_ ULONG Length, _In_ BOOLEAN Cached,
                                     _Out_ PVOID *VirtualAddress,
                                     _Out_ PNDIS_PHYSICAL_ADDRESS PhysicalAddress);
VOID NTAPI NdisMFreeSharedMemory(_In_ NDIS_HANDLE MiniportAdapterHandle,
                                 _In_ ULONG Length, _In_ BOOLEAN Cached,
                                 _In_ PVOID VirtualAddress,
                                 _In_ NDIS_PHYSICAL_ADDRESS PhysicalAddress);
NDIS_STATUS NTAPI NdisMAllocateSharedMemoryAsyncEx(
    _In_ NDIS_HANDLE MiniportDmaHandle, _In_ ULONG Length,
    _In_ BOOLEAN Cached, _In_ PVOID Context);
ULONG NTAPI NdisMGetDmaAlignment(_In_ NDIS_HANDLE MiniportAdapterHandle);

/* ---- Services: completion and indication ------------------------------------ */
VOID NTAPI NdisMIndicateStatusEx(_In_ NDIS_HANDLE MiniportAdapterHandle,
                                 _In_ PNDIS_STATUS_INDICATION StatusIndication);
VOID NTAPI NdisMOidRequestComplete(_In_ NDIS_HANDLE MiniportAdapterHandle,
                                   _In_ PNDIS_OID_REQUEST OidRequest,
                                   _In_ NDIS_STATUS Status);
VOID NTAPI NdisMDirectOidRequestComplete(_In_ NDIS_HANDLE MiniportAdapterHandle,
                                         _In_ PNDIS_OID_REQUEST OidRequest,
                                         _In_ NDIS_STATUS Status);
VOID NTAPI NdisMPauseComplete(_In_ NDIS_HANDLE MiniportAdapterHandle);
VOID NTAPI NdisMRestartComplete(_In_ NDIS_HANDLE MiniportAdapterHandle,
                                _In_ NDIS_STATUS Status);
VOID NTAPI NdisMResetComplete(_In_ NDIS_HANDLE MiniportAdapterHandle,
                              _In_ NDIS_STATUS Status,
                              _In_ BOOLEAN AddressingReset);

/* ---- Services: configuration ------------------------------------------------- */
NDIS_STATUS NTAPI NdisOpenConfigurationEx(
    _In_ PNDIS_CONFIGURATION_OBJECT ConfigObject,
    _Out_ PNDIS_HANDLE ConfigurationHandle);
VOID NTAPI NdisCloseConfiguration(_In_ NDIS_HANDLE ConfigurationHandle);
VOID NTAPI NdisReadConfiguration(
    _Out_ PNDIS_STATUS Status,
    _Out_ PNDIS_CONFIGURATION_PARAMETER *ParameterValue,
    _In_ NDIS_HANDLE ConfigurationHandle, _In_ PNDIS_STRING Keyword,
    _In_ NDIS_PARAMETER_TYPE ParameterType);
VOID NTAPI NdisWriteConfiguration(_Out_ PNDIS_STATUS Status,
                                  _In_ NDIS_HANDLE ConfigurationHandle,
                                  _In_ PNDIS_STRING Keyword,
                                  _In_ PNDIS_CONFIGURATION_PARAMETER ParameterValue);
VOID NTAPI NdisReadNetworkAddress(_Out_ PNDIS_STATUS Status,
                                  _Out_ PVOID *NetworkAddress,
                                  _Out_ PUINT NetworkAddressLength,
                                  _In_ NDIS_HANDLE ConfigurationHandle);
VOID NTAPI NdisOpenConfigurationKeyByName(_Out_ PNDIS_STATUS Status,
                                          _In_ NDIS_HANDLE ConfigurationHandle,
                                          _In_ PNDIS_STRING SubKeyName,
                                          _Out_ PNDIS_HANDLE SubKeyHandle);
VOID NTAPI NdisOpenConfigurationKeyByIndex(_Out_ PNDIS_STATUS Status,
                                           _In_ NDIS_HANDLE ConfigurationHandle,
                                           _In_ ULONG Index,
                                           _Out_ PNDIS_STRING KeyName,
                                           _Out_ PNDIS_HANDLE KeyHandle);

/* ---- Services: memory ------------------------------------------------------ */
PVOID NTAPI NdisAllocateMemoryWithTagPriority(_In_ NDIS_HANDLE NdisHandle,
                                              _In_ UINT Length, _In_ ULONG Tag,
                                              _In_ EX_POOL_PRIORITY Priority);
NDIS_STATUS NTAPI NdisAllocateMemoryWithTag(_Out_ PVOID *VirtualAddress,
                                            _In_ UINT Length, _In_ ULONG Tag);
VOID NTAPI NdisFreeMemory(_In_ PVOID VirtualAddress, _In_ UINT Length,
                          _In_ UINT MemoryFlags);
VOID NTAPI NdisFreeMemoryWithTag(_In_ PVOID VirtualAddress, _In_ ULONG Tag);
VOID NTAPI NdisFreeMemoryWithTagPriority(_In_ NDIS_HANDLE NdisHandle,
                                         _In_ PVOID VirtualAddress,
                                         _In_ ULONG Tag);
VOID NTAPI NdisInitializeNPagedLookasideList(
    _Out_ PNPAGED_LOOKASIDE_LIST Lookaside, _In_opt_ PALLOCATE_FUNCTION Allocate,
    _In_opt_ PFREE_FUNCTION Free, _In_ ULONG Flags, _In_ ULONG Size,
    _In_ ULONG Tag, _In_ USHORT Depth);
VOID NTAPI NdisDeleteNPagedLookasideList(_In_ PNPAGED_LOOKASIDE_LIST Lookaside);
PVOID NTAPI NdisAllocateFromNPagedLookasideList(
    _In_ PNPAGED_LOOKASIDE_LIST Lookaside);
VOID NTAPI NdisFreeToNPagedLookasideList(_In_ PNPAGED_LOOKASIDE_LIST Lookaside,
                                         _In_ PVOID Entry);

#define NDIS_MEMORY_CONTIGUOUS 0x00000001
#define NDIS_MEMORY_NONCACHED 0x00000002

#define NdisZeroMemory(Destination, Length) RtlZeroMemory(Destination, Length)
#define NdisMoveMemory(Destination, Source, Length)                        \
    RtlCopyMemory(Destination, Source, Length)
#define NdisFillMemory(Destination, Length, Fill)                          \
    RtlFillMemory(Destination, Length, Fill)
#define NdisEqualMemory(Source1, Source2, Length)                          \
    RtlEqualMemory(Source1, Source2, Length)
#define NdisRetrieveUlong(Destination, Source)                             \
    RtlCopyMemory(Destination, Source, sizeof(ULONG))
#define NdisStoreUlong(Destination, Value)                                 \
    ((void)(*(ULONG UNALIGNED *)(Destination) = (ULONG)(Value)))

#define NdisGetPhysicalAddressLow(_PhysicalAddress) ((_PhysicalAddress).LowPart)
#define NdisGetPhysicalAddressHigh(_PhysicalAddress) ((_PhysicalAddress).HighPart)
#define NdisSetPhysicalAddressLow(_PhysicalAddress, _Value)                \
    ((_PhysicalAddress).LowPart = (_Value))
#define NdisSetPhysicalAddressHigh(_PhysicalAddress, _Value)               \
    ((_PhysicalAddress).HighPart = (_Value))
#define NDIS_PHYSICAL_ADDRESS_CONST(_Low, _High)                           \
    { { (ULONG)(_Low), (LONG)(_High) } }

/* ---- Services: spin locks, reader/writer locks, events --------------------- */
VOID NTAPI NdisAllocateSpinLock(_Out_ PNDIS_SPIN_LOCK SpinLock);
VOID NTAPI NdisFreeSpinLock(_In_ PNDIS_SPIN_LOCK SpinLock);
VOID NTAPI NdisAcquireSpinLock(_Inout_ PNDIS_SPIN_LOCK SpinLock);
VOID NTAPI NdisReleaseSpinLock(_Inout_ PNDIS_SPIN_LOCK SpinLock);
VOID NTAPI NdisDprAcquireSpinLock(_Inout_ PNDIS_SPIN_LOCK SpinLock);
VOID NTAPI NdisDprReleaseSpinLock(_Inout_ PNDIS_SPIN_LOCK SpinLock);

VOID NTAPI NdisInitializeReadWriteLock(_Out_ PNDIS_RW_LOCK Lock);
VOID NTAPI NdisAcquireReadWriteLock(_Inout_ PNDIS_RW_LOCK Lock,
                                    _In_ BOOLEAN fWrite,
                                    _Out_ PLOCK_STATE LockState);
VOID NTAPI NdisReleaseReadWriteLock(_Inout_ PNDIS_RW_LOCK Lock,
                                    _In_ PLOCK_STATE LockState);
VOID NTAPI NdisDprAcquireReadWriteLock(_Inout_ PNDIS_RW_LOCK Lock,
                                       _In_ BOOLEAN fWrite,
                                       _Out_ PLOCK_STATE LockState);
VOID NTAPI NdisDprReleaseReadWriteLock(_Inout_ PNDIS_RW_LOCK Lock,
                                       _In_ PLOCK_STATE LockState);

PNDIS_RW_LOCK_EX NTAPI NdisAllocateRWLock(_In_ NDIS_HANDLE NdisHandle);
VOID NTAPI NdisFreeRWLock(_In_ PNDIS_RW_LOCK_EX Lock);
VOID NTAPI NdisAcquireRWLockRead(_In_ PNDIS_RW_LOCK_EX Lock,
                                 _Out_ PLOCK_STATE_EX LockState,
                                 _In_ UCHAR Flags);
VOID NTAPI NdisAcquireRWLockWrite(_In_ PNDIS_RW_LOCK_EX Lock,
                                  _Out_ PLOCK_STATE_EX LockState,
                                  _In_ UCHAR Flags);
VOID NTAPI NdisReleaseRWLock(_In_ PNDIS_RW_LOCK_EX Lock,
                             _In_ PLOCK_STATE_EX LockState);

VOID NTAPI NdisInitializeEvent(_Out_ PNDIS_EVENT Event);
VOID NTAPI NdisSetEvent(_In_ PNDIS_EVENT Event);
VOID NTAPI NdisResetEvent(_In_ PNDIS_EVENT Event);
BOOLEAN NTAPI NdisWaitEvent(_In_ PNDIS_EVENT Event, _In_ UINT MsToWait);

/* ---- Services: interlocked lists and counters ------------------------------ */
PLIST_ENTRY NTAPI NdisInterlockedInsertHeadList(_In_ PLIST_ENTRY ListHead,
                                                _In_ PLIST_ENTRY ListEntry,
                                                _In_ PNDIS_SPIN_LOCK SpinLock);
PLIST_ENTRY NTAPI NdisInterlockedInsertTailList(_In_ PLIST_ENTRY ListHead,
                                                _In_ PLIST_ENTRY ListEntry,
                                                _In_ PNDIS_SPIN_LOCK SpinLock);
PLIST_ENTRY NTAPI NdisInterlockedRemoveHeadList(_In_ PLIST_ENTRY ListHead,
                                                _In_ PNDIS_SPIN_LOCK SpinLock);

#define NdisInitializeListHead(_ListHead) InitializeListHead(_ListHead)
#define NdisInterlockedIncrement(Addend) InterlockedIncrement(Addend)
#define NdisInterlockedDecrement(Addend) InterlockedDecrement(Addend)
#define NdisInterlockedExchange(Target, Value) InterlockedExchange(Target, Value)
#define NdisInterlockedAddUlong(_Addend, _Increment, _SpinLock)            \
    ((void)(_SpinLock), (void)InterlockedExchangeAdd((LONG volatile *)(_Addend), \
                                                     (LONG)(_Increment)))
#define NdisInterlockedAddLargeStatistic(_Addend, _Increment)              \
    ((void)InterlockedAddLargeStatistic((LONGLONG volatile *)(_Addend),    \
                                        (LONG)(_Increment)))

/* ---- Services: I/O work items and timers ----------------------------------- */
NDIS_HANDLE NTAPI NdisAllocateIoWorkItem(_In_ NDIS_HANDLE NdisObjectHandle);
VOID NTAPI NdisQueueIoWorkItem(_In_ NDIS_HANDLE NdisIoWorkItemHandle,
                               _In_ NDIS_IO_WORKITEM_ROUTINE Routine,
                               _In_ PVOID WorkItemContext);
VOID NTAPI NdisFreeIoWorkItem(_In_ NDIS_HANDLE NdisIoWorkItemHandle);

NDIS_STATUS NTAPI NdisAllocateTimerObject(
    _In_ NDIS_HANDLE NdisHandle,
    _In_ PNDIS_TIMER_CHARACTERISTICS TimerCharacteristics,
    _Out_ PNDIS_HANDLE pTimerObject);
BOOLEAN NTAPI NdisSetTimerObject(_In_ NDIS_HANDLE TimerObject,
                                 _In_ LARGE_INTEGER DueTime,
                                 _In_opt_ LONG MillisecondsPeriod,
                                 _In_opt_ PVOID FunctionContext);
BOOLEAN NTAPI NdisCancelTimerObject(_In_ NDIS_HANDLE TimerObject);
VOID NTAPI NdisFreeTimerObject(_In_ NDIS_HANDLE TimerObject);

/* ---- Services: strings, time, processors, logging ----------------------------- */
VOID NTAPI NdisInitializeString(_Out_ PNDIS_STRING Destination,
                                _In_opt_ PUCHAR Source);
VOID NTAPI NdisMSleep(_In_ ULONG MicrosecondsToSleep);
VOID NTAPI NdisStallExecution(_In_ UINT MicrosecondsToStall);
VOID NTAPI NdisGetCurrentSystemTime(_Out_ PLARGE_INTEGER pSystemTime);
UINT NTAPI NdisGetVersion(VOID);
CCHAR NTAPI NdisSystemProcessorCount(VOID);
ULONG NTAPI NdisGroupActiveProcessorCount(_In_ USHORT Group);
ULONG NTAPI NdisGroupMaxProcessorCount(_In_ USHORT Group);
ULONG NTAPI NdisSystemActiveProcessorCount(VOID);
VOID __cdecl NdisWriteErrorLogEntry(_In_ NDIS_HANDLE NdisAdapterHandle,
                                    _In_ NDIS_ERROR_CODE ErrorCode,
                                    _In_ ULONG NumberOfErrorValues, ...);

EXTERN_C_END

#define NDIS_STRING_CONST(x)                                               \
    { (USHORT)(sizeof(L##x) - sizeof(WCHAR)), (USHORT)sizeof(L##x), (PWCH)L##x }
#define NdisInitUnicodeString(_Destination, _Source)                       \
    RtlInitUnicodeString((_Destination), (_Source))
#define NdisFreeString(_String)                                            \
    NdisFreeMemory((_String).Buffer, (_String).MaximumLength, 0)
#define NdisEqualString(_String1, _String2, _CaseInsensitive)              \
    RtlEqualUnicodeString((_String1), (_String2), (_CaseInsensitive))

/* Raw port and memory-mapped register access, expressed with the HAL
 * routines and volatile accesses they stand for. */
#define NdisRawReadPortUchar(Port, Data)                                   \
    ((void)(*(Data) = READ_PORT_UCHAR((PUCHAR)(ULONG_PTR)(Port))))
#define NdisRawReadPortUshort(Port, Data)                                  \
    ((void)(*(Data) = READ_PORT_USHORT((PUSHORT)(ULONG_PTR)(Port))))
#define NdisRawReadPortUlong(Port, Data)                                   \
    ((void)(*(Data) = READ_PORT_ULONG((PULONG)(ULONG_PTR)(Port))))
#define NdisRawWritePortUchar(Port, Data)                                  \
    WRITE_PORT_UCHAR((PUCHAR)(ULONG_PTR)(Port), (UCHAR)(Data))
#define NdisRawWritePortUshort(Port, Data)                                 \
    WRITE_PORT_USHORT((PUSHORT)(ULONG_PTR)(Port), (USHORT)(Data))
#define NdisRawWritePortUlong(Port, Data)                                  \
    WRITE_PORT_ULONG((PULONG)(ULONG_PTR)(Port), (ULONG)(Data))
#define NdisReadRegisterUchar(Register, Data)                              \
    ((void)(*(Data) = *(volatile UCHAR *)(Register)))
#define NdisReadRegisterUshort(Register, Data)                             \
    ((void)(*(Data) = *(volatile USHORT *)(Register)))
#define NdisReadRegisterUlong(Register, Data)                              \
    ((void)(*(Data) = *(volatile ULONG *)(Register)))
#define NdisWriteRegisterUchar(Register, Data)                             \
    ((void)(*(volatile UCHAR *)(Register) = (UCHAR)(Data)))
#define NdisWriteRegisterUshort(Register, Data)                            \
    ((void)(*(volatile USHORT *)(Register) = (USHORT)(Data)))
#define NdisWriteRegisterUlong(Register, Data)                             \
    ((void)(*(volatile ULONG *)(Register) = (ULONG)(Data)))

#endif /* NDIS_TIDY_STANDIN_NDIS_MINIPORT_H */
