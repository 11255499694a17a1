// The adapter context the C tests share, written as miniports write theirs.
#include <ndis.h>

#define MP_TAG 'PMtN'

typedef struct _MP_ADAPTER {
  NDIS_HANDLE AdapterHandle;
  NDIS_HANDLE InterruptHandle;
  PVOID IoBase;
  PVOID SharedVa;
  NDIS_PHYSICAL_ADDRESS SharedPa;
  ULONG Flags;
  BOOLEAN InterruptRegistered;
  BOOLEAN UseInterrupts;
} MP_ADAPTER, *PMP_ADAPTER;

#define fMP_INTERRUPT_REGISTERED 0x00000010
#define MP_SET_FLAG(A, F) ((A)->Flags |= (F))
#define MP_CLEAR_FLAG(A, F) ((A)->Flags &= ~(F))
#define MP_TEST_FLAG(A, F) (((A)->Flags & (F)) != 0)

MINIPORT_INITIALIZE MPInitializeEx;
MINIPORT_HALT MPHaltEx;
MINIPORT_ISR MPIsr;
MINIPORT_INTERRUPT_DPC MPDpc;

// Steps that can fail and that see nothing of the adapter: a failure of one
// of them after the registration is a failure path the check must follow.
NDIS_STATUS MpReadConfiguration(NDIS_HANDLE MiniportAdapterHandle);
NDIS_STATUS MpStartTimers(ULONG Period);
