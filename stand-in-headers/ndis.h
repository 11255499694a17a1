/*
 * ndis.h - ndis-tidy's stand-in for the WDK's <ndis.h>.
 *
 * Written for ndis-tidy from Microsoft's public NDIS and WDK
 * documentation, for static analysis only: it lets clang parse NDIS
 * miniport drivers on machines without the Windows Driver Kit.  It is not
 * the WDK header and reproduces none of its text; names, prototypes and
 * numeric values are the documented ones.
 *
 * It works with no system headers at all (GNU and MSVC-compatible modes,
 * C and C++).  A driver's own <ndis.h> found earlier on the include path
 * wins over this one; ndis-tidy adds this directory with -idirafter.
 *
 * NDIS version: define NDISxy_MINIPORT (for example NDIS620_MINIPORT=1)
 * as the driver's build does; without one, the newest version is used.
 */
#ifndef NDIS_TIDY_STANDIN_NDIS_H
#define NDIS_TIDY_STANDIN_NDIS_H

#define NDIS_TIDY_STANDIN_HEADERS 1

#include "ntddk.h"

EXTERN_C_START
#include "ndis-stand-in/base.h"
#include "ndis-stand-in/nbl.h"
#include "ndis-stand-in/oid.h"
#include "ndis-stand-in/miniport.h"
#include "ndis-stand-in/legacy.h"
EXTERN_C_END

#endif /* NDIS_TIDY_STANDIN_NDIS_H */
