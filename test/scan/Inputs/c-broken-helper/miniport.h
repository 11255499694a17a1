/*
 * miniport.h - shared declarations of a multi-file NDIS 6.20 miniport for a
 * PCI Ethernet controller (one memory-mapped register block, a line-based
 * interrupt, a receive and a transmit descriptor ring in shared memory).
 *
 * The handlers are declared as plain prototypes, not with the role types
 * (MINIPORT_INITIALIZE ...): which function is initialize and which is halt
 * is known only from DriverEntry in driver.c.
 */
#ifndef _MINIPORT_H
#define _MINIPORT_H

#define MP_NDIS_MAJOR_VERSION       6
#define MP_NDIS_MINOR_VERSION       20
#define MP_DRIVER_MAJOR_VERSION     3
#define MP_DRIVER_MINOR_VERSION     1

#define MP_TAG                      'bmXN'

#define MP_MAX_FRAME_SIZE           1514
#define MP_HEADER_SIZE              14
#define MP_MAX_LOOKAHEAD            (MP_MAX_FRAME_SIZE - MP_HEADER_SIZE)
#define MP_MAX_MCAST_LIST           32
#define MP_LINK_SPEED               1000000000ULL
#define MP_MAC_ADDRESS_LENGTH       6

#define MP_SUPPORTED_FILTERS        (NDIS_PACKET_TYPE_DIRECTED |     \
                                     NDIS_PACKET_TYPE_MULTICAST |    \
                                     NDIS_PACKET_TYPE_ALL_MULTICAST | \
                                     NDIS_PACKET_TYPE_BROADCAST |    \
                                     NDIS_PACKET_TYPE_PROMISCUOUS)

typedef struct _MP_DESC {
    ULONG BufferLow;
    ULONG BufferHigh;
    ULONG Length;
    ULONG Status;
} MP_DESC, *PMP_DESC;

#define MP_RX_DESCS                 256
#define MP_TX_DESCS                 256
#define MP_RX_RING_BYTES            (MP_RX_DESCS * sizeof(MP_DESC))
#define MP_TX_RING_BYTES            (MP_TX_DESCS * sizeof(MP_DESC))

/* Control/status registers (offsets into BAR 0) */
#define MP_CSR_BYTES                0x100
#define MP_CSR_ID                   0x00
#define MP_CSR_COMMAND              0x04
#define MP_CSR_INT_STATUS           0x08    /* write 1 to clear */
#define MP_CSR_INT_MASK             0x0C
#define MP_CSR_RX_RING_LOW          0x10
#define MP_CSR_RX_RING_HIGH         0x14
#define MP_CSR_TX_RING_LOW          0x18
#define MP_CSR_TX_RING_HIGH         0x1C
#define MP_CSR_MAC_LOW              0x20
#define MP_CSR_MAC_HIGH             0x24
#define MP_CSR_FILTER               0x28

#define MP_CMD_RX_ENABLE            0x00000001
#define MP_CMD_TX_ENABLE            0x00000002
#define MP_CMD_STOP                 0x00000004
#define MP_CMD_RESET                0x80000000

#define MP_INT_RX_DONE              0x00000001
#define MP_INT_TX_DONE              0x00000002
#define MP_INT_LINK                 0x00000004
#define MP_INT_ALL                  0x00000007

#define fMP_ADAPTER_PAUSED           0x00000001
#define fMP_ADAPTER_SURPRISE_REMOVED 0x00000002

#define MP_SET_FLAG(_A, _F)         ((_A)->Flags |= (_F))
#define MP_CLEAR_FLAG(_A, _F)       ((_A)->Flags &= ~(_F))
#define MP_TEST_FLAG(_A, _F)        (((_A)->Flags & (_F)) != 0)

typedef struct _MP_ADAPTER {
    NDIS_HANDLE             AdapterHandle;
    ULONG                   Flags;

    /* Hardware resources (hw.c) */
    NDIS_PHYSICAL_ADDRESS   CsrPhysical;
    ULONG                   CsrLength;
    PUCHAR                  CsrBase;
    NDIS_HANDLE             InterruptHandle;

    /* Descriptor rings (init.c, cleanup.c) */
    PMP_DESC                RxRing;
    NDIS_PHYSICAL_ADDRESS   RxRingPhysical;
    PMP_DESC                TxRing;
    NDIS_PHYSICAL_ADDRESS   TxRingPhysical;

    ULONG                   PacketFilter;
    UCHAR                   PermanentAddress[MP_MAC_ADDRESS_LENGTH];
    UCHAR                   CurrentAddress[MP_MAC_ADDRESS_LENGTH];

    /* Statistics (ISR/DPC, stats.c) */
    ULONG                   InterruptCount;
    ULONG                   LinkChanges;
    ULONG64                 RxFrames;
    ULONG64                 RxBytes;
    ULONG64                 RxErrors;
    ULONG64                 TxFrames;
    ULONG64                 TxBytes;
    ULONG64                 TxErrors;
} MP_ADAPTER, *PMP_ADAPTER;

#define MP_READ_CSR(_A, _R, _V)     NdisReadRegisterUlong((PULONG)((_A)->CsrBase + (_R)), (_V))
#define MP_WRITE_CSR(_A, _R, _V)    NdisWriteRegisterUlong((PULONG)((_A)->CsrBase + (_R)), (_V))

/* driver.c */
extern NDIS_HANDLE MpDriverHandle;

/* init.c */
NDIS_STATUS MpInitializeEx(NDIS_HANDLE MiniportAdapterHandle,
                           NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters);

/* halt.c */
VOID MpHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction);
VOID MpShutdownEx(NDIS_HANDLE MiniportAdapterContext, NDIS_SHUTDOWN_ACTION ShutdownAction);

/* hw.c */
NDIS_STATUS HwMapRegisters(PMP_ADAPTER Adapter, PNDIS_RESOURCE_LIST Resources);
VOID HwUnmapRegisters(PMP_ADAPTER Adapter);
NDIS_STATUS HwRegisterInterrupt(PMP_ADAPTER Adapter);
NDIS_STATUS HwStartNic(PMP_ADAPTER Adapter);
VOID HwEnableInterrupt(PMP_ADAPTER Adapter);
VOID HwDisableInterrupt(PMP_ADAPTER Adapter);
VOID HwSetPacketFilter(PMP_ADAPTER Adapter, ULONG Filter);

/* stats.c */
VOID MpFillStatistics(PMP_ADAPTER Adapter, PNDIS_STATISTICS_INFO Statistics);

/* cleanup.c */
VOID MpFreeRings(PMP_ADAPTER Adapter);
VOID MpFreeAdapterResources(PMP_ADAPTER Adapter);

#endif /* _MINIPORT_H */
