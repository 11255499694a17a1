// The handle is a private member and the handlers are free functions: a
// release written in them would not compile, so the findings come without
// a fix-it and say why.
// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t -expect-remaining -- -std=c++17

#include <ndis.h>

class Nic {
public:
  explicit Nic(NDIS_HANDLE Miniport) : m_Miniport(Miniport) {}
  NDIS_STATUS Start();

private:
  static BOOLEAN Isr(NDIS_HANDLE, PBOOLEAN Queue, PULONG) {
    *Queue = FALSE;
    return FALSE;
  }
  NDIS_HANDLE m_Miniport;
  NDIS_HANDLE m_InterruptHandle = nullptr;
};

NDIS_STATUS Nic::Start() {
  NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Chars = {};
  Chars.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_INTERRUPT;
  Chars.InterruptHandler = Isr;
  NDIS_STATUS Status =
      NdisMRegisterInterruptEx(m_Miniport, this, &Chars, &m_InterruptHandle);
  if (Status != NDIS_STATUS_SUCCESS)
    return Status;
  return NdisMSetMiniportAttributes(m_Miniport, nullptr);
}

MINIPORT_INITIALIZE MpInitialize;
MINIPORT_HALT MpHalt;

NDIS_STATUS MpInitialize(NDIS_HANDLE Miniport, NDIS_HANDLE,
                         PNDIS_MINIPORT_INIT_PARAMETERS) {
  Nic *Adapter = new Nic(Miniport);
  NDIS_STATUS Status = Adapter->Start();
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: interrupt registered here is not deregistered when MiniportInitializeEx fails [ndis-init-register-interrupt]
  // CHECK-MESSAGES: :27:7: note: interrupt registered by this call
  if (Status != NDIS_STATUS_SUCCESS)
    delete Adapter;
  return Status;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: MiniportInitializeEx fails here with the interrupt still registered: returns the status of 'Start'
}
// CHECK-MESSAGES: :39:24: note: no fix-it offered: the interrupt handle is the private member 'Nic::m_InterruptHandle', which 'MpInitialize' cannot name

VOID MpHalt(NDIS_HANDLE Context, NDIS_HALT_ACTION) {
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: MiniportHaltEx handler 'MpHalt' can return without deregistering the interrupt [ndis-init-register-interrupt]
  // CHECK-MESSAGES: :39:24: note: interrupt registered here in 'MpInitialize'
  delete static_cast<Nic *>(Context);
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: returns here with the interrupt still registered
// CHECK-MESSAGES: :49:6: note: no fix-it offered: the interrupt handle is the private member 'Nic::m_InterruptHandle', which 'MpHalt' cannot name
