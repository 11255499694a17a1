/*
 * bench/mingw-ddk/ndis.h - the benchmark's <ndis.h> over a real kernel
 * header set (bench/run_bench.py --kernel-headers mingw-w64).
 *
 * The stand-in headers are about 5,000 lines; a driver built with the WDK
 * parses ten times that or more, so the stand-ins make parse-only
 * clang-tidy unrealistically cheap. Debian's mingw-w64-x86-64-dev ships an
 * independent kernel header set (ntddk.h, wdm.h, ntdef.h: about 48,000
 * preprocessed lines with what they include) but only NDIS 5 declarations.
 * This header puts the stand-ins' NDIS 6 declarations on top of MinGW-w64's
 * kernel headers, filling in the few names the stand-ins take from their own
 * wdm.h. Benchmark only: the check's behaviour is the same either way (the
 * benchmark driver gets the same finding and the same fix).
 */
#ifndef NDIS_TIDY_BENCH_MINGW_NDIS_H
#define NDIS_TIDY_BENCH_MINGW_NDIS_H

#include <ntddk.h>

#ifndef EXTERN_C_START
#define EXTERN_C_START
#define EXTERN_C_END
#endif
typedef unsigned int UINT, *PUINT;
/* The WDK's form: MinGW-w64's assigns the parameter to itself, which an
   array parameter does not allow. */
#undef UNREFERENCED_PARAMETER
#define UNREFERENCED_PARAMETER(P) (P)

EXTERN_C_START
#include "ndis-stand-in/base.h"
#include "ndis-stand-in/nbl.h"
#include "ndis-stand-in/oid.h"
#include "ndis-stand-in/miniport.h"
#include "ndis-stand-in/legacy.h"
EXTERN_C_END

#endif /* NDIS_TIDY_BENCH_MINGW_NDIS_H */
