// A driver's own <ndis.h> earlier on the include path must be used instead
// of ndis-tidy's stand-in, which is only added with -idirafter; headers the
// driver does not provide still come from the stand-in directory.
//
// RUN: %clang -fsyntax-only -Wall -Werror -I %S/Inputs/user-ndis -idirafter %stand_in_headers -x c %s
// RUN: %clang -fsyntax-only -Wall -Werror -I %S/Inputs/user-ndis -idirafter %stand_in_headers -x c++ -std=c++17 %s
// RUN: %clang -fsyntax-only -Wall -Werror --target=x86_64-pc-windows-msvc -fms-extensions -fms-compatibility -I %S/Inputs/user-ndis -idirafter %stand_in_headers -x c %s
// RUN: %clang -fsyntax-only -Wall -Werror --target=x86_64-pc-windows-msvc -fms-extensions -fms-compatibility -I %S/Inputs/user-ndis -idirafter %stand_in_headers -x c++ %s
// Without the driver's directory the stand-in is used:
// RUN: %clang -fsyntax-only -Wall -Werror -DEXPECT_STAND_IN -idirafter %stand_in_headers -x c %s

#include <ndis.h>

#ifdef EXPECT_STAND_IN
#if !defined(NDIS_TIDY_STANDIN_NDIS_H) || defined(USER_NDIS_MARKER)
#error "expected the stand-in ndis.h"
#endif
#else
#if !defined(USER_NDIS_MARKER) || USER_NDIS_MARKER != 42
#error "the driver's own ndis.h was not used"
#endif
#ifdef NDIS_TIDY_STANDIN_NDIS_H
#error "the stand-in ndis.h was included although the driver provides one"
#endif
#ifndef NDIS_TIDY_STANDIN_NTDEF_H
#error "ntdef.h should still come from the stand-in directory"
#endif
#endif

NDIS_STATUS UserHeaderProbe(NDIS_HANDLE Handle)
{
    return Handle != NULL ? NDIS_STATUS_SUCCESS : (NDIS_STATUS)1;
}
