/*
 * ndis-stand-in/legacy.h - part of ndis-tidy's stand-in <ndis.h>: the
 * NDIS 5.x miniport interface (NDIS_PACKET, NDIS_MINIPORT_CHARACTERISTICS,
 * NdisMRegisterMiniport, NdisMRegisterInterrupt, wrapper, timers, ...).
 *
 * Unlike the WDK, which offers these only to NDIS 5 builds, the stand-in
 * always declares them so that old and mixed drivers can be analysed.
 * Written for ndis-tidy from Microsoft's public NDIS 5.x documentation,
 * for static analysis only; the text is ndis-tidy's own.  Include <ndis.h>.
 */
#ifndef NDIS_TIDY_STANDIN_NDIS_LEGACY_H
#define NDIS_TIDY_STANDIN_NDIS_LEGACY_H

typedef struct _NDIS_MINIPORT_BLOCK NDIS_MINIPORT_BLOCK, *PNDIS_MINIPORT_BLOCK;
typedef struct _NDIS_PACKET_POOL *PNDIS_PACKET_POOL;

/* ---- Packets ----------------------------------------------------------------- */
typedef struct _NDIS_PACKET_PRIVATE {
    UINT PhysicalCount;
    UINT TotalLength;
    PNDIS_BUFFER Head;
    PNDIS_BUFFER Tail;
    PNDIS_PACKET_POOL Pool;
    UINT Count;
    ULONG Flags;
    BOOLEAN ValidCounts;
    UCHAR NdisPacketFlags;
    USHORT NdisPacketOobOffset;
} NDIS_PACKET_PRIVATE, *PNDIS_PACKET_PRIVATE;

typedef struct _NDIS_PACKET {
    NDIS_PACKET_PRIVATE Private;
    union {
        struct {
            UCHAR MiniportReserved[2 * sizeof(PVOID)];
            UCHAR WrapperReserved[2 * sizeof(PVOID)];
        };
        struct {
            UCHAR MiniportReservedEx[3 * sizeof(PVOID)];
            UCHAR WrapperReservedEx[sizeof(PVOID)];
        };
        struct {
            UCHAR MacReserved[4 * sizeof(PVOID)];
        };
    };
    ULONG_PTR Reserved[2];
    UCHAR ProtocolReserved[1];
} NDIS_PACKET, *PNDIS_PACKET, **PPNDIS_PACKET;

typedef struct _NDIS_PACKET_OOB_DATA {
    union {
        ULONGLONG TimeToSend;
        ULONGLONG TimeSent;
    };
    ULONGLONG TimeReceived;
    UINT HeaderSize;
    UINT SizeMediaSpecificInfo;
    PVOID MediaSpecificInformation;
    NDIS_STATUS Status;
} NDIS_PACKET_OOB_DATA, *PNDIS_PACKET_OOB_DATA;

typedef enum _NDIS_PER_PACKET_INFO {
    TcpIpChecksumPacketInfo,
    IpSecPacketInfo,
    TcpLargeSendPacketInfo,
    ClassificationHandlePacketInfo,
    NdisReserved,
    ScatterGatherListPacketInfo,
    Ieee8021QInfo,
    OriginalPacketInfo,
    PacketCancelId,
    OriginalNetBufferList,
    CachedNetBufferList,
    ShortPacketPaddingInfo,
    MaxPerPacketInfo
} NDIS_PER_PACKET_INFO, *PNDIS_PER_PACKET_INFO;

typedef struct _NDIS_PACKET_EXTENSION {
    PVOID NdisPacketInfo[MaxPerPacketInfo];
} NDIS_PACKET_EXTENSION, *PNDIS_PACKET_EXTENSION;

#define NDIS_PACKET_EXTENSION_FROM_PACKET(_P)                              \
    ((PNDIS_PACKET_EXTENSION)((PUCHAR)(_P) + (_P)->Private.NdisPacketOobOffset \
                              + sizeof(NDIS_PACKET_OOB_DATA)))
#define NDIS_PER_PACKET_INFO_FROM_PACKET(_P, _Id)                          \
    (NDIS_PACKET_EXTENSION_FROM_PACKET(_P)->NdisPacketInfo[(_Id)])
#define NDIS_OOB_DATA_FROM_PACKET(_P)                                      \
    ((PNDIS_PACKET_OOB_DATA)((PUCHAR)(_P) + (_P)->Private.NdisPacketOobOffset))
#define NDIS_GET_PACKET_STATUS(_P) (NDIS_OOB_DATA_FROM_PACKET(_P)->Status)
#define NDIS_SET_PACKET_STATUS(_P, _S) (NDIS_OOB_DATA_FROM_PACKET(_P)->Status = (_S))
#define NDIS_SET_PACKET_HEADER_SIZE(_P, _S)                                \
    (NDIS_OOB_DATA_FROM_PACKET(_P)->HeaderSize = (_S))

/* ---- NDIS 5 handler types ------------------------------------------------------ */
typedef BOOLEAN (*W_CHECK_FOR_HANG_HANDLER)(_In_ NDIS_HANDLE MiniportAdapterContext);
typedef VOID (*W_DISABLE_INTERRUPT_HANDLER)(_In_ NDIS_HANDLE MiniportAdapterContext);
typedef VOID (*W_ENABLE_INTERRUPT_HANDLER)(_In_ NDIS_HANDLE MiniportAdapterContext);
typedef VOID (*W_HALT_HANDLER)(_In_ NDIS_HANDLE MiniportAdapterContext);
typedef VOID (*W_HANDLE_INTERRUPT_HANDLER)(_In_ NDIS_HANDLE MiniportAdapterContext);
typedef NDIS_STATUS (*W_INITIALIZE_HANDLER)(
    _Out_ PNDIS_STATUS OpenErrorStatus, _Out_ PUINT SelectedMediumIndex,
    _In_ PNDIS_MEDIUM MediumArray, _In_ UINT MediumArraySize,
    _In_ NDIS_HANDLE MiniportAdapterHandle,
    _In_ NDIS_HANDLE WrapperConfigurationContext);
typedef VOID (*W_ISR_HANDLER)(_Out_ PBOOLEAN InterruptRecognized,
                              _Out_ PBOOLEAN QueueMiniportHandleInterrupt,
                              _In_ NDIS_HANDLE MiniportAdapterContext);
typedef NDIS_STATUS (*W_QUERY_INFORMATION_HANDLER)(
    _In_ NDIS_HANDLE MiniportAdapterContext, _In_ NDIS_OID Oid,
    _In_ PVOID InformationBuffer, _In_ ULONG InformationBufferLength,
    _Out_ PULONG BytesWritten, _Out_ PULONG BytesNeeded);
typedef NDIS_STATUS (*W_RECONFIGURE_HANDLER)(
    _Out_ PNDIS_STATUS OpenErrorStatus, _In_ NDIS_HANDLE MiniportAdapterContext,
    _In_ NDIS_HANDLE WrapperConfigurationContext);
typedef NDIS_STATUS (*W_RESET_HANDLER)(_Out_ PBOOLEAN AddressingReset,
                                       _In_ NDIS_HANDLE MiniportAdapterContext);
typedef NDIS_STATUS (*W_SEND_HANDLER)(_In_ NDIS_HANDLE MiniportAdapterContext,
                                      _In_ PNDIS_PACKET Packet, _In_ UINT Flags);
typedef NDIS_STATUS (*WM_SEND_HANDLER)(_In_ NDIS_HANDLE MiniportAdapterContext,
                                       _In_ NDIS_HANDLE NdisLinkHandle,
                                       _In_ PVOID Packet);
typedef NDIS_STATUS (*W_SET_INFORMATION_HANDLER)(
    _In_ NDIS_HANDLE MiniportAdapterContext, _In_ NDIS_OID Oid,
    _In_ PVOID InformationBuffer, _In_ ULONG InformationBufferLength,
    _Out_ PULONG BytesRead, _Out_ PULONG BytesNeeded);
typedef NDIS_STATUS (*W_TRANSFER_DATA_HANDLER)(
    _Out_ PNDIS_PACKET Packet, _Out_ PUINT BytesTransferred,
    _In_ NDIS_HANDLE MiniportAdapterContext,
    _In_ NDIS_HANDLE MiniportReceiveContext, _In_ UINT ByteOffset,
    _In_ UINT BytesToTransfer);
typedef VOID (*W_RETURN_PACKET_HANDLER)(_In_ NDIS_HANDLE MiniportAdapterContext,
                                        _In_ PNDIS_PACKET Packet);
typedef VOID (*W_SEND_PACKETS_HANDLER)(_In_ NDIS_HANDLE MiniportAdapterContext,
                                       _In_ PPNDIS_PACKET PacketArray,
                                       _In_ UINT NumberOfPackets);
typedef VOID (*W_ALLOCATE_COMPLETE_HANDLER)(
    _In_ NDIS_HANDLE MiniportAdapterContext, _In_ PVOID VirtualAddress,
    _In_ PNDIS_PHYSICAL_ADDRESS PhysicalAddress, _In_ ULONG Length,
    _In_ PVOID Context);
typedef VOID (*W_CANCEL_SEND_PACKETS_HANDLER)(
    _In_ NDIS_HANDLE MiniportAdapterContext, _In_ PVOID CancelId);
typedef VOID (*W_PNP_EVENT_NOTIFY_HANDLER)(
    _In_ NDIS_HANDLE MiniportAdapterContext,
    _In_ NDIS_DEVICE_PNP_EVENT DevicePnPEvent, _In_ PVOID InformationBuffer,
    _In_ ULONG InformationBufferLength);
typedef VOID (*W_MINIPORT_SHUTDOWN_HANDLER)(_In_ NDIS_HANDLE MiniportAdapterContext);
typedef VOID (*ADAPTER_SHUTDOWN_HANDLER)(_In_ PVOID ShutdownContext);

/* Connection-oriented handlers are kept untyped: no checker needs them. */
typedef PVOID W_CO_CREATE_VC_HANDLER, W_CO_DELETE_VC_HANDLER,
    W_CO_ACTIVATE_VC_HANDLER, W_CO_DEACTIVATE_VC_HANDLER,
    W_CO_SEND_PACKETS_HANDLER, W_CO_REQUEST_HANDLER;

/* NDIS 5.1 miniport characteristics, flattened. */
typedef struct _NDIS_MINIPORT_CHARACTERISTICS {
    UCHAR MajorNdisVersion;
    UCHAR MinorNdisVersion;
    USHORT Filler;
    UINT Reserved;
    W_CHECK_FOR_HANG_HANDLER CheckForHangHandler;
    W_DISABLE_INTERRUPT_HANDLER DisableInterruptHandler;
    W_ENABLE_INTERRUPT_HANDLER EnableInterruptHandler;
    W_HALT_HANDLER HaltHandler;
    W_HANDLE_INTERRUPT_HANDLER HandleInterruptHandler;
    W_INITIALIZE_HANDLER InitializeHandler;
    W_ISR_HANDLER ISRHandler;
    W_QUERY_INFORMATION_HANDLER QueryInformationHandler;
    W_RECONFIGURE_HANDLER ReconfigureHandler;
    W_RESET_HANDLER ResetHandler;
    union {
        W_SEND_HANDLER SendHandler;
        WM_SEND_HANDLER WanSendHandler;
    };
    W_SET_INFORMATION_HANDLER SetInformationHandler;
    W_TRANSFER_DATA_HANDLER TransferDataHandler;
    W_RETURN_PACKET_HANDLER ReturnPacketHandler;
    W_SEND_PACKETS_HANDLER SendPacketsHandler;
    W_ALLOCATE_COMPLETE_HANDLER AllocateCompleteHandler;
    W_CO_CREATE_VC_HANDLER CoCreateVcHandler;
    W_CO_DELETE_VC_HANDLER CoDeleteVcHandler;
    W_CO_ACTIVATE_VC_HANDLER CoActivateVcHandler;
    W_CO_DEACTIVATE_VC_HANDLER CoDeactivateVcHandler;
    W_CO_SEND_PACKETS_HANDLER CoSendPacketsHandler;
    W_CO_REQUEST_HANDLER CoRequestHandler;
    W_CANCEL_SEND_PACKETS_HANDLER CancelSendPacketsHandler;
    W_PNP_EVENT_NOTIFY_HANDLER PnPEventNotifyHandler;
    W_MINIPORT_SHUTDOWN_HANDLER AdapterShutdownHandler;
    PVOID Reserved1;
    PVOID Reserved2;
    PVOID Reserved3;
    PVOID Reserved4;
} NDIS_MINIPORT_CHARACTERISTICS, *PNDIS_MINIPORT_CHARACTERISTICS;

/* ---- NDIS 5 interrupt object and timers ----------------------------------------- */
typedef struct _NDIS_MINIPORT_INTERRUPT {
    PKINTERRUPT InterruptObject;
    KSPIN_LOCK DpcCountLock;
    PVOID Reserved;
    W_ISR_HANDLER MiniportIsr;
    W_HANDLE_INTERRUPT_HANDLER MiniportDpc;
    KDPC InterruptDpc;
    PNDIS_MINIPORT_BLOCK Miniport;
    UCHAR DpcCount;
    BOOLEAN Filler1;
    KEVENT DpcsCompletedEvent;
    BOOLEAN SharedInterrupt;
    BOOLEAN IsrRequested;
} NDIS_MINIPORT_INTERRUPT, *PNDIS_MINIPORT_INTERRUPT;

typedef struct _NDIS_MINIPORT_TIMER {
    KTIMER Timer;
    KDPC Dpc;
    PNDIS_TIMER_FUNCTION MiniportTimerFunction;
    PVOID MiniportTimerContext;
    PNDIS_MINIPORT_BLOCK Miniport;
    struct _NDIS_MINIPORT_TIMER *NextTimer;
} NDIS_MINIPORT_TIMER, *PNDIS_MINIPORT_TIMER;

typedef struct _NDIS_TIMER {
    KTIMER Timer;
    KDPC Dpc;
} NDIS_TIMER, *PNDIS_TIMER;

/* ---- NdisMSetAttributesEx flags and DMA sizes ----------------------------------- */
#define NDIS_ATTRIBUTE_IGNORE_PACKET_TIMEOUT 0x00000001
#define NDIS_ATTRIBUTE_IGNORE_REQUEST_TIMEOUT 0x00000002
#define NDIS_ATTRIBUTE_IGNORE_TOKEN_RING_ERRORS 0x00000004
#define NDIS_ATTRIBUTE_BUS_MASTER 0x00000008
#define NDIS_ATTRIBUTE_INTERMEDIATE_DRIVER 0x00000010
#define NDIS_ATTRIBUTE_DESERIALIZE 0x00000020
#define NDIS_ATTRIBUTE_NO_HALT_ON_SUSPEND 0x00000040
#define NDIS_ATTRIBUTE_SURPRISE_REMOVE_OK 0x00000080
#define NDIS_ATTRIBUTE_NOT_CO_NDIS 0x00000100
#define NDIS_ATTRIBUTE_USES_SAFE_BUFFER_APIS 0x00000200
#define NDIS_ATTRIBUTE_DO_NOT_BIND_TO_ALL_CO 0x00000400
#define NDIS_ATTRIBUTE_MINIPORT_PADS_SHORT_PACKETS 0x00000800

#define NDIS_DMA_24BITS 0
#define NDIS_DMA_32BITS 1
#define NDIS_DMA_64BITS 2

EXTERN_C_START

/* ---- Wrapper and registration --------------------------------------------------- */
VOID NTAPI NdisMInitializeWrapper(_Out_ PNDIS_HANDLE NdisWrapperHandle,
                                  _In_ PVOID SystemSpecific1,
                                  _In_ PVOID SystemSpecific2,
                                  _In_ PVOID SystemSpecific3);
VOID NTAPI NdisTerminateWrapper(_In_ NDIS_HANDLE NdisWrapperHandle,
                                _In_opt_ PVOID SystemSpecific);
NDIS_STATUS NTAPI NdisMRegisterMiniport(
    _In_ NDIS_HANDLE NdisWrapperHandle,
    _In_ PNDIS_MINIPORT_CHARACTERISTICS MiniportCharacteristics,
    _In_ UINT CharacteristicsLength);
VOID NTAPI NdisMRegisterUnloadHandler(_In_ NDIS_HANDLE NdisWrapperHandle,
                                      _In_ PDRIVER_UNLOAD UnloadHandler);
NDIS_STATUS NTAPI NdisMRemoveMiniport(_In_ NDIS_HANDLE MiniportHandle);
VOID NTAPI NdisMSetAttributes(_In_ NDIS_HANDLE MiniportAdapterHandle,
                              _In_ NDIS_HANDLE MiniportAdapterContext,
                              _In_ BOOLEAN BusMaster,
                              _In_ NDIS_INTERFACE_TYPE AdapterType);
VOID NTAPI NdisMSetAttributesEx(_In_ NDIS_HANDLE MiniportAdapterHandle,
                                _In_ NDIS_HANDLE MiniportAdapterContext,
                                _In_opt_ UINT CheckForHangTimeInSeconds,
                                _In_ ULONG AttributeFlags,
                                _In_ NDIS_INTERFACE_TYPE AdapterType);
VOID NTAPI NdisMRegisterAdapterShutdownHandler(
    _In_ NDIS_HANDLE MiniportHandle, _In_ PVOID ShutdownContext,
    _In_ ADAPTER_SHUTDOWN_HANDLER ShutdownHandler);
VOID NTAPI NdisMDeregisterAdapterShutdownHandler(_In_ NDIS_HANDLE MiniportHandle);

/* ---- Resources, configuration, PCI ---------------------------------------------- */
VOID NTAPI NdisMQueryAdapterResources(_Out_ PNDIS_STATUS Status,
                                      _In_ NDIS_HANDLE WrapperConfigurationContext,
                                      _Out_ PNDIS_RESOURCE_LIST ResourceList,
                                      _Inout_ PUINT BufferSize);
VOID NTAPI NdisOpenConfiguration(_Out_ PNDIS_STATUS Status,
                                 _Out_ PNDIS_HANDLE ConfigurationHandle,
                                 _In_ NDIS_HANDLE WrapperConfigurationContext);
ULONG NTAPI NdisReadPciSlotInformation(_In_ NDIS_HANDLE NdisAdapterHandle,
                                       _In_ ULONG SlotNumber, _In_ ULONG Offset,
                                       _Out_ PVOID Buffer, _In_ ULONG Length);
ULONG NTAPI NdisWritePciSlotInformation(_In_ NDIS_HANDLE NdisAdapterHandle,
                                        _In_ ULONG SlotNumber, _In_ ULONG Offset,
                                        _In_ PVOID Buffer, _In_ ULONG Length);

/* ---- Interrupts ------------------------------------------------------------------ */
NDIS_STATUS NTAPI NdisMRegisterInterrupt(
    _Out_ PNDIS_MINIPORT_INTERRUPT Interrupt,
    _In_ NDIS_HANDLE MiniportAdapterHandle, _In_ UINT InterruptVector,
    _In_ UINT InterruptLevel, _In_ BOOLEAN RequestIsr,
    _In_ BOOLEAN SharedInterrupt, _In_ NDIS_INTERRUPT_MODE InterruptMode);
VOID NTAPI NdisMDeregisterInterrupt(_In_ PNDIS_MINIPORT_INTERRUPT Interrupt);
BOOLEAN NTAPI NdisMSynchronizeWithInterrupt(_In_ PNDIS_MINIPORT_INTERRUPT Interrupt,
                                            _In_ PVOID SynchronizeFunction,
                                            _In_ PVOID SynchronizeContext);

/* ---- DMA ------------------------------------------------------------------------- */
NDIS_STATUS NTAPI NdisMAllocateMapRegisters(_In_ NDIS_HANDLE MiniportAdapterHandle,
                                            _In_ UINT DmaChannel,
                                            _In_ UCHAR DmaSize,
                                            _In_ ULONG BaseMapRegistersNeeded,
                                            _In_ ULONG MaximumPhysicalMapping);
VOID NTAPI NdisMFreeMapRegisters(_In_ NDIS_HANDLE MiniportAdapterHandle);
NDIS_STATUS NTAPI NdisMInitializeScatterGatherDma(
    _In_ NDIS_HANDLE MiniportAdapterHandle, _In_ BOOLEAN Dma64BitAddresses,
    _In_ ULONG MaximumPhysicalMapping);
NDIS_STATUS NTAPI NdisMAllocateSharedMemoryAsync(
    _In_ NDIS_HANDLE MiniportAdapterHandle, _In_ ULONG Length,
    _In_ BOOLEAN Cached, _In_ PVOID Context);

/* ---- Timers ---------------------------------------------------------------------- */
VOID NTAPI NdisMInitializeTimer(_Out_ PNDIS_MINIPORT_TIMER Timer,
                                _In_ NDIS_HANDLE MiniportAdapterHandle,
                                _In_ PNDIS_TIMER_FUNCTION TimerFunction,
                                _In_ PVOID FunctionContext);
VOID NTAPI NdisMSetTimer(_In_ PNDIS_MINIPORT_TIMER Timer,
                         _In_ UINT MillisecondsToDelay);
VOID NTAPI NdisMSetPeriodicTimer(_In_ PNDIS_MINIPORT_TIMER Timer,
                                 _In_ UINT MillisecondPeriod);
VOID NTAPI NdisMCancelTimer(_In_ PNDIS_MINIPORT_TIMER Timer,
                            _Out_ PBOOLEAN TimerCancelled);
VOID NTAPI NdisInitializeTimer(_Inout_ PNDIS_TIMER Timer,
                               _In_ PNDIS_TIMER_FUNCTION TimerFunction,
                               _In_opt_ PVOID FunctionContext);
VOID NTAPI NdisSetTimer(_In_ PNDIS_TIMER Timer, _In_ UINT MillisecondsToDelay);
VOID NTAPI NdisCancelTimer(_In_ PNDIS_TIMER Timer, _Out_ PBOOLEAN TimerCancelled);

/* ---- Send, receive and status ------------------------------------------------------ */
VOID NTAPI NdisMSendComplete(_In_ NDIS_HANDLE MiniportAdapterHandle,
                             _In_ PNDIS_PACKET Packet, _In_ NDIS_STATUS Status);
VOID NTAPI NdisMSendResourcesAvailable(_In_ NDIS_HANDLE MiniportAdapterHandle);
VOID NTAPI NdisMIndicateReceivePacket(_In_ NDIS_HANDLE MiniportAdapterHandle,
                                      _In_ PPNDIS_PACKET ReceivedPackets,
                                      _In_ UINT NumberOfPackets);
VOID NTAPI NdisMEthIndicateReceive(_In_ NDIS_HANDLE MiniportAdapterHandle,
                                   _In_ NDIS_HANDLE MiniportReceiveContext,
                                   _In_ PVOID HeaderBuffer,
                                   _In_ UINT HeaderBufferSize,
                                   _In_ PVOID LookaheadBuffer,
                                   _In_ UINT LookaheadBufferSize,
                                   _In_ UINT PacketSize);
VOID NTAPI NdisMEthIndicateReceiveComplete(_In_ NDIS_HANDLE MiniportAdapterHandle);
VOID NTAPI NdisMIndicateStatus(_In_ NDIS_HANDLE MiniportAdapterHandle,
                               _In_ NDIS_STATUS GeneralStatus,
                               _In_ PVOID StatusBuffer,
                               _In_ UINT StatusBufferSize);
VOID NTAPI NdisMIndicateStatusComplete(_In_ NDIS_HANDLE MiniportAdapterHandle);
VOID NTAPI NdisMQueryInformationComplete(_In_ NDIS_HANDLE MiniportAdapterHandle,
                                         _In_ NDIS_STATUS Status);
VOID NTAPI NdisMSetInformationComplete(_In_ NDIS_HANDLE MiniportAdapterHandle,
                                       _In_ NDIS_STATUS Status);

/* ---- Protocol-side requests (NdisRequest / NdisReset) -------------------------------- */
VOID NTAPI NdisRequest(_Out_ PNDIS_STATUS Status,
                       _In_ NDIS_HANDLE NdisBindingHandle,
                       _In_ PNDIS_REQUEST NdisRequest);
VOID NTAPI NdisReset(_Out_ PNDIS_STATUS Status, _In_ NDIS_HANDLE NdisBindingHandle);

/* ---- Packet and buffer queries --------------------------------------------------------- */
VOID NTAPI NdisQueryPacket(_In_ PNDIS_PACKET Packet,
                           _Out_opt_ PUINT PhysicalBufferCount,
                           _Out_opt_ PUINT BufferCount,
                           _Out_opt_ PNDIS_BUFFER *FirstBuffer,
                           _Out_opt_ PUINT TotalPacketLength);
VOID NTAPI NdisGetFirstBufferFromPacketSafe(_In_ PNDIS_PACKET Packet,
                                            _Out_ PNDIS_BUFFER *FirstBuffer,
                                            _Out_ PVOID *FirstBufferVA,
                                            _Out_ PUINT FirstBufferLength,
                                            _Out_ PUINT TotalBufferLength,
                                            _In_ MM_PAGE_PRIORITY Priority);
VOID NTAPI NdisTidyStandIn_QueryBuffer(_In_ PNDIS_BUFFER Buffer,
                                       _Out_opt_ PVOID *VirtualAddress,
                                       _Out_ PUINT Length);

EXTERN_C_END

#define NdisQueryBuffer(_Buffer, _VirtualAddress, _Length)                 \
    NdisTidyStandIn_QueryBuffer((_Buffer), (PVOID *)(_VirtualAddress),     \
                                (PUINT)(_Length))
#define NdisGetNextBuffer(_CurrentBuffer, _NextBuffer)                     \
    ((void)(*(_NextBuffer) = (_CurrentBuffer)->Next))

#endif /* NDIS_TIDY_STANDIN_NDIS_LEGACY_H */
