// A C++ driver: the adapter is a class, the handle a member, registration in
// a member function with implicit `this`, teardown through Destroy() and the
// destructor of a deleted object.
// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t -- -std=c++17
// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t -- -std=c++17 \
// RUN:   --target=x86_64-pc-windows-msvc -fms-extensions -fms-compatibility

#include <ndis.h>

MINIPORT_INITIALIZE MPInitializeEx;
MINIPORT_HALT MPHaltEx;
MINIPORT_ISR MPIsr;

NDIS_STATUS HwLoadFirmware(ULONG Version);

class CAdapter {
public:
  NDIS_STATUS RegisterInterrupt(NDIS_HANDLE MiniportHandle) {
    NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Chars = {};
    Chars.InterruptHandler = MPIsr;
    return NdisMRegisterInterruptEx(MiniportHandle, this, &Chars,
                                    &m_InterruptHandle);
  }
  void Destroy() {
    if (m_InterruptHandle != nullptr) {
      NdisMDeregisterInterruptEx(m_InterruptHandle);
      m_InterruptHandle = nullptr;
    }
  }
  NDIS_HANDLE m_InterruptHandle = nullptr;
  ULONG m_Firmware = 0;
};

NDIS_STATUS MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle,
                           NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS InitParameters) {
  UNREFERENCED_PARAMETER(MiniportDriverContext);
  UNREFERENCED_PARAMETER(InitParameters);
  CAdapter *Adapter = new CAdapter();
  NDIS_STATUS Status = Adapter->RegisterInterrupt(MiniportAdapterHandle);
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: interrupt registered here is not deregistered when MiniportInitializeEx fails [ndis-init-register-interrupt]
  // CHECK-MESSAGES: :21:12: note: interrupt registered by this call
  if (Status != NDIS_STATUS_SUCCESS) {
    delete Adapter;
    return Status;
  }
  Status = HwLoadFirmware(Adapter->m_Firmware);
  if (Status != NDIS_STATUS_SUCCESS) {
    delete Adapter;
    return Status;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: note: MiniportInitializeEx fails here with the interrupt still registered: returns the status of 'HwLoadFirmware'
  }
  return NDIS_STATUS_SUCCESS;
}

VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  UNREFERENCED_PARAMETER(HaltAction);
  CAdapter *Adapter = static_cast<CAdapter *>(MiniportAdapterContext);
  Adapter->Destroy();
  delete Adapter;
}

// The member is named through the handler's own pointer to the object.
// CHECK-FIXES: {{^}}  Status = HwLoadFirmware(Adapter->m_Firmware);{{$}}
// CHECK-FIXES-NEXT: {{^}}  if (Status != NDIS_STATUS_SUCCESS) {{{$}}
// CHECK-FIXES-NEXT: {{^}}    NdisMDeregisterInterruptEx(Adapter->m_InterruptHandle);{{$}}
// CHECK-FIXES-NEXT: {{^}}    delete Adapter;{{$}}
