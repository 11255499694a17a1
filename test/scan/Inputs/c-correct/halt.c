/*
 * halt.c - MiniportHaltEx and MiniportShutdownEx.
 */
#include <ndis.h>
#include "miniport.h"

VOID
MpHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(HaltAction);

    if (!MP_TEST_FLAG(Adapter, fMP_ADAPTER_SURPRISE_REMOVED)) {
        /* Mask the NIC's interrupts and stop both DMA engines. */
        HwDisableInterrupt(Adapter);
        MP_WRITE_CSR(Adapter, MP_CSR_COMMAND, MP_CMD_STOP);
        NdisStallExecution(50);
    }

    /* Waits for outstanding DPCs; the registers stay mapped until then. */
    HwDeregisterInterrupt(Adapter);
    MpFreeAdapterResources(Adapter);
}

VOID
MpShutdownEx(NDIS_HANDLE MiniportAdapterContext, NDIS_SHUTDOWN_ACTION ShutdownAction)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(ShutdownAction);
    if (!MP_TEST_FLAG(Adapter, fMP_ADAPTER_SURPRISE_REMOVED)) {
        HwDisableInterrupt(Adapter);
        MP_WRITE_CSR(Adapter, MP_CSR_COMMAND, MP_CMD_RESET);
    }
}
