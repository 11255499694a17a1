/*
 * initguid.h - ndis-tidy stand-in: after this header, DEFINE_GUID defines
 * the GUID object instead of only declaring it.
 *
 * Written for ndis-tidy from Microsoft's public documentation, for static
 * analysis only.
 */
#ifndef INITGUID
#define INITGUID
#endif

#include "ntdef.h"

#undef DEFINE_GUID
#ifdef __cplusplus
#define DEFINE_GUID(name, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8)       \
    EXTERN_C const GUID DECLSPEC_SELECTANY name = {                        \
        l, w1, w2, { b1, b2, b3, b4, b5, b6, b7, b8 } }
#else
#define DEFINE_GUID(name, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8)       \
    const GUID DECLSPEC_SELECTANY name = {                                 \
        l, w1, w2, { b1, b2, b3, b4, b5, b6, b7, b8 } }
#endif
