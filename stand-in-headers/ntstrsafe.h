/*
 * ntstrsafe.h - ndis-tidy stand-in for the kernel-mode safe string
 * functions (RtlStringCbCopyA, RtlStringCbPrintfA, ...).
 *
 * Written for ndis-tidy from Microsoft's public documentation, for static
 * analysis only.  Only declarations: the documented prototypes.
 */
#ifndef NDIS_TIDY_STANDIN_NTSTRSAFE_H
#define NDIS_TIDY_STANDIN_NTSTRSAFE_H

#include "ntdef.h"

#define NTSTRSAFE_MAX_CCH 2147483647
#define STRSAFE_IGNORE_NULLS 0x00000100
#define STRSAFE_FILL_BEHIND_NULL 0x00000200
#define STRSAFE_FILL_ON_FAILURE 0x00000400
#define STRSAFE_NULL_ON_FAILURE 0x00000800
#define STRSAFE_NO_TRUNCATION 0x00001000

typedef char *NTSTRSAFE_PSTR;
typedef const char *NTSTRSAFE_PCSTR;
typedef wchar_t *NTSTRSAFE_PWSTR;
typedef const wchar_t *NTSTRSAFE_PCWSTR;

EXTERN_C_START

/* Byte-count (Cb) variants. */
NTSTATUS NTAPI RtlStringCbCopyA(_Out_writes_bytes_(cbDest) NTSTRSAFE_PSTR pszDest,
                                _In_ size_t cbDest, _In_ NTSTRSAFE_PCSTR pszSrc);
NTSTATUS NTAPI RtlStringCbCopyW(_Out_writes_bytes_(cbDest) NTSTRSAFE_PWSTR pszDest,
                                _In_ size_t cbDest, _In_ NTSTRSAFE_PCWSTR pszSrc);
NTSTATUS NTAPI RtlStringCbCopyNA(NTSTRSAFE_PSTR pszDest, size_t cbDest,
                                 NTSTRSAFE_PCSTR pszSrc, size_t cbToCopy);
NTSTATUS NTAPI RtlStringCbCatA(_Inout_updates_bytes_(cbDest) NTSTRSAFE_PSTR pszDest,
                               _In_ size_t cbDest, _In_ NTSTRSAFE_PCSTR pszSrc);
NTSTATUS NTAPI RtlStringCbCatW(_Inout_updates_bytes_(cbDest) NTSTRSAFE_PWSTR pszDest,
                               _In_ size_t cbDest, _In_ NTSTRSAFE_PCWSTR pszSrc);
NTSTATUS __cdecl RtlStringCbPrintfA(_Out_writes_bytes_(cbDest) NTSTRSAFE_PSTR pszDest,
                                    _In_ size_t cbDest,
                                    _In_ _Printf_format_string_ NTSTRSAFE_PCSTR pszFormat,
                                    ...);
NTSTATUS __cdecl RtlStringCbPrintfW(_Out_writes_bytes_(cbDest) NTSTRSAFE_PWSTR pszDest,
                                    _In_ size_t cbDest,
                                    _In_ _Printf_format_string_ NTSTRSAFE_PCWSTR pszFormat,
                                    ...);
NTSTATUS __cdecl RtlStringCbPrintfExA(
    _Out_writes_bytes_(cbDest) NTSTRSAFE_PSTR pszDest, _In_ size_t cbDest,
    _Outptr_opt_result_bytebuffer_(*pcbRemaining) NTSTRSAFE_PSTR *ppszDestEnd,
    _Out_opt_ size_t *pcbRemaining, _In_ ULONG dwFlags,
    _In_ _Printf_format_string_ NTSTRSAFE_PCSTR pszFormat, ...);
NTSTATUS NTAPI RtlStringCbLengthA(_In_ NTSTRSAFE_PCSTR psz, _In_ size_t cbMax,
                                  _Out_opt_ size_t *pcbLength);
NTSTATUS NTAPI RtlStringCbLengthW(_In_ NTSTRSAFE_PCWSTR psz, _In_ size_t cbMax,
                                  _Out_opt_ size_t *pcbLength);

/* Character-count (Cch) variants. */
NTSTATUS NTAPI RtlStringCchCopyA(NTSTRSAFE_PSTR pszDest, size_t cchDest,
                                 NTSTRSAFE_PCSTR pszSrc);
NTSTATUS NTAPI RtlStringCchCopyW(NTSTRSAFE_PWSTR pszDest, size_t cchDest,
                                 NTSTRSAFE_PCWSTR pszSrc);
NTSTATUS NTAPI RtlStringCchCatA(NTSTRSAFE_PSTR pszDest, size_t cchDest,
                                NTSTRSAFE_PCSTR pszSrc);
NTSTATUS NTAPI RtlStringCchCatW(NTSTRSAFE_PWSTR pszDest, size_t cchDest,
                                NTSTRSAFE_PCWSTR pszSrc);
NTSTATUS __cdecl RtlStringCchPrintfA(NTSTRSAFE_PSTR pszDest, size_t cchDest,
                                     NTSTRSAFE_PCSTR pszFormat, ...);
NTSTATUS __cdecl RtlStringCchPrintfW(NTSTRSAFE_PWSTR pszDest, size_t cchDest,
                                     NTSTRSAFE_PCWSTR pszFormat, ...);
NTSTATUS NTAPI RtlStringCchLengthA(NTSTRSAFE_PCSTR psz, size_t cchMax,
                                   size_t *pcchLength);
NTSTATUS NTAPI RtlStringCchLengthW(NTSTRSAFE_PCWSTR psz, size_t cchMax,
                                   size_t *pcchLength);

/* UNICODE_STRING variants. */
NTSTATUS NTAPI RtlUnicodeStringCopy(_Inout_ PUNICODE_STRING DestinationString,
                                    _In_ PCUNICODE_STRING SourceString);
NTSTATUS NTAPI RtlUnicodeStringCat(_Inout_ PUNICODE_STRING DestinationString,
                                   _In_ PCUNICODE_STRING SourceString);
NTSTATUS __cdecl RtlUnicodeStringPrintf(_In_ PUNICODE_STRING DestinationString,
                                        _In_ NTSTRSAFE_PCWSTR pszFormat, ...);

EXTERN_C_END

#endif /* NDIS_TIDY_STANDIN_NTSTRSAFE_H */
