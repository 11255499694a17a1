#include <ndis.h>

typedef struct _ADAPTER {
  NDIS_HANDLE Interrupt;
} ADAPTER;

MINIPORT_INITIALIZE DrvInitialize;
NDIS_STATUS DrvStart(void);

NDIS_STATUS DrvInitialize(NDIS_HANDLE Handle, NDIS_HANDLE Context,
                          PNDIS_MINIPORT_INIT_PARAMETERS Params) {
  static ADAPTER Adapter;
  NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Chars = {0};
  NDIS_STATUS Status;
  Status = NdisMRegisterInterruptEx(Handle, &Adapter, &Chars, &Adapter.Interrupt);
  if (Status != NDIS_STATUS_SUCCESS)
    return Status;
  Status = DrvStart();
  if (Status != NDIS_STATUS_SUCCESS)
    return Status;
  return NDIS_STATUS_SUCCESS;
}
