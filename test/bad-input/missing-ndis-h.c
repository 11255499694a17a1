// Without the stand-in headers and without a WDK, <ndis.h> is missing: the
// check says why and how to fix it, once, and nothing crashes.
// RUN: not %ndis_tidy -checks='-*,ndis-*' --no-stand-in-headers %s -- 2>&1 | FileCheck %s
// CHECK: error: 'ndis.h' was not found, so this file cannot be analyzed: ndis-tidy supplies stand-in WDK headers unless --no-stand-in-headers is given; drop that flag, add the WDK's include directories (-I), or, with the clang-tidy plugin, pass --extra-arg=-idirafter<ndis-tidy>/share/ndis-tidy/include [ndis-init-register-interrupt]
// CHECK: error: 'ndis.h' file not found [clang-diagnostic-error]
// CHECK-NOT: was not found, so this file
// With the stand-in headers the same file is fine.
// RUN: %ndis_tidy -checks='-*,ndis-*' %s -- 2>&1 | FileCheck %s --check-prefix=FINE --allow-empty
// FINE-NOT: error:

#include <ndis.h>
#include <wdm.h>

NDIS_STATUS Nothing(void) { return NDIS_STATUS_SUCCESS; }
