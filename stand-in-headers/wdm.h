/*
 * wdm.h - ndis-tidy stand-in for the kernel-mode driver declarations that
 * NDIS miniports use (IRQL, spin locks, lists, pool, MDLs, resources,
 * PCI configuration space, interlocked operations).
 *
 * Written for ndis-tidy from Microsoft's public WDK documentation, for
 * static analysis only; it is not the WDK header and copies none of it.
 * Prototypes follow the documented signatures.  Several documented macros
 * are declared here as ordinary functions, which is what a static checker
 * needs to see.
 */
#ifndef NDIS_TIDY_STANDIN_WDM_H
#define NDIS_TIDY_STANDIN_WDM_H

#include "ntdef.h"

EXTERN_C_START

/* ---- IRQL --------------------------------------------------------------- */
typedef UCHAR KIRQL;
typedef KIRQL *PKIRQL;

#define PASSIVE_LEVEL 0
#define LOW_LEVEL 0
#define APC_LEVEL 1
#define DISPATCH_LEVEL 2
#define CMCI_LEVEL 5
#define CLOCK_LEVEL 13
#define IPI_LEVEL 14
#define DRS_LEVEL 14
#define POWER_LEVEL 14
#define PROFILE_LEVEL 15
#define HIGH_LEVEL 15

typedef CHAR CCHAR;
typedef CCHAR KPROCESSOR_MODE;
typedef LONG KPRIORITY;
typedef ULONG_PTR KSPIN_LOCK;
typedef KSPIN_LOCK *PKSPIN_LOCK;

typedef enum _MODE { KernelMode, UserMode, MaximumMode } MODE;

typedef enum _KWAIT_REASON {
    Executive,
    FreePage,
    PageIn,
    PoolAllocation,
    DelayExecution,
    Suspended,
    UserRequest,
    MaximumWaitReason = 40
} KWAIT_REASON;

typedef enum _EVENT_TYPE { NotificationEvent, SynchronizationEvent } EVENT_TYPE;

#define IO_NO_INCREMENT 0
#define IO_NETWORK_INCREMENT 2

/* ---- Dispatcher objects, DPCs and timers ------------------------------- */
typedef struct _DISPATCHER_HEADER {
    UCHAR Type;
    UCHAR Signalling;
    UCHAR Size;
    UCHAR Reserved1;
    LONG SignalState;
    LIST_ENTRY WaitListHead;
} DISPATCHER_HEADER, *PDISPATCHER_HEADER;

typedef struct _KEVENT {
    DISPATCHER_HEADER Header;
} KEVENT, *PKEVENT, *PRKEVENT;

typedef struct _KMUTANT {
    DISPATCHER_HEADER Header;
    LIST_ENTRY MutantListEntry;
    struct _KTHREAD *OwnerThread;
    BOOLEAN Abandoned;
    UCHAR ApcDisable;
} KMUTANT, *PKMUTANT, *PRKMUTANT, KMUTEX, *PKMUTEX, *PRKMUTEX;

struct _KDPC;
typedef VOID KDEFERRED_ROUTINE(struct _KDPC *Dpc, PVOID DeferredContext,
                               PVOID SystemArgument1, PVOID SystemArgument2);
typedef KDEFERRED_ROUTINE *PKDEFERRED_ROUTINE;

typedef struct _KDPC {
    UCHAR Type;
    UCHAR Importance;
    USHORT Number;
    LIST_ENTRY DpcListEntry;
    PKDEFERRED_ROUTINE DeferredRoutine;
    PVOID DeferredContext;
    PVOID SystemArgument1;
    PVOID SystemArgument2;
    PVOID DpcData;
} KDPC, *PKDPC, *PRKDPC;

typedef struct _KTIMER {
    DISPATCHER_HEADER Header;
    ULARGE_INTEGER DueTime;
    LIST_ENTRY TimerListEntry;
    struct _KDPC *Dpc;
    ULONG Processor;
    ULONG Period;
} KTIMER, *PKTIMER, *PRKTIMER;

typedef struct _KINTERRUPT *PKINTERRUPT;

typedef enum _KINTERRUPT_MODE { LevelSensitive, Latched } KINTERRUPT_MODE;

typedef enum _KINTERRUPT_POLARITY {
    InterruptPolarityUnknown,
    InterruptActiveHigh,
    InterruptActiveLow
} KINTERRUPT_POLARITY, *PKINTERRUPT_POLARITY;

/* Message-signaled interrupt description handed to drivers. */
typedef struct _IO_INTERRUPT_MESSAGE_INFO_ENTRY {
    PHYSICAL_ADDRESS MessageAddress;
    KAFFINITY TargetProcessorSet;
    PKINTERRUPT InterruptObject;
    ULONG MessageData;
    ULONG Vector;
    KIRQL Irql;
    KINTERRUPT_MODE Mode;
    KINTERRUPT_POLARITY Polarity;
} IO_INTERRUPT_MESSAGE_INFO_ENTRY, *PIO_INTERRUPT_MESSAGE_INFO_ENTRY;

typedef struct _IO_INTERRUPT_MESSAGE_INFO {
    KIRQL UnifiedIrql;
    ULONG MessageCount;
    IO_INTERRUPT_MESSAGE_INFO_ENTRY MessageInfo[ANYSIZE_ARRAY];
} IO_INTERRUPT_MESSAGE_INFO, *PIO_INTERRUPT_MESSAGE_INFO;

/* ---- Driver, device and IRP objects ------------------------------------ */
struct _DRIVER_OBJECT;
struct _DEVICE_OBJECT;
typedef struct _IRP IRP, *PIRP;
typedef struct _DEVICE_OBJECT *PDEVICE_OBJECT;
typedef struct _DRIVER_OBJECT *PDRIVER_OBJECT;

typedef NTSTATUS DRIVER_INITIALIZE(struct _DRIVER_OBJECT *DriverObject,
                                   PUNICODE_STRING RegistryPath);
typedef DRIVER_INITIALIZE *PDRIVER_INITIALIZE;
typedef VOID DRIVER_UNLOAD(struct _DRIVER_OBJECT *DriverObject);
typedef DRIVER_UNLOAD *PDRIVER_UNLOAD;
typedef NTSTATUS DRIVER_DISPATCH(struct _DEVICE_OBJECT *DeviceObject,
                                 struct _IRP *Irp);
typedef DRIVER_DISPATCH *PDRIVER_DISPATCH;
typedef NTSTATUS DRIVER_ADD_DEVICE(struct _DRIVER_OBJECT *DriverObject,
                                   struct _DEVICE_OBJECT *PhysicalDeviceObject);
typedef DRIVER_ADD_DEVICE *PDRIVER_ADD_DEVICE;

#define IRP_MJ_CREATE 0x00
#define IRP_MJ_CLOSE 0x02
#define IRP_MJ_READ 0x03
#define IRP_MJ_WRITE 0x04
#define IRP_MJ_DEVICE_CONTROL 0x0e
#define IRP_MJ_INTERNAL_DEVICE_CONTROL 0x0f
#define IRP_MJ_SHUTDOWN 0x10
#define IRP_MJ_CLEANUP 0x12
#define IRP_MJ_POWER 0x16
#define IRP_MJ_SYSTEM_CONTROL 0x17
#define IRP_MJ_PNP 0x1b
#define IRP_MJ_MAXIMUM_FUNCTION 0x1b

typedef struct _DRIVER_EXTENSION {
    struct _DRIVER_OBJECT *DriverObject;
    PDRIVER_ADD_DEVICE AddDevice;
    ULONG Count;
    UNICODE_STRING ServiceKeyName;
} DRIVER_EXTENSION, *PDRIVER_EXTENSION;

typedef struct _DRIVER_OBJECT {
    CSHORT Type;
    CSHORT Size;
    struct _DEVICE_OBJECT *DeviceObject;
    ULONG Flags;
    PVOID DriverStart;
    ULONG DriverSize;
    PVOID DriverSection;
    PDRIVER_EXTENSION DriverExtension;
    UNICODE_STRING DriverName;
    PUNICODE_STRING HardwareDatabase;
    PVOID FastIoDispatch;
    PDRIVER_INITIALIZE DriverInit;
    PVOID DriverStartIo;
    PDRIVER_UNLOAD DriverUnload;
    PDRIVER_DISPATCH MajorFunction[IRP_MJ_MAXIMUM_FUNCTION + 1];
} DRIVER_OBJECT;

typedef struct _DEVICE_OBJECT {
    CSHORT Type;
    USHORT Size;
    LONG ReferenceCount;
    struct _DRIVER_OBJECT *DriverObject;
    struct _DEVICE_OBJECT *NextDevice;
    struct _DEVICE_OBJECT *AttachedDevice;
    struct _IRP *CurrentIrp;
    PVOID Timer;
    ULONG Flags;
    ULONG Characteristics;
    PVOID Vpb;
    PVOID DeviceExtension;
    ULONG DeviceType;
    CCHAR StackSize;
} DEVICE_OBJECT;

/* ---- Pool memory ---------------------------------------------------------- */
typedef enum _POOL_TYPE {
    NonPagedPool = 0,
    NonPagedPoolExecute = 0,
    PagedPool = 1,
    NonPagedPoolMustSucceed = 2,
    DontUseThisType = 3,
    NonPagedPoolCacheAligned = 4,
    PagedPoolCacheAligned = 5,
    NonPagedPoolCacheAlignedMustS = 6,
    MaxPoolType = 7,
    NonPagedPoolNx = 512,
    NonPagedPoolNxCacheAligned = 516
} POOL_TYPE;

typedef ULONG64 POOL_FLAGS;
#define POOL_FLAG_UNINITIALIZED 0x0000000000000002ULL
#define POOL_FLAG_NON_PAGED 0x0000000000000040ULL
#define POOL_FLAG_NON_PAGED_EXECUTE 0x0000000000000080ULL
#define POOL_FLAG_PAGED 0x0000000000000100ULL

PVOID NTAPI ExAllocatePoolWithTag(_In_ POOL_TYPE PoolType,
                                  _In_ SIZE_T NumberOfBytes, _In_ ULONG Tag);
PVOID NTAPI ExAllocatePool2(_In_ POOL_FLAGS Flags, _In_ SIZE_T NumberOfBytes,
                            _In_ ULONG Tag);
VOID NTAPI ExFreePoolWithTag(_In_ PVOID P, _In_ ULONG Tag);
VOID NTAPI ExFreePool(_In_ PVOID P);

typedef enum _EX_POOL_PRIORITY {
    LowPoolPriority,
    LowPoolPrioritySpecialPoolOverrun = 8,
    LowPoolPrioritySpecialPoolUnderrun = 9,
    NormalPoolPriority = 16,
    NormalPoolPrioritySpecialPoolOverrun = 24,
    NormalPoolPrioritySpecialPoolUnderrun = 25,
    HighPoolPriority = 32,
    HighPoolPrioritySpecialPoolOverrun = 40,
    HighPoolPrioritySpecialPoolUnderrun = 41
} EX_POOL_PRIORITY;

/* Non-paged lookaside lists: the layout is private to the kernel; this
 * stand-in only needs a complete type of a plausible size. */
typedef PVOID ALLOCATE_FUNCTION(_In_ POOL_TYPE PoolType,
                                _In_ SIZE_T NumberOfBytes, _In_ ULONG Tag);
typedef ALLOCATE_FUNCTION *PALLOCATE_FUNCTION;
typedef VOID FREE_FUNCTION(_In_ PVOID Buffer);
typedef FREE_FUNCTION *PFREE_FUNCTION;

typedef struct DECLSPEC_ALIGN(16) _NPAGED_LOOKASIDE_LIST {
    SLIST_HEADER ListHead;
    USHORT Depth;
    USHORT MaximumDepth;
    ULONG TotalAllocates;
    ULONG AllocateMisses;
    ULONG TotalFrees;
    ULONG FreeMisses;
    POOL_TYPE Type;
    ULONG Tag;
    ULONG Size;
    PALLOCATE_FUNCTION Allocate;
    PFREE_FUNCTION Free;
    LIST_ENTRY ListEntry;
    ULONG LastTotalAllocates;
    ULONG LastAllocateMisses;
    ULONG Future[2];
} NPAGED_LOOKASIDE_LIST, *PNPAGED_LOOKASIDE_LIST;

/* ---- Memory descriptor lists and mappings ------------------------------- */
typedef struct _MDL {
    struct _MDL *Next;
    CSHORT Size;
    CSHORT MdlFlags;
    struct _EPROCESS *Process;
    PVOID MappedSystemVa;
    PVOID StartVa;
    ULONG ByteCount;
    ULONG ByteOffset;
} MDL, *PMDL;

#define MDL_MAPPED_TO_SYSTEM_VA 0x0001
#define MDL_PAGES_LOCKED 0x0002
#define MDL_SOURCE_IS_NONPAGED_POOL 0x0004
#define MDL_PARTIAL 0x0010

typedef enum _MM_PAGE_PRIORITY {
    LowPagePriority = 0,
    NormalPagePriority = 16,
    HighPagePriority = 32
} MM_PAGE_PRIORITY;
#define MdlMappingNoWrite 0x80000000
#define MdlMappingNoExecute 0x40000000

typedef enum _MEMORY_CACHING_TYPE {
    MmNotMapped = -1,
    MmNonCached = 0,
    MmCached = 1,
    MmWriteCombined = 2,
    MmHardwareCoherentCached,
    MmNonCachedUnordered,
    MmUSWCCached,
    MmMaximumCacheType
} MEMORY_CACHING_TYPE;

#define MmGetMdlByteCount(Mdl) ((Mdl)->ByteCount)
#define MmGetMdlByteOffset(Mdl) ((Mdl)->ByteOffset)
#define MmGetMdlVirtualAddress(Mdl)                                        \
    ((PVOID)((PCHAR)((Mdl)->StartVa) + (Mdl)->ByteOffset))

PVOID NTAPI MmGetSystemAddressForMdlSafe(_In_ PMDL Mdl, _In_ ULONG Priority);
PVOID NTAPI MmAllocateContiguousMemory(_In_ SIZE_T NumberOfBytes,
                                       _In_ PHYSICAL_ADDRESS HighestAcceptableAddress);
PVOID NTAPI MmAllocateContiguousMemorySpecifyCache(
    _In_ SIZE_T NumberOfBytes, _In_ PHYSICAL_ADDRESS LowestAcceptableAddress,
    _In_ PHYSICAL_ADDRESS HighestAcceptableAddress,
    _In_opt_ PHYSICAL_ADDRESS BoundaryAddressMultiple,
    _In_ MEMORY_CACHING_TYPE CacheType);
VOID NTAPI MmFreeContiguousMemory(_In_ PVOID BaseAddress);
PHYSICAL_ADDRESS NTAPI MmGetPhysicalAddress(_In_ PVOID BaseAddress);
PVOID NTAPI MmMapIoSpace(_In_ PHYSICAL_ADDRESS PhysicalAddress,
                         _In_ SIZE_T NumberOfBytes,
                         _In_ MEMORY_CACHING_TYPE CacheType);
VOID NTAPI MmUnmapIoSpace(_In_ PVOID BaseAddress, _In_ SIZE_T NumberOfBytes);
VOID NTAPI MmBuildMdlForNonPagedPool(_Inout_ PMDL MemoryDescriptorList);
PMDL NTAPI IoAllocateMdl(_In_opt_ PVOID VirtualAddress, _In_ ULONG Length,
                         _In_ BOOLEAN SecondaryBuffer, _In_ BOOLEAN ChargeQuota,
                         _Inout_opt_ PIRP Irp);
VOID NTAPI IoFreeMdl(_In_ PMDL Mdl);

/* ---- Port and register access (HAL) ------------------------------------ */
UCHAR NTAPI READ_PORT_UCHAR(_In_ PUCHAR Port);
USHORT NTAPI READ_PORT_USHORT(_In_ PUSHORT Port);
ULONG NTAPI READ_PORT_ULONG(_In_ PULONG Port);
VOID NTAPI WRITE_PORT_UCHAR(_In_ PUCHAR Port, _In_ UCHAR Value);
VOID NTAPI WRITE_PORT_USHORT(_In_ PUSHORT Port, _In_ USHORT Value);
VOID NTAPI WRITE_PORT_ULONG(_In_ PULONG Port, _In_ ULONG Value);
UCHAR NTAPI READ_REGISTER_UCHAR(_In_ volatile UCHAR *Register);
USHORT NTAPI READ_REGISTER_USHORT(_In_ volatile USHORT *Register);
ULONG NTAPI READ_REGISTER_ULONG(_In_ volatile ULONG *Register);
VOID NTAPI WRITE_REGISTER_UCHAR(_In_ volatile UCHAR *Register, _In_ UCHAR Value);
VOID NTAPI WRITE_REGISTER_USHORT(_In_ volatile USHORT *Register, _In_ USHORT Value);
VOID NTAPI WRITE_REGISTER_ULONG(_In_ volatile ULONG *Register, _In_ ULONG Value);

/* ---- Scatter/gather lists ------------------------------------------------ */
typedef struct _SCATTER_GATHER_ELEMENT {
    PHYSICAL_ADDRESS Address;
    ULONG Length;
    ULONG_PTR Reserved;
} SCATTER_GATHER_ELEMENT, *PSCATTER_GATHER_ELEMENT;

typedef struct _SCATTER_GATHER_LIST {
    ULONG NumberOfElements;
    ULONG_PTR Reserved;
    SCATTER_GATHER_ELEMENT Elements[ANYSIZE_ARRAY];
} SCATTER_GATHER_LIST, *PSCATTER_GATHER_LIST;

/* ---- Bus types and hardware resources ---------------------------------- */
typedef enum _INTERFACE_TYPE {
    InterfaceTypeUndefined = -1,
    Internal = 0,
    Isa,
    Eisa,
    MicroChannel,
    TurboChannel,
    PCIBus,
    VMEBus,
    NuBus,
    PCMCIABus,
    CBus,
    MPIBus,
    MPSABus,
    ProcessorInternal,
    InternalPowerBus,
    PNPISABus,
    PNPBus,
    Vmcs,
    ACPIBus,
    MaximumInterfaceType
} INTERFACE_TYPE, *PINTERFACE_TYPE;

#define CmResourceTypeNull 0
#define CmResourceTypePort 1
#define CmResourceTypeInterrupt 2
#define CmResourceTypeMemory 3
#define CmResourceTypeDma 4
#define CmResourceTypeDeviceSpecific 5
#define CmResourceTypeBusNumber 6
#define CmResourceTypeMemoryLarge 7
#define CmResourceTypeNonArbitrated 128
#define CmResourceTypeConfigData 128
#define CmResourceTypeDevicePrivate 129
#define CmResourceTypePcCardConfig 130
#define CmResourceTypeMfCardConfig 131
#define CmResourceTypeConnection 132

typedef enum _CM_SHARE_DISPOSITION {
    CmResourceShareUndetermined = 0,
    CmResourceShareDeviceExclusive,
    CmResourceShareDriverExclusive,
    CmResourceShareShared
} CM_SHARE_DISPOSITION;

/* Flags for CmResourceTypeInterrupt descriptors. */
#define CM_RESOURCE_INTERRUPT_LEVEL_SENSITIVE 0
#define CM_RESOURCE_INTERRUPT_LATCHED 1
#define CM_RESOURCE_INTERRUPT_MESSAGE 2
#define CM_RESOURCE_INTERRUPT_POLICY_INCLUDED 4
#define CM_RESOURCE_INTERRUPT_SECONDARY_INTERRUPT 0x10
#define CM_RESOURCE_INTERRUPT_WAKE_HINT 0x20
/* Flags for CmResourceTypeMemory and CmResourceTypePort descriptors. */
#define CM_RESOURCE_MEMORY_READ_WRITE 0x0000
#define CM_RESOURCE_MEMORY_READ_ONLY 0x0001
#define CM_RESOURCE_MEMORY_WRITE_ONLY 0x0002
#define CM_RESOURCE_MEMORY_PREFETCHABLE 0x0004
#define CM_RESOURCE_PORT_MEMORY 0x0000
#define CM_RESOURCE_PORT_IO 0x0001

typedef struct _CM_PARTIAL_RESOURCE_DESCRIPTOR {
    UCHAR Type;             /* CmResourceTypeXxx */
    UCHAR ShareDisposition; /* CM_SHARE_DISPOSITION */
    USHORT Flags;
    union {
        struct {
            PHYSICAL_ADDRESS Start;
            ULONG Length;
        } Generic;
        struct {
            PHYSICAL_ADDRESS Start;
            ULONG Length;
        } Port;
        struct {
#if defined(NT_PROCESSOR_GROUPS)
            USHORT Level;
            USHORT Group;
#else
            ULONG Level;
#endif
            ULONG Vector;
            KAFFINITY Affinity;
        } Interrupt;
        struct {
            union {
                struct {
#if defined(NT_PROCESSOR_GROUPS)
                    USHORT Group;
#else
                    USHORT Reserved;
#endif
                    USHORT MessageCount;
                    ULONG Vector;
                    KAFFINITY Affinity;
                } Raw;
                struct {
#if defined(NT_PROCESSOR_GROUPS)
                    USHORT Level;
                    USHORT Group;
#else
                    ULONG Level;
#endif
                    ULONG Vector;
                    KAFFINITY Affinity;
                } Translated;
            };
        } MessageInterrupt;
        struct {
            PHYSICAL_ADDRESS Start;
            ULONG Length;
        } Memory;
        struct {
            ULONG Channel;
            ULONG Port;
            ULONG Reserved1;
        } Dma;
        struct {
            ULONG Data[3];
        } DevicePrivate;
        struct {
            ULONG Start;
            ULONG Length;
            ULONG Reserved;
        } BusNumber;
        struct {
            ULONG DataSize;
            ULONG Reserved1;
            ULONG Reserved2;
        } DeviceSpecificData;
        struct {
            PHYSICAL_ADDRESS Start;
            ULONG Length40;
        } Memory40;
        struct {
            PHYSICAL_ADDRESS Start;
            ULONG Length48;
        } Memory48;
        struct {
            PHYSICAL_ADDRESS Start;
            ULONG Length64;
        } Memory64;
    } u;
} CM_PARTIAL_RESOURCE_DESCRIPTOR, *PCM_PARTIAL_RESOURCE_DESCRIPTOR;

typedef struct _CM_PARTIAL_RESOURCE_LIST {
    USHORT Version;
    USHORT Revision;
    ULONG Count;
    CM_PARTIAL_RESOURCE_DESCRIPTOR PartialDescriptors[ANYSIZE_ARRAY];
} CM_PARTIAL_RESOURCE_LIST, *PCM_PARTIAL_RESOURCE_LIST;

typedef struct _CM_FULL_RESOURCE_DESCRIPTOR {
    INTERFACE_TYPE InterfaceType;
    ULONG BusNumber;
    CM_PARTIAL_RESOURCE_LIST PartialResourceList;
} CM_FULL_RESOURCE_DESCRIPTOR, *PCM_FULL_RESOURCE_DESCRIPTOR;

typedef struct _CM_RESOURCE_LIST {
    ULONG Count;
    CM_FULL_RESOURCE_DESCRIPTOR List[ANYSIZE_ARRAY];
} CM_RESOURCE_LIST, *PCM_RESOURCE_LIST;

/* ---- PCI configuration space -------------------------------------------- */
#define PCI_TYPE0_ADDRESSES 6
#define PCI_TYPE1_ADDRESSES 2
#define PCI_TYPE2_ADDRESSES 5

struct _PCI_HEADER_TYPE_0 {
    ULONG BaseAddresses[PCI_TYPE0_ADDRESSES];
    ULONG CIS;
    USHORT SubVendorID;
    USHORT SubSystemID;
    ULONG ROMBaseAddress;
    UCHAR CapabilitiesPtr;
    UCHAR Reserved1[3];
    ULONG Reserved2;
    UCHAR InterruptLine;
    UCHAR InterruptPin;
    UCHAR MinimumGrant;
    UCHAR MaximumLatency;
};

struct _PCI_HEADER_TYPE_1 {
    ULONG BaseAddresses[PCI_TYPE1_ADDRESSES];
    UCHAR PrimaryBus;
    UCHAR SecondaryBus;
    UCHAR SubordinateBus;
    UCHAR SecondaryLatency;
    UCHAR IOBase;
    UCHAR IOLimit;
    USHORT SecondaryStatus;
    USHORT MemoryBase;
    USHORT MemoryLimit;
    USHORT PrefetchBase;
    USHORT PrefetchLimit;
    ULONG PrefetchBaseUpper32;
    ULONG PrefetchLimitUpper32;
    USHORT IOBaseUpper16;
    USHORT IOLimitUpper16;
    UCHAR CapabilitiesPtr;
    UCHAR Reserved1[3];
    ULONG ROMBaseAddress;
    UCHAR InterruptLine;
    UCHAR InterruptPin;
    USHORT BridgeControl;
};

struct _PCI_HEADER_TYPE_2 {
    ULONG SocketRegistersBaseAddress;
    UCHAR CapabilitiesPtr;
    UCHAR Reserved;
    USHORT SecondaryStatus;
    UCHAR PrimaryBus;
    UCHAR SecondaryBus;
    UCHAR SubordinateBus;
    UCHAR SecondaryLatency;
    struct {
        ULONG Base;
        ULONG Limit;
    } Range[PCI_TYPE2_ADDRESSES - 1];
    UCHAR InterruptLine;
    UCHAR InterruptPin;
    USHORT BridgeControl;
};

/* The 64-byte common header, then the device-specific area. */
#define NDIS_TIDY_PCI_COMMON_HEADER_FIELDS                                 \
    USHORT VendorID;                                                       \
    USHORT DeviceID;                                                       \
    USHORT Command;                                                        \
    USHORT Status;                                                         \
    UCHAR RevisionID;                                                      \
    UCHAR ProgIf;                                                          \
    UCHAR SubClass;                                                        \
    UCHAR BaseClass;                                                       \
    UCHAR CacheLineSize;                                                   \
    UCHAR LatencyTimer;                                                    \
    UCHAR HeaderType;                                                      \
    UCHAR BIST;                                                            \
    union {                                                                \
        struct _PCI_HEADER_TYPE_0 type0;                                   \
        struct _PCI_HEADER_TYPE_1 type1;                                   \
        struct _PCI_HEADER_TYPE_2 type2;                                   \
    } u;

typedef struct _PCI_COMMON_HEADER {
    NDIS_TIDY_PCI_COMMON_HEADER_FIELDS
} PCI_COMMON_HEADER, *PPCI_COMMON_HEADER;

typedef struct _PCI_COMMON_CONFIG {
    NDIS_TIDY_PCI_COMMON_HEADER_FIELDS
    UCHAR DeviceSpecific[192];
} PCI_COMMON_CONFIG, *PPCI_COMMON_CONFIG;

#define PCI_COMMON_HDR_LENGTH (FIELD_OFFSET(PCI_COMMON_CONFIG, DeviceSpecific))
#define PCI_MAX_DEVICES 32
#define PCI_MAX_FUNCTION 8
#define PCI_INVALID_VENDORID 0xFFFF
#define PCI_WHICHSPACE_CONFIG 0x0
#define PCI_WHICHSPACE_ROM 0x52696350
/* Bits of the Command register. */
#define PCI_ENABLE_IO_SPACE 0x0001
#define PCI_ENABLE_MEMORY_SPACE 0x0002
#define PCI_ENABLE_BUS_MASTER 0x0004
#define PCI_ENABLE_SPECIAL_CYCLES 0x0008
#define PCI_ENABLE_WRITE_AND_INVALIDATE 0x0010
#define PCI_ENABLE_VGA_COMPATIBLE_PALETTE 0x0020
#define PCI_ENABLE_PARITY 0x0040
#define PCI_ENABLE_WAIT_CYCLE 0x0080
#define PCI_ENABLE_SERR 0x0100
#define PCI_ENABLE_FAST_BACK_TO_BACK 0x0200
#define PCI_DISABLE_LEVEL_INTERRUPT 0x0400
/* Bits of the Status register. */
#define PCI_STATUS_INTERRUPT_PENDING 0x0008
#define PCI_STATUS_CAPABILITIES_LIST 0x0010

/* ---- C library memory routines (declared, never included) --------------- */
void *memset(void *Destination, int Fill, size_t Length) NDIS_TIDY_NOTHROW;
void *memcpy(void *Destination, const void *Source,
             size_t Length) NDIS_TIDY_NOTHROW;
void *memmove(void *Destination, const void *Source,
              size_t Length) NDIS_TIDY_NOTHROW;
int memcmp(const void *Buffer1, const void *Buffer2,
           size_t Length) NDIS_TIDY_NOTHROW;

#define RtlZeroMemory(Destination, Length) memset((Destination), 0, (Length))
#define RtlFillMemory(Destination, Length, Fill)                           \
    memset((Destination), (Fill), (Length))
#define RtlCopyMemory(Destination, Source, Length)                         \
    memcpy((Destination), (Source), (Length))
#define RtlMoveMemory(Destination, Source, Length)                         \
    memmove((Destination), (Source), (Length))
#define RtlEqualMemory(Source1, Source2, Length)                           \
    (!memcmp((Source1), (Source2), (Length)))
#define RtlSecureZeroMemory(Destination, Length) RtlZeroMemory(Destination, Length)

SIZE_T NTAPI RtlCompareMemory(_In_ const VOID *Source1,
                              _In_ const VOID *Source2, _In_ SIZE_T Length);

/* ---- Run-time library: strings, byte order, assertions ------------------ */
VOID NTAPI RtlInitUnicodeString(_Out_ PUNICODE_STRING DestinationString,
                                _In_opt_z_ PCWSTR SourceString);
VOID NTAPI RtlInitAnsiString(_Out_ PANSI_STRING DestinationString,
                             _In_opt_z_ PCSTR SourceString);
VOID NTAPI RtlCopyUnicodeString(_Inout_ PUNICODE_STRING DestinationString,
                                _In_opt_ PCUNICODE_STRING SourceString);
BOOLEAN NTAPI RtlEqualUnicodeString(_In_ PCUNICODE_STRING String1,
                                    _In_ PCUNICODE_STRING String2,
                                    _In_ BOOLEAN CaseInSensitive);
NTSTATUS NTAPI RtlUnicodeStringToInteger(_In_ PCUNICODE_STRING String,
                                         _In_opt_ ULONG Base,
                                         _Out_ PULONG Value);
USHORT FASTCALL RtlUshortByteSwap(_In_ USHORT Source);
ULONG FASTCALL RtlUlongByteSwap(_In_ ULONG Source);
ULONGLONG FASTCALL RtlUlonglongByteSwap(_In_ ULONGLONG Source);
VOID NTAPI RtlAssert(_In_ PVOID VoidFailedAssertion, _In_ PVOID VoidFileName,
                     _In_ ULONG LineNumber, _In_opt_ PSTR MutableMessage);

ULONG __cdecl DbgPrint(_In_z_ _Printf_format_string_ PCSTR Format, ...);
ULONG __cdecl DbgPrintEx(_In_ ULONG ComponentId, _In_ ULONG Level,
                         _In_z_ _Printf_format_string_ PCSTR Format, ...);
VOID NTAPI DbgBreakPoint(VOID);

#if DBG
#define ASSERT(exp)                                                        \
    ((!(exp)) ? (RtlAssert((PVOID) #exp, (PVOID)__FILE__, __LINE__, NULL), \
                 FALSE)                                                    \
              : TRUE)
#define ASSERTMSG(msg, exp)                                                \
    ((!(exp)) ? (RtlAssert((PVOID) #exp, (PVOID)__FILE__, __LINE__,        \
                           (PSTR)(msg)),                                   \
                 FALSE)                                                    \
              : TRUE)
#define KdPrint(args) DbgPrint args
#define KdPrintEx(args) DbgPrintEx args
#define KdBreakPoint() DbgBreakPoint()
#else
#define ASSERT(exp) ((void)0)
#define ASSERTMSG(msg, exp) ((void)0)
#define KdPrint(args) ((void)0)
#define KdPrintEx(args) ((void)0)
#define KdBreakPoint() ((void)0)
#endif
#define NT_ASSERT(exp) ASSERT(exp)
#define NT_VERIFY(exp) (exp)

/* PAGED_CODE marks code that must run below DISPATCH_LEVEL. */
#define PAGED_CODE() ((void)0)
#define PAGED_CODE_LOCKED() ((void)0)
#define INIT_CODE() ((void)0)

/* ---- IRQL, processors, time ------------------------------------------- */
KIRQL NTAPI KeGetCurrentIrql(VOID);
VOID NTAPI KeRaiseIrql(_In_ KIRQL NewIrql, _Out_ PKIRQL OldIrql);
VOID NTAPI KeLowerIrql(_In_ KIRQL NewIrql);
KIRQL NTAPI KeRaiseIrqlToDpcLevel(VOID);
ULONG NTAPI KeGetCurrentProcessorNumber(VOID);
ULONG NTAPI KeGetCurrentProcessorNumberEx(_Out_opt_ PPROCESSOR_NUMBER ProcNumber);
NTSTATUS NTAPI KeGetProcessorNumberFromIndex(_In_ ULONG ProcIndex,
                                             _Out_ PPROCESSOR_NUMBER ProcNumber);
ULONG NTAPI KeGetProcessorIndexFromNumber(_In_ PPROCESSOR_NUMBER ProcNumber);
ULONG NTAPI KeQueryActiveProcessorCount(_Out_opt_ PKAFFINITY ActiveProcessors);
ULONG NTAPI KeQueryActiveProcessorCountEx(_In_ USHORT GroupNumber);
LARGE_INTEGER NTAPI KeQueryPerformanceCounter(
    _Out_opt_ PLARGE_INTEGER PerformanceFrequency);
VOID NTAPI KeQueryTickCount(_Out_ PLARGE_INTEGER CurrentCount);
VOID NTAPI KeQuerySystemTime(_Out_ PLARGE_INTEGER CurrentTime);
ULONG NTAPI KeQueryTimeIncrement(VOID);
VOID NTAPI KeStallExecutionProcessor(_In_ ULONG MicroSeconds);
NTSTATUS NTAPI KeDelayExecutionThread(_In_ KPROCESSOR_MODE WaitMode,
                                      _In_ BOOLEAN Alertable,
                                      _In_ PLARGE_INTEGER Interval);
VOID NTAPI KeBugCheckEx(_In_ ULONG BugCheckCode, _In_ ULONG_PTR BugCheckParameter1,
                        _In_ ULONG_PTR BugCheckParameter2,
                        _In_ ULONG_PTR BugCheckParameter3,
                        _In_ ULONG_PTR BugCheckParameter4);

/* Full and compiler-only memory barriers. */
#define KeMemoryBarrier() __atomic_thread_fence(__ATOMIC_SEQ_CST)
#define KeMemoryBarrierWithoutFence() __atomic_signal_fence(__ATOMIC_SEQ_CST)

/* ---- Spin locks, events, mutexes, DPCs, timers ------------------------- */
VOID NTAPI KeInitializeSpinLock(_Out_ PKSPIN_LOCK SpinLock);
VOID NTAPI KeAcquireSpinLock(_Inout_ PKSPIN_LOCK SpinLock, _Out_ PKIRQL OldIrql);
VOID NTAPI KeReleaseSpinLock(_Inout_ PKSPIN_LOCK SpinLock, _In_ KIRQL NewIrql);
VOID NTAPI KeAcquireSpinLockAtDpcLevel(_Inout_ PKSPIN_LOCK SpinLock);
VOID NTAPI KeReleaseSpinLockFromDpcLevel(_Inout_ PKSPIN_LOCK SpinLock);

VOID NTAPI KeInitializeEvent(_Out_ PRKEVENT Event, _In_ EVENT_TYPE Type,
                             _In_ BOOLEAN State);
LONG NTAPI KeSetEvent(_Inout_ PRKEVENT Event, _In_ KPRIORITY Increment,
                      _In_ BOOLEAN Wait);
VOID NTAPI KeClearEvent(_Inout_ PRKEVENT Event);
LONG NTAPI KeResetEvent(_Inout_ PRKEVENT Event);
LONG NTAPI KeReadStateEvent(_In_ PRKEVENT Event);
NTSTATUS NTAPI KeWaitForSingleObject(_In_ PVOID Object,
                                     _In_ KWAIT_REASON WaitReason,
                                     _In_ KPROCESSOR_MODE WaitMode,
                                     _In_ BOOLEAN Alertable,
                                     _In_opt_ PLARGE_INTEGER Timeout);
VOID NTAPI KeInitializeMutex(_Out_ PRKMUTEX Mutex, _In_ ULONG Level);
LONG NTAPI KeReleaseMutex(_Inout_ PRKMUTEX Mutex, _In_ BOOLEAN Wait);

VOID NTAPI KeInitializeDpc(_Out_ PRKDPC Dpc,
                           _In_ PKDEFERRED_ROUTINE DeferredRoutine,
                           _In_opt_ PVOID DeferredContext);
BOOLEAN NTAPI KeInsertQueueDpc(_Inout_ PRKDPC Dpc, _In_opt_ PVOID SystemArgument1,
                               _In_opt_ PVOID SystemArgument2);
BOOLEAN NTAPI KeRemoveQueueDpc(_Inout_ PRKDPC Dpc);
VOID NTAPI KeFlushQueuedDpcs(VOID);
VOID NTAPI KeInitializeTimer(_Out_ PKTIMER Timer);
BOOLEAN NTAPI KeSetTimer(_Inout_ PKTIMER Timer, _In_ LARGE_INTEGER DueTime,
                         _In_opt_ PKDPC Dpc);
BOOLEAN NTAPI KeSetTimerEx(_Inout_ PKTIMER Timer, _In_ LARGE_INTEGER DueTime,
                           _In_ LONG Period, _In_opt_ PKDPC Dpc);
BOOLEAN NTAPI KeCancelTimer(_Inout_ PKTIMER Timer);

/* ---- Interlocked operations --------------------------------------------- */
LONG NTAPI InterlockedIncrement(_Inout_ LONG volatile *Addend);
LONG NTAPI InterlockedDecrement(_Inout_ LONG volatile *Addend);
LONG NTAPI InterlockedExchange(_Inout_ LONG volatile *Target, _In_ LONG Value);
LONG NTAPI InterlockedExchangeAdd(_Inout_ LONG volatile *Addend, _In_ LONG Value);
LONG NTAPI InterlockedAdd(_Inout_ LONG volatile *Addend, _In_ LONG Value);
LONG NTAPI InterlockedCompareExchange(_Inout_ LONG volatile *Destination,
                                      _In_ LONG ExChange, _In_ LONG Comperand);
LONG NTAPI InterlockedOr(_Inout_ LONG volatile *Destination, _In_ LONG Value);
LONG NTAPI InterlockedAnd(_Inout_ LONG volatile *Destination, _In_ LONG Value);
LONG NTAPI InterlockedXor(_Inout_ LONG volatile *Destination, _In_ LONG Value);
LONG64 NTAPI InterlockedIncrement64(_Inout_ LONG64 volatile *Addend);
LONG64 NTAPI InterlockedDecrement64(_Inout_ LONG64 volatile *Addend);
LONG64 NTAPI InterlockedExchange64(_Inout_ LONG64 volatile *Target, _In_ LONG64 Value);
LONG64 NTAPI InterlockedExchangeAdd64(_Inout_ LONG64 volatile *Addend, _In_ LONG64 Value);
LONG64 NTAPI InterlockedAdd64(_Inout_ LONG64 volatile *Addend, _In_ LONG64 Value);
LONG64 NTAPI InterlockedCompareExchange64(_Inout_ LONG64 volatile *Destination,
                                          _In_ LONG64 ExChange,
                                          _In_ LONG64 Comperand);
PVOID NTAPI InterlockedExchangePointer(_Inout_ PVOID volatile *Target,
                                       _In_opt_ PVOID Value);
PVOID NTAPI InterlockedCompareExchangePointer(_Inout_ PVOID volatile *Destination,
                                              _In_opt_ PVOID ExChange,
                                              _In_opt_ PVOID Comperand);
LONG NTAPI InterlockedAddLargeStatistic(_Inout_ LONGLONG volatile *Addend,
                                        _In_ LONG Value);
PLIST_ENTRY FASTCALL ExInterlockedInsertHeadList(_Inout_ PLIST_ENTRY ListHead,
                                                 _Inout_ PLIST_ENTRY ListEntry,
                                                 _Inout_ PKSPIN_LOCK Lock);
PLIST_ENTRY FASTCALL ExInterlockedInsertTailList(_Inout_ PLIST_ENTRY ListHead,
                                                 _Inout_ PLIST_ENTRY ListEntry,
                                                 _Inout_ PKSPIN_LOCK Lock);
PLIST_ENTRY FASTCALL ExInterlockedRemoveHeadList(_Inout_ PLIST_ENTRY ListHead,
                                                 _Inout_ PKSPIN_LOCK Lock);

EXTERN_C_END

/* ---- Doubly linked list helpers (inline, as documented) ---------------- */
NDIS_TIDY_INLINE VOID InitializeListHead(_Out_ PLIST_ENTRY ListHead)
{
    ListHead->Flink = ListHead;
    ListHead->Blink = ListHead;
}

NDIS_TIDY_INLINE BOOLEAN IsListEmpty(_In_ const LIST_ENTRY *ListHead)
{
    return (BOOLEAN)(ListHead->Flink == ListHead);
}

NDIS_TIDY_INLINE BOOLEAN RemoveEntryList(_In_ PLIST_ENTRY Entry)
{
    PLIST_ENTRY Before = Entry->Blink;
    PLIST_ENTRY After = Entry->Flink;
    Before->Flink = After;
    After->Blink = Before;
    return (BOOLEAN)(Before == After);
}

NDIS_TIDY_INLINE PLIST_ENTRY RemoveHeadList(_Inout_ PLIST_ENTRY ListHead)
{
    PLIST_ENTRY First = ListHead->Flink;
    PLIST_ENTRY Second = First->Flink;
    ListHead->Flink = Second;
    Second->Blink = ListHead;
    return First;
}

NDIS_TIDY_INLINE PLIST_ENTRY RemoveTailList(_Inout_ PLIST_ENTRY ListHead)
{
    PLIST_ENTRY Last = ListHead->Blink;
    PLIST_ENTRY BeforeLast = Last->Blink;
    ListHead->Blink = BeforeLast;
    BeforeLast->Flink = ListHead;
    return Last;
}

NDIS_TIDY_INLINE VOID InsertTailList(_Inout_ PLIST_ENTRY ListHead,
                                     _Out_ PLIST_ENTRY Entry)
{
    PLIST_ENTRY OldLast = ListHead->Blink;
    Entry->Flink = ListHead;
    Entry->Blink = OldLast;
    OldLast->Flink = Entry;
    ListHead->Blink = Entry;
}

NDIS_TIDY_INLINE VOID InsertHeadList(_Inout_ PLIST_ENTRY ListHead,
                                     _Out_ PLIST_ENTRY Entry)
{
    PLIST_ENTRY OldFirst = ListHead->Flink;
    Entry->Flink = OldFirst;
    Entry->Blink = ListHead;
    OldFirst->Blink = Entry;
    ListHead->Flink = Entry;
}

NDIS_TIDY_INLINE VOID AppendTailList(_Inout_ PLIST_ENTRY ListHead,
                                     _Inout_ PLIST_ENTRY ListToAppend)
{
    PLIST_ENTRY OldLast = ListHead->Blink;
    ListHead->Blink->Flink = ListToAppend;
    ListHead->Blink = ListToAppend->Blink;
    ListToAppend->Blink->Flink = ListHead;
    ListToAppend->Blink = OldLast;
}

NDIS_TIDY_INLINE PSINGLE_LIST_ENTRY PopEntryList(_Inout_ PSINGLE_LIST_ENTRY ListHead)
{
    PSINGLE_LIST_ENTRY First = ListHead->Next;
    if (First != NULL) {
        ListHead->Next = First->Next;
    }
    return First;
}

NDIS_TIDY_INLINE VOID PushEntryList(_Inout_ PSINGLE_LIST_ENTRY ListHead,
                                    _Inout_ PSINGLE_LIST_ENTRY Entry)
{
    Entry->Next = ListHead->Next;
    ListHead->Next = Entry;
}

#endif /* NDIS_TIDY_STANDIN_WDM_H */
