/* Fuzz finding (the fix-its of two findings overlap): two registrations in
 * one MiniportInitializeEx leak at the same unbraced failure exits. Each
 * finding's fix-it wraps the same 'return Status;' in braces with its own
 * release, so the replacements overlap: clang-tidy --fix applies one and
 * drops the other ('this fix will not be applied because it overlaps with
 * another fix'), leaving a leak that only a second --fix run repairs. Found
 * as a mutated crossover of status-forms.c and helper-registration.c (a
 * helper registration plus a direct one); reduced by hand to valid C. */
#include <ndis.h>

typedef struct _MP_ADAPTER {
  NDIS_HANDLE AdapterHandle;
  NDIS_HANDLE InterruptHandle;
  NDIS_HANDLE MsiHandle;
} MP_ADAPTER, *PMP_ADAPTER;

MINIPORT_INITIALIZE MPInitializeEx;
NDIS_STATUS MpStartTimers(ULONG Period);

NDIS_STATUS MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle,
                           NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS InitParameters) {
  NDIS_STATUS Status;
  PMP_ADAPTER Adapter;
  NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Chars;
  UNREFERENCED_PARAMETER(MiniportDriverContext);
  UNREFERENCED_PARAMETER(InitParameters);
  Adapter = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle, sizeof(MP_ADAPTER),
                                              'PMtN', NormalPoolPriority);
  if (Adapter == NULL)
    return NDIS_STATUS_RESOURCES;
  NdisZeroMemory(Adapter, sizeof(MP_ADAPTER));
  NdisZeroMemory(&Chars, sizeof(Chars));
  Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, Adapter, &Chars,
                                    &Adapter->InterruptHandle);
  if (Status != NDIS_STATUS_SUCCESS)
    return Status;
  Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, Adapter, &Chars,
                                    &Adapter->MsiHandle);
  if (Status != NDIS_STATUS_SUCCESS)
    return Status;
  Status = MpStartTimers(100);
  if (Status != NDIS_STATUS_SUCCESS)
    return Status;
  return NDIS_STATUS_SUCCESS;
}
