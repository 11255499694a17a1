/*
 * halt.cpp - MiniportHaltEx: the adapter object tears itself down.
 */
#include <ndis.h>
#include "adapter.h"

VOID MpHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    UNREFERENCED_PARAMETER(HaltAction);

    static_cast<Adapter *>(MiniportAdapterContext)->Destroy();
}
