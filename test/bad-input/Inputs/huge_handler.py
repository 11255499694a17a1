# Writes an initialize handler with N failure points after the registration
# (about 2N lines), each leaking the interrupt: a stress input, not a driver.
import sys
n=int(sys.argv[1])
print('#include <ndis.h>\ntypedef struct _A { NDIS_HANDLE Interrupt; } A;\nMINIPORT_INITIALIZE Init;\nNDIS_STATUS Step(ULONG);')
print('NDIS_STATUS Init(NDIS_HANDLE H, NDIS_HANDLE C, PNDIS_MINIPORT_INIT_PARAMETERS P) {\n  static A Adapter;\n  NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Chars = {0};\n  NDIS_STATUS Status = NdisMRegisterInterruptEx(H, &Adapter, &Chars, &Adapter.Interrupt);\n  if (Status != NDIS_STATUS_SUCCESS) return Status;')
for i in range(n):
    print('  Status = Step(%d);\n  if (Status != NDIS_STATUS_SUCCESS) goto Fail;' % i)
print('  return NDIS_STATUS_SUCCESS;\nFail:\n  return Status;\n}')
