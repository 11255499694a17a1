// The handle is a private member, and the handlers are friends of the class:
// they may name it, so the fixes release it there.
// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t -- -std=c++17

#include <ndis.h>

MINIPORT_INITIALIZE MpInitialize;
MINIPORT_HALT MpHalt;

class Nic {
  friend NDIS_STATUS MpInitialize(NDIS_HANDLE, NDIS_HANDLE,
                                  PNDIS_MINIPORT_INIT_PARAMETERS);
  friend VOID MpHalt(NDIS_HANDLE, NDIS_HALT_ACTION);

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
  return NdisMRegisterInterruptEx(m_Miniport, this, &Chars, &m_InterruptHandle);
}

NDIS_STATUS MpInitialize(NDIS_HANDLE Miniport, NDIS_HANDLE,
                         PNDIS_MINIPORT_INIT_PARAMETERS) {
  Nic *Adapter = new Nic(Miniport);
  NDIS_STATUS Status = Adapter->Start();
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: interrupt registered here is not deregistered when MiniportInitializeEx fails [ndis-init-register-interrupt]
  if (Status != NDIS_STATUS_SUCCESS) {
    delete Adapter;
    return Status;
  }
  Status = NdisMSetMiniportAttributes(Miniport, nullptr);
  if (Status != NDIS_STATUS_SUCCESS) {
    delete Adapter;
    return Status;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: note: MiniportInitializeEx fails here with the interrupt still registered: returns the status of 'NdisMSetMiniportAttributes'
  }
  return NDIS_STATUS_SUCCESS;
}

VOID MpHalt(NDIS_HANDLE Context, NDIS_HALT_ACTION) {
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: MiniportHaltEx handler 'MpHalt' can return without deregistering the interrupt [ndis-init-register-interrupt]
  Nic *Adapter = static_cast<Nic *>(Context);
  delete Adapter;
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: returns here with the interrupt still registered

// CHECK-FIXES: {{^}}  Status = NdisMSetMiniportAttributes(Miniport, nullptr);{{$}}
// CHECK-FIXES-NEXT: {{^}}  if (Status != NDIS_STATUS_SUCCESS) {{{$}}
// CHECK-FIXES-NEXT: {{^}}    NdisMDeregisterInterruptEx(Adapter->m_InterruptHandle);{{$}}
// CHECK-FIXES-NEXT: {{^}}    delete Adapter;{{$}}
// CHECK-FIXES: {{^}}  Nic *Adapter = static_cast<Nic *>(Context);{{$}}
// CHECK-FIXES-NEXT: {{^}}  NdisMDeregisterInterruptEx(Adapter->m_InterruptHandle);{{$}}
// CHECK-FIXES-NEXT: {{^}}  delete Adapter;{{$}}
