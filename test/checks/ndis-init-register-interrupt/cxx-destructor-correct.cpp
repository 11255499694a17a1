// The destructor deregisters; initialize deletes the object on failure and
// halt deletes it: nothing to report.
// RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t -- -std=c++17

#include <ndis.h>

MINIPORT_INITIALIZE MPInitializeEx;
MINIPORT_HALT MPHaltEx;

NDIS_STATUS HwLoadFirmware(ULONG Version);

class CAdapter {
public:
  ~CAdapter() {
    if (m_InterruptHandle)
      NdisMDeregisterInterruptEx(m_InterruptHandle);
  }
  NDIS_STATUS Initialize(NDIS_HANDLE MiniportHandle) {
    NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Chars = {};
    NDIS_STATUS Status = NdisMRegisterInterruptEx(MiniportHandle, this, &Chars,
                                                  &m_InterruptHandle);
    if (!NT_SUCCESS(Status))
      return Status;
    return HwLoadFirmware(m_Firmware);
  }
  NDIS_HANDLE m_InterruptHandle = nullptr;
  ULONG m_Firmware = 1;
};

NDIS_STATUS MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle,
                           NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS InitParameters) {
  UNREFERENCED_PARAMETER(MiniportDriverContext);
  UNREFERENCED_PARAMETER(InitParameters);
  CAdapter *Adapter = new CAdapter();
  NDIS_STATUS Status = Adapter->Initialize(MiniportAdapterHandle);
  if (Status != NDIS_STATUS_SUCCESS)
    delete Adapter;
  return Status;
}

VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  UNREFERENCED_PARAMETER(HaltAction);
  delete static_cast<CAdapter *>(MiniportAdapterContext);
}
