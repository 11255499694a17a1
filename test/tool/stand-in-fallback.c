// ndis-tidy finds <ndis.h> among its stand-in headers without any -I, and
// --no-stand-in-headers turns that off, so clang's usual error comes back.
//
// RUN: %ndis_tidy -checks='-*,readability-braces-around-statements' %s -- 2>&1 \
// RUN:   | FileCheck %s --check-prefix=FOUND --implicit-check-not=error:
// RUN: not %ndis_tidy --no-stand-in-headers -checks='-*,readability-braces-around-statements' \
// RUN:   %s -- 2>&1 | FileCheck %s --check-prefix=MISSING

#include <ndis.h>
// MISSING: stand-in-fallback.c:[[@LINE-1]]:10: {{(fatal )?}}error: 'ndis.h' file not found

NDIS_STATUS Probe(int Ready) {
  if (!Ready)
    return (NDIS_STATUS)1;
  // FOUND: stand-in-fallback.c:[[@LINE-2]]:14: warning: statement should be inside braces
  return NDIS_STATUS_SUCCESS;
}
