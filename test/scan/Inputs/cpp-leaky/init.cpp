/*
 * init.cpp - MiniportInitializeEx: creates the adapter object in pool
 * memory and runs its initialization steps (adapter.cpp).  Every failure
 * destroys the object and returns the failing step's status.
 */
#include <ndis.h>
#include "adapter.h"

NDIS_STATUS MpInitializeEx(NDIS_HANDLE MiniportAdapterHandle,
                           NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    UNREFERENCED_PARAMETER(MiniportDriverContext);

    PVOID Memory = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle, sizeof(Adapter),
                                                     MP_TAG, NormalPoolPriority);
    if (Memory == nullptr) {
        return NDIS_STATUS_RESOURCES;
    }
    NdisZeroMemory(Memory, sizeof(Adapter));
    Adapter *pAdapter = new (Memory) Adapter(MiniportAdapterHandle);

    NDIS_STATUS Status = pAdapter->SetRegistrationAttributes();
    if (Status != NDIS_STATUS_SUCCESS) {
        pAdapter->Destroy();
        return Status;
    }

    Status = pAdapter->MapRegisters(MiniportInitParameters->AllocatedResources);
    if (Status != NDIS_STATUS_SUCCESS) {
        pAdapter->Destroy();
        return Status;
    }

    Status = pAdapter->RegisterInterrupt();
    if (Status != NDIS_STATUS_SUCCESS) {
        pAdapter->Destroy();
        return Status;
    }

    Status = pAdapter->AllocateRings();
    if (Status != NDIS_STATUS_SUCCESS) {
        pAdapter->Destroy();
        return Status;
    }

    Status = pAdapter->Start();
    if (Status != NDIS_STATUS_SUCCESS) {
        pAdapter->Destroy();
        return Status;
    }

    Status = pAdapter->SetGeneralAttributes();
    if (Status != NDIS_STATUS_SUCCESS) {
        pAdapter->Destroy();
        return Status;
    }

    pAdapter->EnableInterrupt();
    return NDIS_STATUS_SUCCESS;
}
