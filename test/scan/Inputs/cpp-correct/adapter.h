/*
 * adapter.h - the adapter object: one per NIC, the MiniportAdapterContext
 * NDIS hands to every callback.  Member functions are in adapter.cpp.
 */
#ifndef ADAPTER_H
#define ADAPTER_H

#include "miniport.h"

/* No C++ library in the kernel: placement new is ours. */
inline void *operator new(size_t, void *Where) noexcept { return Where; }
inline void operator delete(void *, void *) noexcept {}

struct MpDescriptor {
    ULONG BufferLow;
    ULONG BufferHigh;
    ULONG Length;
    ULONG Status;
};

#define MP_RX_DESCS                 256
#define MP_TX_DESCS                 256
#define MP_RX_RING_BYTES            (MP_RX_DESCS * sizeof(MpDescriptor))
#define MP_TX_RING_BYTES            (MP_TX_DESCS * sizeof(MpDescriptor))

class Adapter {
public:
    explicit Adapter(NDIS_HANDLE MiniportAdapterHandle);
    ~Adapter();

    Adapter(const Adapter &) = delete;
    Adapter &operator=(const Adapter &) = delete;

    /* Initialize's steps, in order; each returns an NDIS status. */
    NDIS_STATUS SetRegistrationAttributes();
    NDIS_STATUS MapRegisters(PNDIS_RESOURCE_LIST Resources);
    NDIS_STATUS RegisterInterrupt();
    NDIS_STATUS AllocateRings();
    NDIS_STATUS Start();
    NDIS_STATUS SetGeneralAttributes();

    void EnableInterrupt();
    void DisableInterrupt();
    void DeregisterInterrupt();
    void SetPacketFilter(ULONG Filter);

    /* Tears the adapter down (stops the NIC, deregisters the interrupt,
     * frees the rings, unmaps the registers) and frees the object itself.
     * Initialize calls it on failure, with whatever was set up so far. */
    void Destroy();

    static Adapter *FromContext(NDIS_HANDLE Context) {
        return static_cast<Adapter *>(Context);
    }

    /* Callbacks NDIS calls with the adapter as interrupt context. */
    static BOOLEAN Isr(NDIS_HANDLE MiniportInterruptContext,
                       PBOOLEAN QueueDefaultInterruptDpc, PULONG TargetProcessors);
    static VOID InterruptDpc(NDIS_HANDLE MiniportInterruptContext,
                             PVOID MiniportDpcContext,
                             PVOID ReceiveThrottleParameters, PVOID NdisReserved2);
    static VOID EnableInterruptCallback(NDIS_HANDLE MiniportInterruptContext);
    static VOID DisableInterruptCallback(NDIS_HANDLE MiniportInterruptContext);

    void FreeRings();
    void UnmapRegisters();
    void ReadCsr(ULONG Register, PULONG Value) const;
    void WriteCsr(ULONG Register, ULONG Value) const;

    NDIS_HANDLE m_AdapterHandle;
    NDIS_HANDLE m_InterruptHandle = nullptr;

    NDIS_PHYSICAL_ADDRESS m_CsrPhysical = {};
    ULONG m_CsrLength = 0;
    PUCHAR m_CsrBase = nullptr;

    MpDescriptor *m_RxRing = nullptr;
    NDIS_PHYSICAL_ADDRESS m_RxRingPhysical = {};
    MpDescriptor *m_TxRing = nullptr;
    NDIS_PHYSICAL_ADDRESS m_TxRingPhysical = {};

    ULONG m_PacketFilter = NDIS_PACKET_TYPE_DIRECTED | NDIS_PACKET_TYPE_BROADCAST;
    UCHAR m_PermanentAddress[MP_MAC_ADDRESS_LENGTH] = {};
    UCHAR m_CurrentAddress[MP_MAC_ADDRESS_LENGTH] = {};
    BOOLEAN m_SurpriseRemoved = FALSE;
    BOOLEAN m_Paused = TRUE;
    ULONG m_InterruptCount = 0;
};

#endif /* ADAPTER_H */
