/*
 * ntddk.h - ndis-tidy stand-in for the WDK's ntddk.h.
 *
 * Written for ndis-tidy from Microsoft's public documentation, for static
 * analysis only.  The kernel declarations NDIS miniports need live in the
 * stand-in wdm.h; this header adds the few ntddk-only ones.
 */
#ifndef NDIS_TIDY_STANDIN_NTDDK_H
#define NDIS_TIDY_STANDIN_NTDDK_H

#include "wdm.h"

EXTERN_C_START

/* Processor affinity of the running system (ntddk-only routines). */
KAFFINITY NTAPI KeQueryActiveProcessors(VOID);
ULONG NTAPI KeQueryMaximumProcessorCount(VOID);
ULONG NTAPI KeQueryMaximumProcessorCountEx(_In_ USHORT GroupNumber);

/* Timer resolution. */
ULONG NTAPI ExSetTimerResolution(_In_ ULONG DesiredTime,
                                 _In_ BOOLEAN SetResolution);

EXTERN_C_END

#endif /* NDIS_TIDY_STANDIN_NTDDK_H */
