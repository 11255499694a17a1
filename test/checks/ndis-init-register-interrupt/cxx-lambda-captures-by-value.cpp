// C++: the cleanup lambda captures the flag by value, when it is still
// false: setting the handler's flag later does not change the lambda's copy,
// and the failure after the registration returns with it registered.
// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t -expect-remaining -- -std=c++17

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
  auto Fail = [=](NDIS_STATUS Why) {
    if (Registered)
      NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
    NdisFreeMemory(Adapter, 0, 0);
    return Why;
  };
  NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Chars = {};
  NDIS_STATUS Status = NdisMRegisterInterruptEx(Miniport, Adapter, &Chars,
                                                &Adapter->InterruptHandle);
  // CHECK-MESSAGES: :[[@LINE-2]]:24: warning: interrupt registered here is not deregistered when MiniportInitializeEx fails [ndis-init-register-interrupt]
  if (Status != NDIS_STATUS_SUCCESS)
    return Fail(Status);
  Registered = true;
  Adapter->Ring = NdisAllocateMemoryWithTagPriority(Miniport, 4096, 'gniR',
                                                    NormalPoolPriority);
  if (Adapter->Ring == nullptr)
    return Fail(NDIS_STATUS_RESOURCES);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: MiniportInitializeEx fails here with the interrupt still registered: {{.*}}
  return NDIS_STATUS_SUCCESS;
}
