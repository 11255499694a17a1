// C++: the interrupt belongs to a member object whose destructor releases
// it, and the adapter's destructor is the implicit one. `delete Adapter`
// runs the member's destructor, so that failure path releases. The raw
// NdisFreeMemory on the out-of-memory path runs no destructor: it leaks.
// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t -expect-remaining -- -std=c++17

#include <ndis.h>

class InterruptObject {
public:
  NDIS_STATUS Connect(NDIS_HANDLE Miniport, PVOID Context,
                      PNDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Chars) {
    NDIS_STATUS Status =
        NdisMRegisterInterruptEx(Miniport, Context, Chars, &m_Handle);
    m_Connected = (Status == NDIS_STATUS_SUCCESS);
    return Status;
  }
  ~InterruptObject() {
    if (m_Connected)
      NdisMDeregisterInterruptEx(m_Handle);
  }

private:
  NDIS_HANDLE m_Handle = nullptr;
  bool m_Connected = false;
};

struct Nic {
  explicit Nic(NDIS_HANDLE Miniport) : MiniportHandle(Miniport) {}
  NDIS_HANDLE MiniportHandle;
  InterruptObject Interrupt;
};

MINIPORT_INITIALIZE MpInitialize;

NDIS_STATUS MpInitialize(NDIS_HANDLE Miniport, NDIS_HANDLE,
                         PNDIS_MINIPORT_INIT_PARAMETERS) {
  Nic *Adapter = new Nic(Miniport);
  NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Chars = {};
  NDIS_STATUS Status = Adapter->Interrupt.Connect(Miniport, Adapter, &Chars);
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: interrupt registered here is not deregistered when MiniportInitializeEx fails [ndis-init-register-interrupt]
  // CHECK-MESSAGES-NOT: note: MiniportInitializeEx fails here
  if (Status != NDIS_STATUS_SUCCESS) {
    delete Adapter;
    return Status;
  }
  Status = NdisMSetMiniportAttributes(Miniport, nullptr);
  if (Status != NDIS_STATUS_SUCCESS) {
    if (Status == NDIS_STATUS_RESOURCES) {
      NdisFreeMemory(Adapter, 0, 0);
      return Status;
      // CHECK-MESSAGES: :[[@LINE-1]]:7: note: MiniportInitializeEx fails here with the interrupt still registered: returns the status of 'NdisMSetMiniportAttributes'
    }
    delete Adapter;
  }
  return Status;
}
// The path that deletes the adapter releases through the member's destructor.
// CHECK-MESSAGES-NOT: note: MiniportInitializeEx fails here
