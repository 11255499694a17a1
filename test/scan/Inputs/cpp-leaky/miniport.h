/*
 * miniport.h - shared declarations of a C++ NDIS 6.20 miniport for a PCI
 * Ethernet controller (one memory-mapped register block, a line-based
 * interrupt, a receive and a transmit descriptor ring in shared memory).
 *
 * The handlers are plain prototypes, not role-type declarations: only
 * DriverEntry in driver.cpp says which function is initialize and which is
 * halt.
 */
#ifndef MINIPORT_H
#define MINIPORT_H

#define MP_NDIS_MAJOR_VERSION       6
#define MP_NDIS_MINOR_VERSION       20
#define MP_DRIVER_MAJOR_VERSION     2
#define MP_DRIVER_MINOR_VERSION     0

#define MP_TAG                      'pcXN'

#define MP_MAX_FRAME_SIZE           1514
#define MP_HEADER_SIZE              14
#define MP_MAX_LOOKAHEAD            (MP_MAX_FRAME_SIZE - MP_HEADER_SIZE)
#define MP_MAX_MCAST_LIST           32
#define MP_LINK_SPEED               1000000000ULL
#define MP_MAC_ADDRESS_LENGTH       6

#define MP_SUPPORTED_FILTERS        (NDIS_PACKET_TYPE_DIRECTED |     \
                                     NDIS_PACKET_TYPE_MULTICAST |    \
                                     NDIS_PACKET_TYPE_BROADCAST |    \
                                     NDIS_PACKET_TYPE_PROMISCUOUS)

/* Control/status registers (offsets into BAR 0) */
#define MP_CSR_BYTES                0x100
#define MP_CSR_ID                   0x00
#define MP_CSR_COMMAND              0x04
#define MP_CSR_INT_STATUS           0x08
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

/* driver.cpp */
extern NDIS_HANDLE MpDriverHandle;

/* init.cpp */
NDIS_STATUS MpInitializeEx(NDIS_HANDLE MiniportAdapterHandle,
                           NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters);

/* halt.cpp */
VOID MpHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction);

#endif /* MINIPORT_H */
