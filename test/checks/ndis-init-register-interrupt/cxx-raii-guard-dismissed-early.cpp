// C++ RAII: a guard object releases the interrupt in its destructor unless
// dismissed, but initialize dismisses it before its last failable call:
// that failure returns with the guard dismissed and the interrupt still
// registered.
// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t -- -std=c++17

#include <ndis.h>

struct Nic {
  NDIS_HANDLE InterruptHandle = nullptr;
  PVOID Ring = nullptr;
};

class InterruptGuard {
public:
  explicit InterruptGuard(Nic *Adapter) : m_Adapter(Adapter), m_Armed(true) {}
  ~InterruptGuard() {
    if (m_Armed)
      NdisMDeregisterInterruptEx(m_Adapter->InterruptHandle);
  }
  void Dismiss() { m_Armed = false; }

private:
  Nic *m_Adapter;
  bool m_Armed;
};

static Nic TheNic;

MINIPORT_INITIALIZE MpInitialize;
MINIPORT_HALT MpHalt;

NDIS_STATUS MpInitialize(NDIS_HANDLE Miniport, NDIS_HANDLE,
                         PNDIS_MINIPORT_INIT_PARAMETERS) {
  Nic *Adapter = &TheNic;
  NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Chars = {};
  NDIS_STATUS Status = NdisMRegisterInterruptEx(Miniport, Adapter, &Chars,
                                                &Adapter->InterruptHandle);
  // CHECK-MESSAGES: :[[@LINE-2]]:24: warning: interrupt registered here is not deregistered when MiniportInitializeEx fails [ndis-init-register-interrupt]
  if (Status != NDIS_STATUS_SUCCESS)
    return Status;
  InterruptGuard Guard(Adapter);
  Adapter->Ring = NdisAllocateMemoryWithTagPriority(Miniport, 4096, 'gniR',
                                                    NormalPoolPriority);
  if (Adapter->Ring == nullptr)
    return NDIS_STATUS_RESOURCES;
  Guard.Dismiss();
  Status = NdisMSetMiniportAttributes(Miniport, nullptr);
  if (Status != NDIS_STATUS_SUCCESS) {
    NdisFreeMemory(Adapter->Ring, 0, 0);
    return Status;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: note: MiniportInitializeEx fails here with the interrupt still registered: returns the status of 'NdisMSetMiniportAttributes'
  }
  return NDIS_STATUS_SUCCESS;
}

VOID MpHalt(NDIS_HANDLE Context, NDIS_HALT_ACTION) {
  Nic *Adapter = static_cast<Nic *>(Context);
  NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
  NdisFreeMemory(Adapter->Ring, 0, 0);
}

// CHECK-FIXES: {{^}}  if (Status != NDIS_STATUS_SUCCESS) {{{$}}
// CHECK-FIXES-NEXT: {{^}}    NdisMDeregisterInterruptEx(Adapter->InterruptHandle);{{$}}
// CHECK-FIXES-NEXT: {{^}}    NdisFreeMemory(Adapter->Ring, 0, 0);{{$}}
