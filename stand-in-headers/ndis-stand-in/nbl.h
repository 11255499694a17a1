/*
 * ndis-stand-in/nbl.h - part of ndis-tidy's stand-in <ndis.h>: NET_BUFFER
 * and NET_BUFFER_LIST structures, their accessor macros, per-NBL
 * out-of-band information, pools and the send/receive entry points.
 *
 * Written for ndis-tidy from Microsoft's public NDIS documentation, for
 * static analysis only; the text is ndis-tidy's own.  Include <ndis.h>.
 */
#ifndef NDIS_TIDY_STANDIN_NDIS_NBL_H
#define NDIS_TIDY_STANDIN_NDIS_NBL_H

#define MEMORY_ALLOCATION_ALIGNMENT (2 * sizeof(void *))

typedef struct _NET_BUFFER NET_BUFFER, *PNET_BUFFER;
typedef struct _NET_BUFFER_LIST NET_BUFFER_LIST, *PNET_BUFFER_LIST;
typedef struct _NET_BUFFER_LIST_CONTEXT NET_BUFFER_LIST_CONTEXT, *PNET_BUFFER_LIST_CONTEXT;
typedef struct _NET_BUFFER_SHARED_MEMORY NET_BUFFER_SHARED_MEMORY, *PNET_BUFFER_SHARED_MEMORY;

/* ---- NET_BUFFER ------------------------------------------------------------ */
typedef struct _NET_BUFFER_DATA {
    PNET_BUFFER Next;
    PMDL CurrentMdl;
    ULONG CurrentMdlOffset;
    union {
        ULONG DataLength;
        SIZE_T stDataLength;
    };
    PMDL MdlChain;
    ULONG DataOffset;
} NET_BUFFER_DATA, *PNET_BUFFER_DATA;

typedef union _NET_BUFFER_HEADER {
    NET_BUFFER_DATA NetBufferData;
    SLIST_HEADER Link;
} NET_BUFFER_HEADER, *PNET_BUFFER_HEADER;

struct _NET_BUFFER_SHARED_MEMORY {
    PNET_BUFFER_SHARED_MEMORY NextSharedMemorySegment;
    ULONG SharedMemoryFlags;
    NDIS_HANDLE SharedMemoryHandle;
    ULONG SharedMemoryOffset;
    ULONG SharedMemoryLength;
};

struct _NET_BUFFER {
    union {
        struct {
            PNET_BUFFER Next;
            PMDL CurrentMdl;
            ULONG CurrentMdlOffset;
            union {
                ULONG DataLength;
                SIZE_T stDataLength;
            };
            PMDL MdlChain;
            ULONG DataOffset;
        };
        SLIST_HEADER Link;
        NET_BUFFER_HEADER NetBufferHeader;
    };
    USHORT ChecksumBias;
    USHORT Reserved;
    NDIS_HANDLE NdisPoolHandle;
    PVOID NdisReserved[2];
    PVOID ProtocolReserved[6];
    PVOID MiniportReserved[4];
    NDIS_PHYSICAL_ADDRESS DataPhysicalAddress;
    union {
        PNET_BUFFER_SHARED_MEMORY SharedMemoryInfo;
        PSCATTER_GATHER_LIST ScatterGatherList;
    };
};

/* ---- Per-NBL out-of-band information slots ------------------------------- */
typedef enum _NDIS_NET_BUFFER_LIST_INFO {
    TcpIpChecksumNetBufferListInfo,
    TcpOffloadBytesTransferred = TcpIpChecksumNetBufferListInfo,
    IPsecOffloadV1NetBufferListInfo,
    IPsecOffloadV2NetBufferListInfo = IPsecOffloadV1NetBufferListInfo,
    TcpLargeSendNetBufferListInfo,
    TcpReceiveNoPush = TcpLargeSendNetBufferListInfo,
    ClassificationHandleNetBufferListInfo,
    Ieee8021QNetBufferListInfo,
    NetBufferListCancelId,
    MediaSpecificInformation,
    NetBufferListFrameType,
    NetBufferListProtocolId = NetBufferListFrameType,
    NetBufferListHashValue,
    NetBufferListHashInfo,
    WfpNetBufferListInfo,
    IPsecOffloadV2TunnelNetBufferListInfo,
    IPsecOffloadV2HeaderNetBufferListInfo,
    NetBufferListCorrelationId,
    NetBufferListFilteringInfo,
    MediaSpecificInformationEx,
    NblOriginalInterfaceIfIndex,
    NblReAuthWfpFlowContext = NblOriginalInterfaceIfIndex,
    TcpReceiveBytesTransferred,
    SwitchForwardingReserved,
    SwitchForwardingDetail,
    VirtualSubnetInfo,
    IMReserved,
    TcpRecvSegCoalesceInfo,
    UdpSegmentationOffloadInfo,
    UdpRecvSegCoalesceInfo = UdpSegmentationOffloadInfo,
    GftOffloadInformation,
    GftFlowEntryId,
    NetBufferListInfoReserved3,
    MaxNetBufferListInfo
} NDIS_NET_BUFFER_LIST_INFO, *PNDIS_NET_BUFFER_LIST_INFO;

/* ---- NET_BUFFER_LIST ------------------------------------------------------- */
typedef struct _NET_BUFFER_LIST_DATA {
    PNET_BUFFER_LIST Next;
    PNET_BUFFER FirstNetBuffer;
} NET_BUFFER_LIST_DATA, *PNET_BUFFER_LIST_DATA;

typedef union _NET_BUFFER_LIST_HEADER {
    NET_BUFFER_LIST_DATA NetBufferListData;
    SLIST_HEADER Link;
} NET_BUFFER_LIST_HEADER, *PNET_BUFFER_LIST_HEADER;

struct _NET_BUFFER_LIST_CONTEXT {
    PNET_BUFFER_LIST_CONTEXT Next;
    USHORT Size;
    USHORT Offset;
    UCHAR ContextData[ANYSIZE_ARRAY];
};

struct _NET_BUFFER_LIST {
    union {
        struct {
            PNET_BUFFER_LIST Next;
            PNET_BUFFER FirstNetBuffer;
        };
        SLIST_HEADER Link;
        NET_BUFFER_LIST_HEADER NetBufferListHeader;
    };
    PNET_BUFFER_LIST_CONTEXT Context;
    PNET_BUFFER_LIST ParentNetBufferList;
    NDIS_HANDLE NdisPoolHandle;
    PVOID NdisReserved[2];
    PVOID ProtocolReserved[4];
    PVOID MiniportReserved[2];
    PVOID Scratch;
    NDIS_HANDLE SourceHandle;
    ULONG NblFlags;
    LONG ChildRefCount;
    ULONG Flags;
    union {
        NDIS_STATUS Status;
        ULONG NdisReserved2;
    };
    PVOID NetBufferListInfo[MaxNetBufferListInfo];
};

/* ---- Accessors ------------------------------------------------------------ */
#define NET_BUFFER_NEXT_NB(_NB) ((_NB)->Next)
#define NET_BUFFER_FIRST_MDL(_NB) ((_NB)->MdlChain)
#define NET_BUFFER_DATA_LENGTH(_NB) ((_NB)->DataLength)
#define NET_BUFFER_DATA_OFFSET(_NB) ((_NB)->DataOffset)
#define NET_BUFFER_CURRENT_MDL(_NB) ((_NB)->CurrentMdl)
#define NET_BUFFER_CURRENT_MDL_OFFSET(_NB) ((_NB)->CurrentMdlOffset)
#define NET_BUFFER_PROTOCOL_RESERVED(_NB) ((_NB)->ProtocolReserved)
#define NET_BUFFER_MINIPORT_RESERVED(_NB) ((_NB)->MiniportReserved)
#define NET_BUFFER_CHECKSUM_BIAS(_NB) ((_NB)->ChecksumBias)

#define NET_BUFFER_LIST_NEXT_NBL(_NBL) ((_NBL)->Next)
#define NET_BUFFER_LIST_FIRST_NB(_NBL) ((_NBL)->FirstNetBuffer)
#define NET_BUFFER_LIST_FLAGS(_NBL) ((_NBL)->Flags)
#define NET_BUFFER_LIST_NBL_FLAGS(_NBL) ((_NBL)->NblFlags)
#define NET_BUFFER_LIST_PROTOCOL_RESERVED(_NBL) ((_NBL)->ProtocolReserved)
#define NET_BUFFER_LIST_MINIPORT_RESERVED(_NBL) ((_NBL)->MiniportReserved)
#define NET_BUFFER_LIST_CONTEXT_DATA_START(_NBL)                           \
    ((PUCHAR)(((_NBL)->Context) + 1) + (_NBL)->Context->Offset)
#define NET_BUFFER_LIST_CONTEXT_DATA_SIZE(_NBL)                            \
    (((_NBL)->Context->Size) - ((_NBL)->Context->Offset))
#define NET_BUFFER_LIST_STATUS(_NBL) ((_NBL)->Status)
#define NET_BUFFER_LIST_INFO(_NBL, _Id) ((_NBL)->NetBufferListInfo[(_Id)])

#define NdisSetNblFlag(_NBL, _F) ((_NBL)->NblFlags |= (_F))
#define NdisClearNblFlag(_NBL, _F) ((_NBL)->NblFlags &= ~(_F))
#define NdisTestNblFlag(_NBL, _F) (((_NBL)->NblFlags & (_F)) != 0)

#define NDIS_GET_NET_BUFFER_LIST_CANCEL_ID(_NBL)                           \
    (NET_BUFFER_LIST_INFO(_NBL, NetBufferListCancelId))
#define NDIS_SET_NET_BUFFER_LIST_CANCEL_ID(_NBL, _CancelId)                \
    (NET_BUFFER_LIST_INFO(_NBL, NetBufferListCancelId) = (_CancelId))

/* RSS hash value, type and function carried in the NBL info slots. */
#define NET_BUFFER_LIST_GET_HASH_VALUE(_NBL)                               \
    ((ULONG)(ULONG_PTR)NET_BUFFER_LIST_INFO(_NBL, NetBufferListHashValue))
#define NET_BUFFER_LIST_SET_HASH_VALUE(_NBL, _HashValue)                   \
    (NET_BUFFER_LIST_INFO(_NBL, NetBufferListHashValue) =                  \
         (PVOID)(ULONG_PTR)(_HashValue))
#define NET_BUFFER_LIST_GET_HASH_TYPE(_NBL)                                \
    (((ULONG)(ULONG_PTR)NET_BUFFER_LIST_INFO(_NBL, NetBufferListHashInfo)) & \
     NDIS_HASH_TYPE_MASK)
#define NET_BUFFER_LIST_GET_HASH_FUNCTION(_NBL)                            \
    (((ULONG)(ULONG_PTR)NET_BUFFER_LIST_INFO(_NBL, NetBufferListHashInfo)) & \
     NDIS_HASH_FUNCTION_MASK)
#define NET_BUFFER_LIST_SET_HASH_TYPE(_NBL, _HashType)                     \
    (NET_BUFFER_LIST_INFO(_NBL, NetBufferListHashInfo) =                   \
         (PVOID)(ULONG_PTR)((((ULONG_PTR)NET_BUFFER_LIST_INFO(             \
                                 _NBL, NetBufferListHashInfo)) &           \
                             ~(ULONG_PTR)NDIS_HASH_TYPE_MASK) |            \
                            ((ULONG_PTR)(_HashType) & NDIS_HASH_TYPE_MASK)))
#define NET_BUFFER_LIST_SET_HASH_FUNCTION(_NBL, _HashFunction)             \
    (NET_BUFFER_LIST_INFO(_NBL, NetBufferListHashInfo) =                   \
         (PVOID)(ULONG_PTR)((((ULONG_PTR)NET_BUFFER_LIST_INFO(             \
                                 _NBL, NetBufferListHashInfo)) &           \
                             ~(ULONG_PTR)NDIS_HASH_FUNCTION_MASK) |        \
                            ((ULONG_PTR)(_HashFunction) &                  \
                             NDIS_HASH_FUNCTION_MASK)))

/* ---- Contents of particular info slots ------------------------------------ */
typedef struct _NDIS_TCP_IP_CHECKSUM_NET_BUFFER_LIST_INFO {
    union {
        struct {
            ULONG IsIPv4 : 1;
            ULONG IsIPv6 : 1;
            ULONG TcpChecksum : 1;
            ULONG UdpChecksum : 1;
            ULONG IpHeaderChecksum : 1;
            ULONG Reserved : 11;
            ULONG TcpHeaderOffset : 10;
        } Transmit;
        struct {
            ULONG TcpChecksumFailed : 1;
            ULONG UdpChecksumFailed : 1;
            ULONG IpChecksumFailed : 1;
            ULONG TcpChecksumSucceeded : 1;
            ULONG UdpChecksumSucceeded : 1;
            ULONG IpChecksumSucceeded : 1;
            ULONG Loopback : 1;
            ULONG TcpChecksumValueInvalid : 1;
            ULONG IpChecksumValueInvalid : 1;
        } Receive;
        PVOID Value;
    };
} NDIS_TCP_IP_CHECKSUM_NET_BUFFER_LIST_INFO,
    *PNDIS_TCP_IP_CHECKSUM_NET_BUFFER_LIST_INFO;

typedef struct _NDIS_TCP_LARGE_SEND_OFFLOAD_NET_BUFFER_LIST_INFO {
    union {
        struct {
            ULONG Unused : 30;
            ULONG Type : 1;
            ULONG Reserved2 : 1;
        } Transmit;
        struct {
            ULONG MSS : 20;
            ULONG TcpHeaderOffset : 10;
            ULONG Type : 1;
            ULONG Reserved2 : 1;
        } LsoV1Transmit;
        struct {
            ULONG TcpPayload : 30;
            ULONG Type : 1;
            ULONG Reserved2 : 1;
        } LsoV1TransmitComplete;
        struct {
            ULONG MSS : 20;
            ULONG TcpHeaderOffset : 10;
            ULONG Type : 1;
            ULONG IPVersion : 1;
        } LsoV2Transmit;
        struct {
            ULONG Reserved : 30;
            ULONG Type : 1;
            ULONG Reserved2 : 1;
        } LsoV2TransmitComplete;
        PVOID Value;
    };
} NDIS_TCP_LARGE_SEND_OFFLOAD_NET_BUFFER_LIST_INFO,
    *PNDIS_TCP_LARGE_SEND_OFFLOAD_NET_BUFFER_LIST_INFO;

#define NDIS_TCP_LARGE_SEND_OFFLOAD_V1_TYPE 0
#define NDIS_TCP_LARGE_SEND_OFFLOAD_V2_TYPE 1
#define NDIS_TCP_LARGE_SEND_OFFLOAD_IPv4 0
#define NDIS_TCP_LARGE_SEND_OFFLOAD_IPv6 1

typedef struct _NDIS_NET_BUFFER_LIST_8021Q_INFO {
    union {
        struct {
            UINT32 UserPriority : 3;
            UINT32 CanonicalFormatId : 1;
            UINT32 VlanId : 12;
            UINT32 Reserved : 16;
        } TagHeader;
        struct {
            UINT32 UserPriority : 3;
            UINT32 CanonicalFormatId : 1;
            UINT32 VlanId : 12;
            UINT32 WMMInfo : 4;
            UINT32 Reserved : 12;
        } WLanTagHeader;
        PVOID Value;
    };
} NDIS_NET_BUFFER_LIST_8021Q_INFO, *PNDIS_NET_BUFFER_LIST_8021Q_INFO;

/* Receive segment coalescing counters (TcpRecvSegCoalesceInfo slot). */
typedef union _NDIS_RSC_NBL_INFO {
    struct {
        USHORT CoalescedSegCount;
        USHORT DupAckCount;
    } Info;
    PVOID Value;
} NDIS_RSC_NBL_INFO, *PNDIS_RSC_NBL_INFO;

#define NET_BUFFER_LIST_COALESCED_SEG_COUNT(_NBL)                          \
    (((PNDIS_RSC_NBL_INFO)&NET_BUFFER_LIST_INFO(_NBL, TcpRecvSegCoalesceInfo)) \
         ->Info.CoalescedSegCount)
#define NET_BUFFER_LIST_DUP_ACK_COUNT(_NBL)                                \
    (((PNDIS_RSC_NBL_INFO)&NET_BUFFER_LIST_INFO(_NBL, TcpRecvSegCoalesceInfo)) \
         ->Info.DupAckCount)

/* ---- Send / receive / return flags ---------------------------------------- */
#define NDIS_SEND_FLAGS_DISPATCH_LEVEL 0x00000001
#define NDIS_SEND_FLAGS_CHECK_FOR_LOOPBACK 0x00000002
#define NDIS_SEND_FLAGS_SINGLE_QUEUE 0x00000004
#define NDIS_SEND_FLAGS_SWITCH_DESTINATION_GROUP 0x00000010
#define NDIS_SEND_FLAGS_SWITCH_SINGLE_SOURCE 0x00000020
#define NDIS_SEND_COMPLETE_FLAGS_DISPATCH_LEVEL 0x00000001
#define NDIS_SEND_COMPLETE_FLAGS_SINGLE_QUEUE 0x00000002
#define NDIS_SEND_COMPLETE_FLAGS_SWITCH_SINGLE_SOURCE 0x00000004
#define NDIS_RECEIVE_FLAGS_DISPATCH_LEVEL 0x00000001
#define NDIS_RECEIVE_FLAGS_RESOURCES 0x00000002
#define NDIS_RECEIVE_FLAGS_SINGLE_ETHER_TYPE 0x00000100
#define NDIS_RECEIVE_FLAGS_SINGLE_VLAN 0x00000200
#define NDIS_RECEIVE_FLAGS_PERFECT_FILTERED 0x00000400
#define NDIS_RECEIVE_FLAGS_SINGLE_QUEUE 0x00000800
#define NDIS_RECEIVE_FLAGS_SHARED_MEMORY_INFO_VALID 0x00001000
#define NDIS_RECEIVE_FLAGS_MORE_NBLS 0x00002000
#define NDIS_RECEIVE_FLAGS_SWITCH_DESTINATION_GROUP 0x00004000
#define NDIS_RECEIVE_FLAGS_SWITCH_SINGLE_SOURCE 0x00008000
#define NDIS_RETURN_FLAGS_DISPATCH_LEVEL 0x00000001
#define NDIS_RETURN_FLAGS_SINGLE_QUEUE 0x00000002
#define NDIS_RETURN_FLAGS_SWITCH_SINGLE_SOURCE 0x00000004

#define NDIS_TEST_SEND_FLAG(_Flags, _Fl) (((_Flags) & (_Fl)) == (_Fl))
#define NDIS_SET_SEND_FLAG(_Flags, _Fl) ((_Flags) |= (_Fl))
#define NDIS_TEST_SEND_AT_DISPATCH_LEVEL(_Flags)                           \
    (((_Flags) & NDIS_SEND_FLAGS_DISPATCH_LEVEL) ? TRUE : FALSE)
#define NDIS_TEST_SEND_COMPLETE_FLAG(_Flags, _Fl) (((_Flags) & (_Fl)) == (_Fl))
#define NDIS_SET_SEND_COMPLETE_FLAG(_Flags, _Fl) ((_Flags) |= (_Fl))
#define NDIS_TEST_SEND_COMPLETE_AT_DISPATCH_LEVEL(_Flags)                  \
    (((_Flags) & NDIS_SEND_COMPLETE_FLAGS_DISPATCH_LEVEL) ? TRUE : FALSE)
#define NDIS_TEST_RECEIVE_FLAG(_Flags, _Fl) (((_Flags) & (_Fl)) == (_Fl))
#define NDIS_SET_RECEIVE_FLAG(_Flags, _Fl) ((_Flags) |= (_Fl))
#define NDIS_TEST_RECEIVE_AT_DISPATCH_LEVEL(_Flags)                        \
    (((_Flags) & NDIS_RECEIVE_FLAGS_DISPATCH_LEVEL) ? TRUE : FALSE)
#define NDIS_TEST_RECEIVE_CANNOT_PEND(_Flags)                              \
    (((_Flags) & NDIS_RECEIVE_FLAGS_RESOURCES) ? TRUE : FALSE)
#define NDIS_TEST_RETURN_FLAG(_Flags, _Fl) (((_Flags) & (_Fl)) == (_Fl))
#define NDIS_SET_RETURN_FLAG(_Flags, _Fl) ((_Flags) |= (_Fl))
#define NDIS_TEST_RETURN_AT_DISPATCH_LEVEL(_Flags)                         \
    (((_Flags) & NDIS_RETURN_FLAGS_DISPATCH_LEVEL) ? TRUE : FALSE)

/* Number of NBLs is not known in advance (NdisMIndicate... callers). */
#define NDIS_ANY_NUMBER_OF_NBLS ((ULONG)0xFFFFFFFF)

/* ---- Pools ------------------------------------------------------------------ */
#define NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1 1
#define NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_2 2
#define NET_BUFFER_POOL_PARAMETERS_REVISION_1 1
#define NET_BUFFER_POOL_PARAMETERS_REVISION_2 2
#define NET_BUFFER_LIST_POOL_FLAG_VERIFY 0x00000001
#define NET_BUFFER_POOL_FLAG_VERIFY 0x00000001

typedef struct _NET_BUFFER_LIST_POOL_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    UCHAR ProtocolId;
    BOOLEAN fAllocateNetBuffer;
    USHORT ContextSize;
    ULONG PoolTag;
    ULONG DataSize;
    ULONG Flags;
} NET_BUFFER_LIST_POOL_PARAMETERS, *PNET_BUFFER_LIST_POOL_PARAMETERS;

#define NDIS_SIZEOF_NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1             \
    RTL_SIZEOF_THROUGH_FIELD(NET_BUFFER_LIST_POOL_PARAMETERS, DataSize)
#define NDIS_SIZEOF_NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_2             \
    RTL_SIZEOF_THROUGH_FIELD(NET_BUFFER_LIST_POOL_PARAMETERS, Flags)

typedef struct _NET_BUFFER_POOL_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    ULONG PoolTag;
    ULONG DataSize;
    ULONG Flags;
} NET_BUFFER_POOL_PARAMETERS, *PNET_BUFFER_POOL_PARAMETERS;

#define NDIS_SIZEOF_NET_BUFFER_POOL_PARAMETERS_REVISION_1                  \
    RTL_SIZEOF_THROUGH_FIELD(NET_BUFFER_POOL_PARAMETERS, DataSize)
#define NDIS_SIZEOF_NET_BUFFER_POOL_PARAMETERS_REVISION_2                  \
    RTL_SIZEOF_THROUGH_FIELD(NET_BUFFER_POOL_PARAMETERS, Flags)

EXTERN_C_START

NDIS_HANDLE NTAPI NdisAllocateNetBufferListPool(
    _In_opt_ NDIS_HANDLE NdisHandle,
    _In_ PNET_BUFFER_LIST_POOL_PARAMETERS Parameters);
VOID NTAPI NdisFreeNetBufferListPool(_In_ NDIS_HANDLE PoolHandle);
NDIS_HANDLE NTAPI NdisAllocateNetBufferPool(
    _In_opt_ NDIS_HANDLE NdisHandle,
    _In_ PNET_BUFFER_POOL_PARAMETERS Parameters);
VOID NTAPI NdisFreeNetBufferPool(_In_ NDIS_HANDLE PoolHandle);

PNET_BUFFER_LIST NTAPI NdisAllocateNetBufferList(_In_ NDIS_HANDLE PoolHandle,
                                                 _In_ USHORT ContextSize,
                                                 _In_ USHORT ContextBackFill);
PNET_BUFFER_LIST NTAPI NdisAllocateNetBufferAndNetBufferList(
    _In_ NDIS_HANDLE PoolHandle, _In_ USHORT ContextSize,
    _In_ USHORT ContextBackFill, _In_opt_ PMDL MdlChain,
    _In_ ULONG DataOffset, _In_ SIZE_T DataLength);
VOID NTAPI NdisFreeNetBufferList(_In_ PNET_BUFFER_LIST NetBufferList);
PNET_BUFFER NTAPI NdisAllocateNetBuffer(_In_ NDIS_HANDLE PoolHandle,
                                        _In_opt_ PMDL MdlChain,
                                        _In_ ULONG DataOffset,
                                        _In_ SIZE_T DataLength);
VOID NTAPI NdisFreeNetBuffer(_In_ PNET_BUFFER NetBuffer);
NDIS_STATUS NTAPI NdisAllocateNetBufferListContext(
    _In_ PNET_BUFFER_LIST NetBufferList, _In_ USHORT ContextSize,
    _In_ USHORT ContextBackFill, _In_ ULONG PoolTag);
VOID NTAPI NdisFreeNetBufferListContext(_In_ PNET_BUFFER_LIST NetBufferList,
                                        _In_ USHORT ContextSize);

PVOID NTAPI NdisGetDataBuffer(_In_ PNET_BUFFER NetBuffer,
                              _In_ ULONG BytesNeeded, _In_opt_ PVOID Storage,
                              _In_ UINT AlignMultiple, _In_ UINT AlignOffset);
NDIS_STATUS NTAPI NdisRetreatNetBufferDataStart(
    _In_ PNET_BUFFER NetBuffer, _In_ ULONG DataOffsetDelta,
    _In_ ULONG DataBackFill, _In_opt_ PVOID AllocateMdlHandler);
VOID NTAPI NdisAdvanceNetBufferDataStart(_In_ PNET_BUFFER NetBuffer,
                                         _In_ ULONG DataOffsetDelta,
                                         _In_ BOOLEAN FreeMdl,
                                         _In_opt_ PVOID FreeMdlHandler);
NDIS_STATUS NTAPI NdisCopyFromNetBufferToNetBuffer(
    _In_ PNET_BUFFER Destination, _In_ ULONG DestinationOffset,
    _In_ ULONG BytesToCopy, _In_ PNET_BUFFER Source, _In_ ULONG SourceOffset,
    _Out_ PULONG BytesCopied);
VOID NTAPI NdisCopyReceiveNetBufferListInfo(
    _In_ PNET_BUFFER_LIST DestNetBufferList,
    _In_ PNET_BUFFER_LIST SrcNetBufferList);
VOID NTAPI NdisCopySendNetBufferListInfo(_In_ PNET_BUFFER_LIST DestNetBufferList,
                                         _In_ PNET_BUFFER_LIST SrcNetBufferList);

/* Miniport send completion and receive indication. */
VOID NTAPI NdisMSendNetBufferListsComplete(
    _In_ NDIS_HANDLE MiniportAdapterHandle,
    _In_ PNET_BUFFER_LIST NetBufferLists, _In_ ULONG SendCompleteFlags);
VOID NTAPI NdisMIndicateReceiveNetBufferLists(
    _In_ NDIS_HANDLE MiniportAdapterHandle,
    _In_ PNET_BUFFER_LIST NetBufferLists, _In_ NDIS_PORT_NUMBER PortNumber,
    _In_ ULONG NumberOfNetBufferLists, _In_ ULONG ReceiveFlags);

/* MDL helpers: NdisAllocateMdl / NdisFreeMdl are functions; NdisQueryMdl
 * and NdisGetNextMdl are documented as macros and stay macros here. */
PMDL NTAPI NdisAllocateMdl(_In_ NDIS_HANDLE NdisHandle,
                           _In_ PVOID VirtualAddress, _In_ UINT Length);
VOID NTAPI NdisFreeMdl(_In_ PMDL Mdl);
VOID NTAPI NdisTidyStandIn_QueryMdl(_In_ PMDL Mdl,
                                    _Out_opt_ PVOID *VirtualAddress,
                                    _Out_ PULONG Length, _In_ ULONG Priority);

EXTERN_C_END

#define NdisQueryMdl(_Mdl, _VirtualAddress, _Length, _Priority)            \
    NdisTidyStandIn_QueryMdl((_Mdl), (PVOID *)(_VirtualAddress),           \
                             (PULONG)(_Length), (ULONG)(_Priority))
#define NdisQueryMdlOffset(_Mdl, _Offset, _Length)                         \
    ((void)(*(_Offset) = MmGetMdlByteOffset(_Mdl),                         \
            *(_Length) = MmGetMdlByteCount(_Mdl)))
#define NdisGetNextMdl(_CurrentMdl, _NextMdl)                              \
    ((void)(*(_NextMdl) = (_CurrentMdl)->Next))
#define NDIS_MDL_TO_SPAN_PAGES(_Mdl)                                       \
    (((MmGetMdlByteOffset(_Mdl) + MmGetMdlByteCount(_Mdl) + 4095) >> 12))

#endif /* NDIS_TIDY_STANDIN_NDIS_NBL_H */
