/*
 * cleanup.c - releases what initialize acquired: the descriptor rings, the
 * register mapping and the adapter context.  Used by halt; initialize's
 * failure ladder calls the pieces.
 */
#include <ndis.h>
#include "miniport.h"

VOID
MpFreeRings(PMP_ADAPTER Adapter)
{
    if (Adapter->TxRing != NULL) {
        NdisMFreeSharedMemory(Adapter->AdapterHandle, MP_TX_RING_BYTES, FALSE,
                              Adapter->TxRing, Adapter->TxRingPhysical);
        Adapter->TxRing = NULL;
    }
    if (Adapter->RxRing != NULL) {
        NdisMFreeSharedMemory(Adapter->AdapterHandle, MP_RX_RING_BYTES, FALSE,
                              Adapter->RxRing, Adapter->RxRingPhysical);
        Adapter->RxRing = NULL;
    }
}

VOID
MpFreeAdapterResources(PMP_ADAPTER Adapter)
{
    MpFreeRings(Adapter);
    HwUnmapRegisters(Adapter);
    NdisFreeMemory(Adapter, 0, 0);
}
