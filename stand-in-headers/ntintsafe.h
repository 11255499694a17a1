/*
 * ntintsafe.h - ndis-tidy stand-in for the kernel-mode safe integer
 * arithmetic helpers (RtlULongAdd, RtlULongMult, ...).
 *
 * Written for ndis-tidy from Microsoft's public documentation, for static
 * analysis only.  The helpers are small inline functions that return
 * STATUS_INTEGER_OVERFLOW and store a zero result on overflow, as the
 * documentation describes.
 */
#ifndef NDIS_TIDY_STANDIN_NTINTSAFE_H
#define NDIS_TIDY_STANDIN_NTINTSAFE_H

#include "ntdef.h"

#ifndef STATUS_INTEGER_OVERFLOW
#define STATUS_INTEGER_OVERFLOW ((NTSTATUS)0xC0000095L)
#endif

#define NDIS_TIDY_SAFE_ADD(Name, Type)                                     \
    NDIS_TIDY_INLINE NTSTATUS Name(_In_ Type Augend, _In_ Type Addend,     \
                                   _Out_ Type *Result)                     \
    {                                                                      \
        Type Sum = (Type)(Augend + Addend);                                \
        if (Sum < Augend) {                                                \
            *Result = 0;                                                   \
            return STATUS_INTEGER_OVERFLOW;                                \
        }                                                                  \
        *Result = Sum;                                                     \
        return STATUS_SUCCESS;                                             \
    }

#define NDIS_TIDY_SAFE_SUB(Name, Type)                                     \
    NDIS_TIDY_INLINE NTSTATUS Name(_In_ Type Minuend, _In_ Type Subtrahend,\
                                   _Out_ Type *Result)                     \
    {                                                                      \
        if (Minuend < Subtrahend) {                                        \
            *Result = 0;                                                   \
            return STATUS_INTEGER_OVERFLOW;                                \
        }                                                                  \
        *Result = (Type)(Minuend - Subtrahend);                            \
        return STATUS_SUCCESS;                                             \
    }

#define NDIS_TIDY_SAFE_MULT(Name, Type)                                    \
    NDIS_TIDY_INLINE NTSTATUS Name(_In_ Type Multiplicand,                 \
                                   _In_ Type Multiplier, _Out_ Type *Result) \
    {                                                                      \
        if (Multiplicand != 0 &&                                           \
            (Type)(Multiplicand * Multiplier) / Multiplicand != Multiplier) { \
            *Result = 0;                                                   \
            return STATUS_INTEGER_OVERFLOW;                                \
        }                                                                  \
        *Result = (Type)(Multiplicand * Multiplier);                       \
        return STATUS_SUCCESS;                                             \
    }

NDIS_TIDY_SAFE_ADD(RtlUShortAdd, USHORT)
NDIS_TIDY_SAFE_ADD(RtlULongAdd, ULONG)
NDIS_TIDY_SAFE_ADD(RtlULongLongAdd, ULONGLONG)
NDIS_TIDY_SAFE_ADD(RtlSizeTAdd, SIZE_T)
NDIS_TIDY_SAFE_ADD(RtlULongPtrAdd, ULONG_PTR)
NDIS_TIDY_SAFE_SUB(RtlUShortSub, USHORT)
NDIS_TIDY_SAFE_SUB(RtlULongSub, ULONG)
NDIS_TIDY_SAFE_SUB(RtlULongLongSub, ULONGLONG)
NDIS_TIDY_SAFE_SUB(RtlSizeTSub, SIZE_T)
NDIS_TIDY_SAFE_SUB(RtlULongPtrSub, ULONG_PTR)
NDIS_TIDY_SAFE_MULT(RtlUShortMult, USHORT)
NDIS_TIDY_SAFE_MULT(RtlULongMult, ULONG)
NDIS_TIDY_SAFE_MULT(RtlULongLongMult, ULONGLONG)
NDIS_TIDY_SAFE_MULT(RtlSizeTMult, SIZE_T)
NDIS_TIDY_SAFE_MULT(RtlULongPtrMult, ULONG_PTR)

#undef NDIS_TIDY_SAFE_ADD
#undef NDIS_TIDY_SAFE_SUB
#undef NDIS_TIDY_SAFE_MULT

/* Narrowing conversions. */
NDIS_TIDY_INLINE NTSTATUS RtlULongLongToULong(_In_ ULONGLONG Operand,
                                              _Out_ ULONG *Result)
{
    if (Operand > 0xFFFFFFFFULL) {
        *Result = 0;
        return STATUS_INTEGER_OVERFLOW;
    }
    *Result = (ULONG)Operand;
    return STATUS_SUCCESS;
}

NDIS_TIDY_INLINE NTSTATUS RtlSizeTToULong(_In_ SIZE_T Operand, _Out_ ULONG *Result)
{
    return RtlULongLongToULong((ULONGLONG)Operand, Result);
}

NDIS_TIDY_INLINE NTSTATUS RtlULongToUShort(_In_ ULONG Operand, _Out_ USHORT *Result)
{
    if (Operand > 0xFFFFU) {
        *Result = 0;
        return STATUS_INTEGER_OVERFLOW;
    }
    *Result = (USHORT)Operand;
    return STATUS_SUCCESS;
}

#endif /* NDIS_TIDY_STANDIN_NTINTSAFE_H */
