// C++: the cleanup is a lambda capturing the adapter and a local flag by
// reference. The flag it tests is the handler's own, set once the
// registration succeeded: every failure after it releases. Correct.
// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t -- -std=c++17

#include <ndis.h>

struct Nic {
  NDIS_HANDLE InterruptHandle;
  PVOID Ring;
};

MINIPORT_INITIALIZE MpInitialize;

NDIS_STATUS MpInitialize(NDIS_HANDLE Miniport, NDIS_HANDLE,
                         PNDIS_MINIPORT_INIT_PARAMETERS) {
  auto *Adapter = static_cast<Nic *>(NdisAllocateMemoryWithTagPriority(
      Miniport, sizeof(Nic), 'ciN ', NormalPoolPriority));
  if (Adapter == nullptr)
    return NDIS_STATUS_RESOURCES;
  NdisZeroMemory(Adapter, sizeof(Nic));
  bool Registered = false;
  auto Fail = [&](NDIS_STATUS Why) {
    if (Registered)
      NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
    NdisFreeMemory(Adapter, 0, 0);
    return Why;
  };
  NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Chars = {};
  NDIS_STATUS Status = NdisMRegisterInterruptEx(Miniport, Adapter, &Chars,
                                                &Adapter->InterruptHandle);
  if (Status != NDIS_STATUS_SUCCESS)
    return Fail(Status);
  Registered = true;
  Adapter->Ring = NdisAllocateMemoryWithTagPriority(Miniport, 4096, 'gniR',
                                                    NormalPoolPriority);
  if (Adapter->Ring == nullptr)
    return Fail(NDIS_STATUS_RESOURCES);
  return NDIS_STATUS_SUCCESS;
}
