/*
 * stats.c - OID_GEN_STATISTICS.
 *
 * Deliberately broken for ndis-scan's tests: a missing ';' (as in a file
 * caught in the middle of an edit).  Nothing initialize or halt calls lives
 * here, so the rest of the driver must still be analyzed.
 */
#include <ndis.h>
#include "miniport.h"

static ULONG64
MpSumErrors(ULONG64 First, ULONG64 Second)
{
    return First + Second;
}

VOID
MpFillStatistics(PMP_ADAPTER Adapter, PNDIS_STATISTICS_INFO Statistics)
{
    NdisZeroMemory(Statistics, sizeof(*Statistics));
    Statistics->Header.Type = NDIS_OBJECT_TYPE_DEFAULT;
    Statistics->Header.Revision = NDIS_STATISTICS_INFO_REVISION_1;
    Statistics->Header.Size = NDIS_SIZEOF_STATISTICS_INFO_REVISION_1;
    Statistics->SupportedStatistics = NDIS_STATISTICS_FLAGS_VALID_DIRECTED_FRAMES_RCV |
                                      NDIS_STATISTICS_FLAGS_VALID_BYTES_RCV |
                                      NDIS_STATISTICS_FLAGS_VALID_DIRECTED_FRAMES_XMIT |
                                      NDIS_STATISTICS_FLAGS_VALID_BYTES_XMIT;
    Statistics->ifHCInUcastPkts = Adapter->RxFrames;
    Statistics->ifHCInOctets = Adapter->RxBytes
    Statistics->ifHCOutUcastPkts = Adapter->TxFrames;
    Statistics->ifHCOutOctets = Adapter->TxBytes;
    Statistics->ifInErrors = MpSumErrors(Adapter->RxErrors, 0);
    Statistics->ifOutErrors = MpSumErrors(Adapter->TxErrors, 0);
}
