/* A driver project's own ndis.h (test input): it must win over ndis-tidy's
 * stand-in, which is only added with -idirafter.  It takes the basic types
 * from <ntdef.h>, which nothing earlier provides, so that one still comes
 * from the stand-in directory. */
#ifndef USER_PROVIDED_NDIS_H
#define USER_PROVIDED_NDIS_H
#include <ntdef.h>
typedef int NDIS_STATUS;
typedef void *NDIS_HANDLE;
#define NDIS_STATUS_SUCCESS ((NDIS_STATUS)0)
#define USER_NDIS_MARKER 42
#endif
