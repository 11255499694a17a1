// A C++ halt without a variable for the adapter object: the fix declares one
// with static_cast and releases the member through it.
// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t -- -std=c++17

#include <ndis.h>

MINIPORT_INITIALIZE MPInitializeEx;
MINIPORT_HALT MPHaltEx;

struct CAdapter {
  NDIS_HANDLE m_InterruptHandle = nullptr;
};

NDIS_STATUS MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle,
                           NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS InitParameters) {
  UNREFERENCED_PARAMETER(MiniportDriverContext);
  UNREFERENCED_PARAMETER(InitParameters);
  CAdapter *Adapter = new CAdapter();
  NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Chars = {};
  NDIS_STATUS Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, Adapter,
                                                &Chars,
                                                &Adapter->m_InterruptHandle);
  if (Status != NDIS_STATUS_SUCCESS)
    delete Adapter;
  return Status;
}

VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: MiniportHaltEx handler 'MPHaltEx' can return without deregistering the interrupt [ndis-init-register-interrupt]
  UNREFERENCED_PARAMETER(HaltAction);
  NdisStallExecution(10);
  delete static_cast<CAdapter *>(MiniportAdapterContext);
}

// CHECK-FIXES: {{^}}VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {{{$}}
// CHECK-FIXES-NEXT: {{^}}  auto *Adapter = static_cast<CAdapter *>(MiniportAdapterContext);{{$}}
// CHECK-FIXES: {{^}}  NdisStallExecution(10);{{$}}
// CHECK-FIXES-NEXT: {{^}}  NdisMDeregisterInterruptEx(Adapter->m_InterruptHandle);{{$}}
// CHECK-FIXES-NEXT: {{^}}  delete static_cast<CAdapter *>(MiniportAdapterContext);{{$}}
