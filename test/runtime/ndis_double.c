/*
 * ndis_double.c - the tracking NDIS test double described in ndis_double.h.
 * As a lit test of its own, it only checks that it compiles cleanly; the
 * runtime proof (runtime-proof.test) links it with the examples.
 */
// RUN: %clang -fsyntax-only -Wall -Wextra -Werror -idirafter %stand_in_headers %s
#include "ndis_double.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- Records ------------------------------------------------------------- */

enum Kind { K_MEMORY, K_MAPPING, K_SHARED, K_DMA, K_PORTS, K_INTERRUPT, K_COUNT };

static const char *const KindNoun[K_COUNT] = {
    "memory allocation", "I/O space mapping", "shared memory",
    "scatter/gather DMA registration", "I/O port range", "interrupt registration",
};

struct Record {
    enum Kind Kind;
    BOOLEAN Live;
    void *Key;            /* address, or handle */
    ULONG Length;
    unsigned long Serial; /* order of acquisition since the reset */
    /* Interrupts: what the ISR uses. */
    void *InterruptContext;
    unsigned long MappedBefore; /* mappings with a smaller serial are the ISR's */
    BOOLEAN OwnsStorage;  /* Key was malloc'd by the double */
};

static struct Record *Records;
static size_t NumRecords, CapRecords;
static unsigned long NextSerial;

static unsigned FailAt, FailableCalls;
static const char *FailedCall;
static BOOLEAN WaitsTimeOut;
static unsigned BadDeregistrations, Misuses;
static NDIS_HANDLE AdapterContext;
static BOOLEAN RegistrationAttributesSet;
static int Trace = -1;

/* Handles are never reused, even across resets. */
static uintptr_t NextHandle = 0x4e440000u;
static ULONGLONG NextPhysical = 0x3f000000ull;

static struct {
    char Adapter;
} AdapterHandleObject;

static void trace(const char *Format, ...) {
    va_list Args;
    if (Trace < 0) {
        const char *E = getenv("NDIS_DOUBLE_TRACE");
        Trace = E && *E && strcmp(E, "0") != 0;
    }
    if (!Trace)
        return;
    va_start(Args, Format);
    printf("  ndis-double trace: ");
    vprintf(Format, Args);
    printf("\n");
    va_end(Args);
}

static void problem(unsigned *Counter, const char *Format, ...) {
    va_list Args;
    ++*Counter;
    va_start(Args, Format);
    printf("  ndis-double: ");
    vprintf(Format, Args);
    printf("\n");
    va_end(Args);
    fflush(stdout);
}

static BOOLEAN failable(const char *Name) {
    ++FailableCalls;
    if (FailAt != 0 && FailableCalls == FailAt) {
        FailedCall = Name;
        trace("%s: failable call #%u FAILS (injected)", Name, FailableCalls);
        return TRUE;
    }
    trace("%s: failable call #%u", Name, FailableCalls);
    return FALSE;
}

static struct Record *add(enum Kind Kind, void *Key, ULONG Length) {
    if (NumRecords == CapRecords) {
        CapRecords = CapRecords ? 2 * CapRecords : 64;
        Records = realloc(Records, CapRecords * sizeof(*Records));
        if (!Records) {
            fprintf(stderr, "ndis-double: out of memory\n");
            abort();
        }
    }
    struct Record *R = &Records[NumRecords++];
    memset(R, 0, sizeof(*R));
    R->Kind = Kind;
    R->Live = TRUE;
    R->Key = Key;
    R->Length = Length;
    R->Serial = ++NextSerial;
    return R;
}

static struct Record *findLive(enum Kind Kind, const void *Key) {
    for (size_t I = NumRecords; I-- > 0;)
        if (Records[I].Kind == Kind && Records[I].Live && Records[I].Key == Key)
            return &Records[I];
    return NULL;
}

static struct Record *findDead(enum Kind Kind, const void *Key) {
    for (size_t I = NumRecords; I-- > 0;)
        if (Records[I].Kind == Kind && !Records[I].Live && Records[I].Key == Key)
            return &Records[I];
    return NULL;
}

static unsigned countLive(enum Kind Kind) {
    unsigned N = 0;
    for (size_t I = 0; I < NumRecords; ++I)
        N += Records[I].Kind == Kind && Records[I].Live;
    return N;
}

static void *newHandle(void) {
    NextHandle += 0x10;
    return (void *)NextHandle;
}

/* A release of `Kind` `Key`: the live record, or NULL after reporting. */
static struct Record *release(enum Kind Kind, const void *Key, const char *Call) {
    struct Record *R = findLive(Kind, Key);
    if (R) {
        R->Live = FALSE;
        return R;
    }
    unsigned *Counter = Kind == K_INTERRUPT ? &BadDeregistrations : &Misuses;
    if (Key == NULL)
        problem(Counter, "%s(NULL): no %s to release", Call, KindNoun[Kind]);
    else if (findDead(Kind, Key))
        problem(Counter, "%s(%p): %s already released", Call, Key, KindNoun[Kind]);
    else
        problem(Counter, "%s(%p): not a %s of this adapter", Call, Key, KindNoun[Kind]);
    return NULL;
}

/* Releasing what a live interrupt's ISR uses. */
static void checkIsrUse(const struct Record *Released, const char *Call) {
    for (size_t I = 0; I < NumRecords; ++I) {
        const struct Record *Irq = &Records[I];
        if (Irq->Kind != K_INTERRUPT || !Irq->Live)
            continue;
        if (Released->Kind == K_MAPPING && Released->Serial < Irq->Serial)
            problem(&Misuses, "%s(%p): unmaps registers while interrupt %p is "
                    "still registered (its ISR may read them)",
                    Call, Released->Key, Irq->Key);
        if (Released->Kind == K_MEMORY && Released->Key == Irq->InterruptContext)
            problem(&Misuses, "%s(%p): frees the MiniportInterruptContext of "
                    "interrupt %p while it is still registered",
                    Call, Released->Key, Irq->Key);
    }
}

/* ---- Harness interface ---------------------------------------------------- */

void ndis_double_reset(void) {
    for (size_t I = 0; I < NumRecords; ++I)
        if (Records[I].OwnsStorage && Records[I].Live)
            free(Records[I].Key);
    NumRecords = 0;
    NextSerial = 0;
    FailAt = 0;
    FailableCalls = 0;
    FailedCall = NULL;
    WaitsTimeOut = FALSE;
    BadDeregistrations = 0;
    Misuses = 0;
    AdapterContext = NULL;
    RegistrationAttributesSet = FALSE;
}

void ndis_double_fail_call(unsigned N) { FailAt = N; }
void ndis_double_set_waits_time_out(BOOLEAN TimeOut) { WaitsTimeOut = TimeOut; }
NDIS_HANDLE ndis_double_adapter_handle(void) { return &AdapterHandleObject; }
NDIS_HANDLE ndis_double_adapter_context(void) { return AdapterContext; }
unsigned ndis_double_failable_calls(void) { return FailableCalls; }
const char *ndis_double_failed_call(void) { return FailedCall; }
unsigned ndis_double_live_interrupts(void) { return countLive(K_INTERRUPT); }
unsigned ndis_double_bad_deregistrations(void) { return BadDeregistrations; }
unsigned ndis_double_misuses(void) { return Misuses; }
unsigned ndis_double_live_allocations(void) { return countLive(K_MEMORY); }
unsigned ndis_double_live_mappings(void) { return countLive(K_MAPPING); }
unsigned ndis_double_live_shared_memory(void) { return countLive(K_SHARED); }
unsigned ndis_double_live_dma(void) { return countLive(K_DMA); }

PNDIS_MINIPORT_INIT_PARAMETERS ndis_double_init_parameters(void) {
    static union {
        CM_PARTIAL_RESOURCE_LIST List;
        UCHAR Bytes[sizeof(CM_PARTIAL_RESOURCE_LIST) +
                    2 * sizeof(CM_PARTIAL_RESOURCE_DESCRIPTOR)];
    } Resources;
    static NDIS_MINIPORT_INIT_PARAMETERS Params;
    PCM_PARTIAL_RESOURCE_DESCRIPTOR D = Resources.List.PartialDescriptors;

    memset(&Resources, 0, sizeof(Resources));
    Resources.List.Version = 1;
    Resources.List.Revision = 1;
    Resources.List.Count = 3;
    D[0].Type = CmResourceTypeMemory;
    D[0].ShareDisposition = CmResourceShareDeviceExclusive;
    D[0].Flags = CM_RESOURCE_MEMORY_READ_WRITE;
    D[0].u.Memory.Start.QuadPart = 0xf7d00000ll;
    D[0].u.Memory.Length = 0x1000;
    D[1].Type = CmResourceTypePort;
    D[1].ShareDisposition = CmResourceShareDeviceExclusive;
    D[1].Flags = CM_RESOURCE_PORT_IO;
    D[1].u.Port.Start.QuadPart = 0xe000;
    D[1].u.Port.Length = 0x20;
    D[2].Type = CmResourceTypeInterrupt;
    D[2].ShareDisposition = CmResourceShareShared;
    D[2].Flags = CM_RESOURCE_INTERRUPT_LEVEL_SENSITIVE;
    D[2].u.Interrupt.Level = 16;
    D[2].u.Interrupt.Vector = 16;
    D[2].u.Interrupt.Affinity = 1;

    memset(&Params, 0, sizeof(Params));
    Params.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_INIT_PARAMETERS;
    Params.Header.Revision = NDIS_MINIPORT_INIT_PARAMETERS_REVISION_1;
    Params.Header.Size = sizeof(Params);
    Params.AllocatedResources = &Resources.List;
    Params.IfIndex = 7;
    return &Params;
}

/* ---- Driver registration and attributes ----------------------------------- */

NDIS_STATUS NdisMRegisterMiniportDriver(
    PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath,
    NDIS_HANDLE MiniportDriverContext,
    PNDIS_MINIPORT_DRIVER_CHARACTERISTICS MiniportDriverCharacteristics,
    PNDIS_HANDLE NdisMiniportDriverHandle) {
    (void)DriverObject;
    (void)RegistryPath;
    (void)MiniportDriverContext;
    (void)MiniportDriverCharacteristics;
    if (failable("NdisMRegisterMiniportDriver"))
        return NDIS_STATUS_FAILURE;
    *NdisMiniportDriverHandle = newHandle();
    return NDIS_STATUS_SUCCESS;
}

VOID NdisMDeregisterMiniportDriver(NDIS_HANDLE NdisMiniportDriverHandle) {
    (void)NdisMiniportDriverHandle;
}

NDIS_STATUS NdisMSetMiniportAttributes(
    NDIS_HANDLE NdisMiniportAdapterHandle,
    PNDIS_MINIPORT_ADAPTER_ATTRIBUTES MiniportAttributes) {
    (void)NdisMiniportAdapterHandle;
    if (failable("NdisMSetMiniportAttributes"))
        return NDIS_STATUS_RESOURCES;
    if (MiniportAttributes->RegistrationAttributes.Header.Type ==
        NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES) {
        AdapterContext = MiniportAttributes->RegistrationAttributes.MiniportAdapterContext;
        RegistrationAttributesSet = TRUE;
    }
    return NDIS_STATUS_SUCCESS;
}

/* ---- Interrupts ------------------------------------------------------------ */

NDIS_STATUS NdisMRegisterInterruptEx(
    NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE MiniportInterruptContext,
    PNDIS_MINIPORT_INTERRUPT_CHARACTERISTICS MiniportInterruptCharacteristics,
    PNDIS_HANDLE NdisInterruptHandle) {
    (void)MiniportAdapterHandle;
    if (!RegistrationAttributesSet)
        problem(&Misuses, "NdisMRegisterInterruptEx: called before "
                "NdisMSetMiniportAttributes set the registration attributes");
    if (MiniportInterruptCharacteristics == NULL ||
        MiniportInterruptCharacteristics->Header.Type != NDIS_OBJECT_TYPE_MINIPORT_INTERRUPT ||
        (MiniportInterruptCharacteristics->InterruptHandler == NULL &&
         MiniportInterruptCharacteristics->MessageInterruptHandler == NULL))
        problem(&Misuses, "NdisMRegisterInterruptEx: invalid interrupt characteristics");
    if (failable("NdisMRegisterInterruptEx"))
        return NDIS_STATUS_RESOURCES;
    struct Record *R = add(K_INTERRUPT, newHandle(), 0);
    R->InterruptContext = MiniportInterruptContext;
    *NdisInterruptHandle = R->Key;
    trace("NdisMRegisterInterruptEx -> %p", R->Key);
    return NDIS_STATUS_SUCCESS;
}

VOID NdisMDeregisterInterruptEx(NDIS_HANDLE NdisInterruptHandle) {
    trace("NdisMDeregisterInterruptEx(%p)", NdisInterruptHandle);
    release(K_INTERRUPT, NdisInterruptHandle, "NdisMDeregisterInterruptEx");
}

/* Runs the function at the interrupt's level: only for a registered one. */
BOOLEAN NdisMSynchronizeWithInterruptEx(NDIS_HANDLE NdisInterruptHandle,
                                        ULONG MessageId,
                                        MINIPORT_SYNCHRONIZE_INTERRUPT_HANDLER SynchronizeFunction,
                                        PVOID SynchronizeContext) {
    (void)MessageId;
    trace("NdisMSynchronizeWithInterruptEx(%p)", NdisInterruptHandle);
    if (!findLive(K_INTERRUPT, NdisInterruptHandle)) {
        problem(&Misuses, "NdisMSynchronizeWithInterruptEx(%p): the interrupt "
                "is not registered", NdisInterruptHandle);
        return FALSE;
    }
    return SynchronizeFunction(SynchronizeContext);
}

/* ---- Memory ------------------------------------------------------------------ */

static void *allocate(UINT Length, const char *Call) {
    if (failable(Call))
        return NULL;
    void *P = malloc(Length ? Length : 1);
    if (!P) {
        fprintf(stderr, "ndis-double: out of memory\n");
        abort();
    }
    memset(P, 0xCD, Length); /* pool memory is not zeroed */
    struct Record *R = add(K_MEMORY, P, Length);
    R->OwnsStorage = TRUE;
    trace("%s(%u) -> %p", Call, Length, P);
    return P;
}

static void freeMemory(PVOID VirtualAddress, const char *Call) {
    trace("%s(%p)", Call, VirtualAddress);
    struct Record *R = release(K_MEMORY, VirtualAddress, Call);
    if (!R)
        return;
    checkIsrUse(R, Call);
    R->OwnsStorage = FALSE;
    free(R->Key);
}

PVOID NdisAllocateMemoryWithTagPriority(NDIS_HANDLE NdisHandle, UINT Length,
                                        ULONG Tag, EX_POOL_PRIORITY Priority) {
    (void)NdisHandle;
    (void)Tag;
    (void)Priority;
    return allocate(Length, "NdisAllocateMemoryWithTagPriority");
}

NDIS_STATUS NdisAllocateMemoryWithTag(PVOID *VirtualAddress, UINT Length, ULONG Tag) {
    (void)Tag;
    *VirtualAddress = allocate(Length, "NdisAllocateMemoryWithTag");
    return *VirtualAddress ? NDIS_STATUS_SUCCESS : NDIS_STATUS_FAILURE;
}

VOID NdisFreeMemory(PVOID VirtualAddress, UINT Length, UINT MemoryFlags) {
    (void)Length;
    (void)MemoryFlags;
    freeMemory(VirtualAddress, "NdisFreeMemory");
}

VOID NdisFreeMemoryWithTag(PVOID VirtualAddress, ULONG Tag) {
    (void)Tag;
    freeMemory(VirtualAddress, "NdisFreeMemoryWithTag");
}

VOID NdisFreeMemoryWithTagPriority(NDIS_HANDLE NdisHandle, PVOID VirtualAddress, ULONG Tag) {
    (void)NdisHandle;
    (void)Tag;
    freeMemory(VirtualAddress, "NdisFreeMemoryWithTagPriority");
}

/* ---- Device memory and ports ---------------------------------------------- */

NDIS_STATUS NdisMMapIoSpace(PVOID *VirtualAddress, NDIS_HANDLE MiniportAdapterHandle,
                            NDIS_PHYSICAL_ADDRESS PhysicalAddress, UINT Length) {
    (void)MiniportAdapterHandle;
    (void)PhysicalAddress;
    if (failable("NdisMMapIoSpace"))
        return NDIS_STATUS_RESOURCES;
    void *P = calloc(1, Length ? Length : 1);
    if (!P) {
        fprintf(stderr, "ndis-double: out of memory\n");
        abort();
    }
    struct Record *R = add(K_MAPPING, P, Length);
    R->OwnsStorage = TRUE;
    *VirtualAddress = P;
    trace("NdisMMapIoSpace(%u) -> %p", Length, P);
    return NDIS_STATUS_SUCCESS;
}

VOID NdisMUnmapIoSpace(NDIS_HANDLE MiniportAdapterHandle, PVOID VirtualAddress, UINT Length) {
    (void)MiniportAdapterHandle;
    trace("NdisMUnmapIoSpace(%p, %u)", VirtualAddress, Length);
    struct Record *R = release(K_MAPPING, VirtualAddress, "NdisMUnmapIoSpace");
    if (!R)
        return;
    if (R->Length != Length)
        problem(&Misuses, "NdisMUnmapIoSpace(%p): length %u, mapped %u",
                VirtualAddress, Length, R->Length);
    checkIsrUse(R, "NdisMUnmapIoSpace");
    R->OwnsStorage = FALSE;
    free(R->Key);
}

NDIS_STATUS NdisMRegisterIoPortRange(PVOID *PortOffset, NDIS_HANDLE MiniportAdapterHandle,
                                     UINT InitialPort, UINT NumberOfPorts) {
    (void)MiniportAdapterHandle;
    if (failable("NdisMRegisterIoPortRange"))
        return NDIS_STATUS_RESOURCES;
    *PortOffset = (PVOID)(uintptr_t)InitialPort;
    add(K_PORTS, *PortOffset, NumberOfPorts);
    return NDIS_STATUS_SUCCESS;
}

VOID NdisMDeregisterIoPortRange(NDIS_HANDLE MiniportAdapterHandle, UINT InitialPort,
                                UINT NumberOfPorts, PVOID PortOffset) {
    (void)MiniportAdapterHandle;
    (void)InitialPort;
    (void)NumberOfPorts;
    release(K_PORTS, PortOffset, "NdisMDeregisterIoPortRange");
}

/* ---- DMA and shared memory ------------------------------------------------- */

NDIS_STATUS NdisMRegisterScatterGatherDma(NDIS_HANDLE MiniportAdapterHandle,
                                          PNDIS_SG_DMA_DESCRIPTION DmaDescription,
                                          PNDIS_HANDLE NdisMiniportDmaHandle) {
    (void)MiniportAdapterHandle;
    if (failable("NdisMRegisterScatterGatherDma"))
        return NDIS_STATUS_RESOURCES;
    DmaDescription->ScatterGatherListSize = 512;
    *NdisMiniportDmaHandle = add(K_DMA, newHandle(), 0)->Key;
    return NDIS_STATUS_SUCCESS;
}

VOID NdisMDeregisterScatterGatherDma(NDIS_HANDLE MiniportDmaHandle) {
    release(K_DMA, MiniportDmaHandle, "NdisMDeregisterScatterGatherDma");
}

VOID NdisMAllocateSharedMemory(NDIS_HANDLE MiniportAdapterHandle, ULONG Length,
                               BOOLEAN Cached, PVOID *VirtualAddress,
                               PNDIS_PHYSICAL_ADDRESS PhysicalAddress) {
    (void)MiniportAdapterHandle;
    (void)Cached;
    if (failable("NdisMAllocateSharedMemory")) {
        *VirtualAddress = NULL;
        PhysicalAddress->QuadPart = 0;
        return;
    }
    void *P = malloc(Length ? Length : 1);
    if (!P) {
        fprintf(stderr, "ndis-double: out of memory\n");
        abort();
    }
    memset(P, 0xCD, Length);
    struct Record *R = add(K_SHARED, P, Length);
    R->OwnsStorage = TRUE;
    *VirtualAddress = P;
    PhysicalAddress->QuadPart = (LONGLONG)NextPhysical;
    NextPhysical += (Length + 0xFFFu) & ~0xFFFull;
    trace("NdisMAllocateSharedMemory(%u) -> %p", Length, P);
}

VOID NdisMFreeSharedMemory(NDIS_HANDLE MiniportAdapterHandle, ULONG Length,
                           BOOLEAN Cached, PVOID VirtualAddress,
                           NDIS_PHYSICAL_ADDRESS PhysicalAddress) {
    (void)MiniportAdapterHandle;
    (void)Cached;
    (void)PhysicalAddress;
    trace("NdisMFreeSharedMemory(%p, %u)", VirtualAddress, Length);
    struct Record *R = release(K_SHARED, VirtualAddress, "NdisMFreeSharedMemory");
    if (!R)
        return;
    if (R->Length != Length)
        problem(&Misuses, "NdisMFreeSharedMemory(%p): length %u, allocated %u",
                VirtualAddress, Length, R->Length);
    R->OwnsStorage = FALSE;
    free(R->Key);
}

/* ---- Events ----------------------------------------------------------------- */

VOID NdisInitializeEvent(PNDIS_EVENT Event) {
    memset(Event, 0, sizeof(*Event));
}

VOID NdisSetEvent(PNDIS_EVENT Event) { Event->Event.Header.SignalState = 1; }

VOID NdisResetEvent(PNDIS_EVENT Event) { Event->Event.Header.SignalState = 0; }

BOOLEAN NdisWaitEvent(PNDIS_EVENT Event, UINT MsToWait) {
    if (Event->Event.Header.SignalState)
        return TRUE;
    /* MsToWait 0 waits for ever: someone must set it in the end. */
    if (WaitsTimeOut && MsToWait != 0) {
        trace("NdisWaitEvent(%p, %u) times out", (void *)Event, MsToWait);
        return FALSE;
    }
    Event->Event.Header.SignalState = 1;
    return TRUE;
}

/* ---- Calls that need no model --------------------------------------------------- */

VOID NdisMSendNetBufferListsComplete(NDIS_HANDLE MiniportAdapterHandle,
                                     PNET_BUFFER_LIST NetBufferList, ULONG SendCompleteFlags) {
    (void)MiniportAdapterHandle;
    (void)NetBufferList;
    (void)SendCompleteFlags;
}

VOID NdisMOidRequestComplete(NDIS_HANDLE MiniportAdapterHandle,
                             PNDIS_OID_REQUEST OidRequest, NDIS_STATUS Status) {
    (void)MiniportAdapterHandle;
    (void)OidRequest;
    (void)Status;
}

VOID NdisMIndicateStatusEx(NDIS_HANDLE MiniportAdapterHandle,
                           PNDIS_STATUS_INDICATION StatusIndication) {
    (void)MiniportAdapterHandle;
    (void)StatusIndication;
}

VOID NdisStallExecution(UINT MicrosecondsToStall) { (void)MicrosecondsToStall; }
VOID NdisMSleep(ULONG MicrosecondsToSleep) { (void)MicrosecondsToSleep; }
VOID KeStallExecutionProcessor(ULONG MicroSeconds) { (void)MicroSeconds; }

VOID __cdecl NdisWriteErrorLogEntry(NDIS_HANDLE NdisAdapterHandle, NDIS_ERROR_CODE ErrorCode,
                                    ULONG NumberOfErrorValues, ...) {
    (void)NdisAdapterHandle;
    (void)ErrorCode;
    (void)NumberOfErrorValues;
}

ULONG __cdecl DbgPrint(PCSTR Format, ...) {
    (void)Format;
    return 0;
}

/* Register access: the mapped "registers" are host memory. */
UCHAR READ_REGISTER_UCHAR(volatile UCHAR *Register) { return *Register; }
USHORT READ_REGISTER_USHORT(volatile USHORT *Register) { return *Register; }
ULONG READ_REGISTER_ULONG(volatile ULONG *Register) { return *Register; }
VOID WRITE_REGISTER_UCHAR(volatile UCHAR *Register, UCHAR Value) { *Register = Value; }
VOID WRITE_REGISTER_USHORT(volatile USHORT *Register, USHORT Value) { *Register = Value; }
VOID WRITE_REGISTER_ULONG(volatile ULONG *Register, ULONG Value) { *Register = Value; }

/* Interlocked operations, single-threaded here but atomic anyway. */
LONG InterlockedIncrement(LONG volatile *Addend) {
    return __atomic_add_fetch(Addend, 1, __ATOMIC_SEQ_CST);
}
LONG InterlockedDecrement(LONG volatile *Addend) {
    return __atomic_sub_fetch(Addend, 1, __ATOMIC_SEQ_CST);
}
LONG InterlockedExchange(LONG volatile *Target, LONG Value) {
    return __atomic_exchange_n(Target, Value, __ATOMIC_SEQ_CST);
}
LONG InterlockedExchangeAdd(LONG volatile *Addend, LONG Value) {
    return __atomic_fetch_add(Addend, Value, __ATOMIC_SEQ_CST);
}
LONG InterlockedCompareExchange(LONG volatile *Destination, LONG Exchange, LONG Comparand) {
    __atomic_compare_exchange_n(Destination, &Comparand, Exchange, 0,
                                __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    return Comparand;
}
LONG InterlockedOr(LONG volatile *Destination, LONG Value) {
    return __atomic_fetch_or(Destination, Value, __ATOMIC_SEQ_CST);
}
LONG InterlockedAnd(LONG volatile *Destination, LONG Value) {
    return __atomic_fetch_and(Destination, Value, __ATOMIC_SEQ_CST);
}
