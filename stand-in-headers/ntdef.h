/*
 * ntdef.h - ndis-tidy stand-in for the basic NT kernel types.
 *
 * Written for ndis-tidy from Microsoft's public documentation of the
 * Windows data types and kernel structures, for static analysis only.
 * It is not the WDK header and reproduces none of its text.  Sizes follow
 * the target: 32-bit LONG/ULONG everywhere (int on LP64 hosts, long on
 * LLP64 Windows targets), pointer-sized ULONG_PTR/SIZE_T.  Nothing here
 * includes a C library header, so it works with no system headers at all.
 */
#ifndef NDIS_TIDY_STANDIN_NTDEF_H
#define NDIS_TIDY_STANDIN_NTDEF_H

#include "sal.h"

/* ---- C / C++ linkage -------------------------------------------------- */
#ifdef __cplusplus
#define EXTERN_C extern "C"
#define EXTERN_C_START extern "C" {
#define EXTERN_C_END }
#else
#define EXTERN_C extern
#define EXTERN_C_START
#define EXTERN_C_END
#endif

/* Functions declared by the stand-in that also exist in the C library
 * (memset, memcpy, ...) must match a later <string.h> in C++. */
#ifdef __cplusplus
#if __cplusplus >= 201103L
#define NDIS_TIDY_NOTHROW noexcept
#else
#define NDIS_TIDY_NOTHROW throw()
#endif
#else
#define NDIS_TIDY_NOTHROW
#endif

/* Helpers defined in these headers are static inline so that an unused
 * one never produces a warning or a duplicate symbol. */
#define NDIS_TIDY_INLINE static __inline__

/* ---- Calling conventions and storage-class decorations -----------------
 * They only mean something on Windows targets; on other hosts they expand
 * to nothing so that GNU-mode compiles stay warning-free. */
#if defined(_MSC_VER) || defined(_WIN32)
#define NDIS_TIDY_WINDOWS_TARGET 1
#define NTAPI __stdcall
#define FASTCALL __fastcall
#define DECLSPEC_IMPORT __declspec(dllimport)
#define DECLSPEC_NORETURN __declspec(noreturn)
#define DECLSPEC_NOINLINE __declspec(noinline)
#define DECLSPEC_SELECTANY __declspec(selectany)
#define DECLSPEC_ALIGN(x) __declspec(align(x))
#define UNALIGNED __unaligned
#else
#define NDIS_TIDY_WINDOWS_TARGET 0
#ifndef __stdcall
#define __stdcall
#endif
#ifndef __cdecl
#define __cdecl
#endif
#ifndef __fastcall
#define __fastcall
#endif
#define NTAPI
#define FASTCALL
#define DECLSPEC_IMPORT
#define DECLSPEC_NORETURN __attribute__((__noreturn__))
#define DECLSPEC_NOINLINE __attribute__((__noinline__))
#define DECLSPEC_SELECTANY __attribute__((__weak__))
#define DECLSPEC_ALIGN(x) __attribute__((__aligned__(x)))
#define UNALIGNED
#endif

#ifndef FORCEINLINE
#if defined(_MSC_VER)
#define FORCEINLINE __forceinline
#else
#define FORCEINLINE __inline__
#endif
#endif

#define NTSYSAPI
#define NTSYSCALLAPI
#define NTKERNELAPI
#define NTHALAPI
#define CONST const
#define RESTRICTED_POINTER
#define POINTER_64
#define POINTER_32
#define NOP_FUNCTION ((void)0)

/* ---- Integer types -----------------------------------------------------
 * LONG/ULONG are 32 bits on every target: "long" where long is 32 bits
 * (Windows), "int" elsewhere (LP64 Linux and macOS). */
#define VOID void
typedef void *PVOID;
typedef void **PPVOID;
typedef char CHAR;
typedef short SHORT;
typedef short CSHORT;
typedef int INT;
typedef unsigned int UINT;
typedef unsigned char UCHAR;
typedef unsigned short USHORT;
typedef signed char SCHAR;
#if defined(_MSC_VER) || (defined(__SIZEOF_LONG__) && __SIZEOF_LONG__ == 4)
typedef long LONG;
typedef unsigned long ULONG;
#else
typedef int LONG;
typedef unsigned int ULONG;
#endif
typedef ULONG CLONG;
typedef long long LONGLONG;
typedef unsigned long long ULONGLONG;
typedef long long LONG64;
typedef unsigned long long ULONG64;
typedef unsigned long long DWORD64;
typedef long long INT64;
typedef unsigned long long UINT64;
typedef int INT32;
typedef unsigned int UINT32;
typedef int LONG32;
typedef unsigned int ULONG32;
typedef short INT16;
typedef unsigned short UINT16;
typedef signed char INT8;
typedef unsigned char UINT8;

typedef CHAR *PCHAR;
typedef SHORT *PSHORT;
typedef INT *PINT;
typedef UINT *PUINT;
typedef UCHAR *PUCHAR;
typedef USHORT *PUSHORT;
typedef LONG *PLONG;
typedef ULONG *PULONG;
typedef CLONG *PCLONG;
typedef LONGLONG *PLONGLONG;
typedef ULONGLONG *PULONGLONG;
typedef LONG64 *PLONG64;
typedef ULONG64 *PULONG64;
typedef const UCHAR *PCUCHAR;
typedef const USHORT *PCUSHORT;
typedef const ULONG *PCULONG;

/* Pointer-sized integers: 64 bits on 64-bit targets, 32 bits otherwise. */
typedef __UINTPTR_TYPE__ ULONG_PTR;
typedef __INTPTR_TYPE__ LONG_PTR;
typedef __UINTPTR_TYPE__ UINT_PTR;
typedef __INTPTR_TYPE__ INT_PTR;
typedef ULONG_PTR DWORD_PTR;
typedef ULONG_PTR *PULONG_PTR;
typedef LONG_PTR *PLONG_PTR;
typedef ULONG_PTR KAFFINITY;
typedef KAFFINITY *PKAFFINITY;

/* size_t comes from the compiler itself so that it matches the built-in
 * memset/memcpy prototypes in every mode. */
#ifndef _SIZE_T_DEFINED
#define _SIZE_T_DEFINED
typedef __SIZE_TYPE__ size_t;
#endif
typedef __SIZE_TYPE__ SIZE_T;
typedef SIZE_T *PSIZE_T;
typedef __PTRDIFF_TYPE__ SSIZE_T;
typedef SSIZE_T *PSSIZE_T;

typedef UCHAR BOOLEAN;
typedef BOOLEAN *PBOOLEAN;
typedef int BOOL;
typedef UCHAR BYTE;
typedef USHORT WORD;
typedef ULONG DWORD;
typedef DWORD *PDWORD;

#ifndef FALSE
#define FALSE 0
#endif
#ifndef TRUE
#define TRUE 1
#endif
#ifndef NULL
#ifdef __cplusplus
#define NULL 0
#else
#define NULL ((void *)0)
#endif
#endif

#define MAXUCHAR 0xff
#define MAXUSHORT 0xffff
#define MAXULONG 0xffffffffU
#define MAXLONG 0x7fffffff
#define MINLONG (-MAXLONG - 1)
#define MAXLONGLONG 0x7fffffffffffffffLL
#define MAXULONGLONG 0xffffffffffffffffULL
#define MAXULONG_PTR (~((ULONG_PTR)0))
#define MAXLONG_PTR ((LONG_PTR)(MAXULONG_PTR >> 1))

/* ---- Characters and strings ------------------------------------------- */
#if !defined(__cplusplus) && !defined(_WCHAR_T_DEFINED)
#define _WCHAR_T_DEFINED
typedef __WCHAR_TYPE__ wchar_t;
#endif
typedef wchar_t WCHAR;
typedef WCHAR *PWCHAR, *PWCH, *PWSTR, *LPWSTR;
typedef const WCHAR *PCWCH, *PCWSTR, *LPCWSTR;
typedef CHAR *PSTR, *LPSTR, *PCH;
typedef const CHAR *PCSTR, *LPCSTR, *PCCH, *PCSZ;

typedef struct _UNICODE_STRING {
    USHORT Length;        /* bytes in use, without a terminating NUL */
    USHORT MaximumLength; /* bytes allocated for Buffer */
    PWSTR Buffer;
} UNICODE_STRING, *PUNICODE_STRING;
typedef const UNICODE_STRING *PCUNICODE_STRING;

typedef struct _STRING {
    USHORT Length;
    USHORT MaximumLength;
    PCHAR Buffer;
} STRING, *PSTRING, ANSI_STRING, *PANSI_STRING, OEM_STRING, *POEM_STRING;
typedef const STRING *PCANSI_STRING;

/* ---- Status codes ------------------------------------------------------ */
typedef LONG NTSTATUS;
typedef NTSTATUS *PNTSTATUS;

#define NT_SUCCESS(Status) (((NTSTATUS)(Status)) >= 0)
#define NT_INFORMATION(Status) ((((ULONG)(Status)) >> 30) == 1)
#define NT_WARNING(Status) ((((ULONG)(Status)) >> 30) == 2)
#define NT_ERROR(Status) ((((ULONG)(Status)) >> 30) == 3)

#define STATUS_SUCCESS ((NTSTATUS)0x00000000L)
#define STATUS_TIMEOUT ((NTSTATUS)0x00000102L)
#define STATUS_PENDING ((NTSTATUS)0x00000103L)
#define STATUS_BUFFER_OVERFLOW ((NTSTATUS)0x80000005L)
#define STATUS_NO_MORE_ENTRIES ((NTSTATUS)0x8000001AL)
#define STATUS_UNSUCCESSFUL ((NTSTATUS)0xC0000001L)
#define STATUS_NOT_IMPLEMENTED ((NTSTATUS)0xC0000002L)
#define STATUS_INVALID_PARAMETER ((NTSTATUS)0xC000000DL)
#define STATUS_INVALID_DEVICE_REQUEST ((NTSTATUS)0xC0000010L)
#define STATUS_NO_MEMORY ((NTSTATUS)0xC0000017L)
#define STATUS_ACCESS_DENIED ((NTSTATUS)0xC0000022L)
#define STATUS_BUFFER_TOO_SMALL ((NTSTATUS)0xC0000023L)
#define STATUS_OBJECT_NAME_NOT_FOUND ((NTSTATUS)0xC0000034L)
#define STATUS_INTEGER_OVERFLOW ((NTSTATUS)0xC0000095L)
#define STATUS_INSUFFICIENT_RESOURCES ((NTSTATUS)0xC000009AL)
#define STATUS_DEVICE_NOT_READY ((NTSTATUS)0xC00000A3L)
#define STATUS_NOT_SUPPORTED ((NTSTATUS)0xC00000BBL)
#define STATUS_CANCELLED ((NTSTATUS)0xC0000120L)
#define STATUS_NOT_FOUND ((NTSTATUS)0xC0000225L)
#define STATUS_DEVICE_REMOVED ((NTSTATUS)0xC00002B6L)
#define STATUS_NDIS_MEDIA_DISCONNECTED ((NTSTATUS)0xC023001FL)
#define STATUS_NDIS_PAUSED ((NTSTATUS)0xC023002AL)

/* ---- 64-bit values and physical addresses ------------------------------ */
typedef union _LARGE_INTEGER {
    struct {
        ULONG LowPart;
        LONG HighPart;
    };
    struct {
        ULONG LowPart;
        LONG HighPart;
    } u;
    LONGLONG QuadPart;
} LARGE_INTEGER, *PLARGE_INTEGER;

typedef union _ULARGE_INTEGER {
    struct {
        ULONG LowPart;
        ULONG HighPart;
    };
    struct {
        ULONG LowPart;
        ULONG HighPart;
    } u;
    ULONGLONG QuadPart;
} ULARGE_INTEGER, *PULARGE_INTEGER;

typedef LARGE_INTEGER PHYSICAL_ADDRESS, *PPHYSICAL_ADDRESS;

/* ---- Doubly and singly linked lists ------------------------------------ */
typedef struct _LIST_ENTRY {
    struct _LIST_ENTRY *Flink;
    struct _LIST_ENTRY *Blink;
} LIST_ENTRY, *PLIST_ENTRY, *PRLIST_ENTRY;

typedef struct _SINGLE_LIST_ENTRY {
    struct _SINGLE_LIST_ENTRY *Next;
} SINGLE_LIST_ENTRY, *PSINGLE_LIST_ENTRY;

typedef SINGLE_LIST_ENTRY SLIST_ENTRY, *PSLIST_ENTRY;

/* Interlocked S-list head: 16 bytes on 64-bit targets, 8 on 32-bit. */
typedef union DECLSPEC_ALIGN(2 * sizeof(void *)) _SLIST_HEADER {
    ULONGLONG Alignment;
    struct {
        ULONGLONG Alignment;
        ULONGLONG Region;
    } HeaderX64;
    SLIST_ENTRY Next;
} SLIST_HEADER, *PSLIST_HEADER;

/* ---- GUIDs ------------------------------------------------------------- */
#ifndef GUID_DEFINED
#define GUID_DEFINED
typedef struct _GUID {
    ULONG Data1;
    USHORT Data2;
    USHORT Data3;
    UCHAR Data4[8];
} GUID;
#endif
typedef GUID *LPGUID, *PGUID;
typedef const GUID *LPCGUID, *PCGUID;

/* DEFINE_GUID declares the GUID, or defines it when INITGUID is set (see
 * initguid.h). */
#ifdef DEFINE_GUID
#undef DEFINE_GUID
#endif
#ifdef INITGUID
#ifdef __cplusplus
#define DEFINE_GUID(name, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8)       \
    EXTERN_C const GUID DECLSPEC_SELECTANY name = {                        \
        l, w1, w2, { b1, b2, b3, b4, b5, b6, b7, b8 } }
#else
#define DEFINE_GUID(name, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8)       \
    const GUID DECLSPEC_SELECTANY name = {                                 \
        l, w1, w2, { b1, b2, b3, b4, b5, b6, b7, b8 } }
#endif
#else
#define DEFINE_GUID(name, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8)       \
    EXTERN_C const GUID name
#endif

/* ---- Processor groups -------------------------------------------------- */
typedef struct _PROCESSOR_NUMBER {
    USHORT Group;
    UCHAR Number;
    UCHAR Reserved;
} PROCESSOR_NUMBER, *PPROCESSOR_NUMBER;

typedef struct _GROUP_AFFINITY {
    KAFFINITY Mask;
    USHORT Group;
    USHORT Reserved[3];
} GROUP_AFFINITY, *PGROUP_AFFINITY;

/* ---- Structure layout helpers ------------------------------------------ */
#define ANYSIZE_ARRAY 1
#define FIELD_OFFSET(type, field) ((LONG)__builtin_offsetof(type, field))
#define UFIELD_OFFSET(type, field) ((ULONG)__builtin_offsetof(type, field))
#define RTL_FIELD_SIZE(type, field) (sizeof(((type *)0)->field))
#define RTL_SIZEOF_THROUGH_FIELD(type, field)                              \
    (FIELD_OFFSET(type, field) + RTL_FIELD_SIZE(type, field))
#define RTL_CONTAINS_FIELD(Struct, Size, Field)                            \
    ((((PCHAR)(&(Struct)->Field)) + sizeof((Struct)->Field)) <=            \
     (((PCHAR)(Struct)) + (Size)))
#define RTL_NUMBER_OF(A) (sizeof(A) / sizeof((A)[0]))
#define RTL_NUMBER_OF_V1(A) RTL_NUMBER_OF(A)
#define RTL_NUMBER_OF_V2(A) RTL_NUMBER_OF(A)
#ifndef ARRAYSIZE
#define ARRAYSIZE(A) RTL_NUMBER_OF(A)
#endif
#define CONTAINING_RECORD(address, type, field)                            \
    ((type *)((PCHAR)(address) - (ULONG_PTR)FIELD_OFFSET(type, field)))
#define RtlOffsetToPointer(Base, Offset)                                   \
    ((PCHAR)(((PCHAR)(Base)) + ((ULONG_PTR)(Offset))))
#define RtlPointerToOffset(Base, Pointer)                                  \
    ((ULONG)(((PCHAR)(Pointer)) - ((PCHAR)(Base))))
#define ALIGN_DOWN_BY(length, alignment)                                   \
    ((ULONG_PTR)(length) & ~((ULONG_PTR)(alignment) - 1))
#define ALIGN_UP_BY(length, alignment)                                     \
    (ALIGN_DOWN_BY(((ULONG_PTR)(length) + (alignment) - 1), alignment))
#define ALIGN_DOWN_POINTER_BY(address, alignment)                          \
    ((PVOID)ALIGN_DOWN_BY((ULONG_PTR)(address), alignment))
#define ALIGN_UP_POINTER_BY(address, alignment)                            \
    ((PVOID)ALIGN_UP_BY((ULONG_PTR)(address), alignment))

/* ---- Pointer / integer conversions ------------------------------------- */
#define PtrToUlong(p) ((ULONG)(ULONG_PTR)(p))
#define PtrToLong(p) ((LONG)(LONG_PTR)(p))
#define PtrToUint(p) ((UINT)(UINT_PTR)(p))
#define PtrToUshort(p) ((USHORT)(ULONG_PTR)(p))
#define UlongToPtr(ul) ((PVOID)(ULONG_PTR)(ul))
#define ULongToPtr(ul) UlongToPtr(ul)
#define LongToPtr(l) ((PVOID)(LONG_PTR)(l))
#define UintToPtr(u) ((PVOID)(UINT_PTR)(u))
#define HandleToUlong(h) ((ULONG)(ULONG_PTR)(h))
#define UlongToHandle(ul) ((HANDLE)(ULONG_PTR)(ul))

typedef PVOID HANDLE;
typedef HANDLE *PHANDLE;

/* ---- Compile-time checks and unused names ------------------------------ */
#ifdef __cplusplus
#define C_ASSERT(e) static_assert((e), #e)
#else
#define C_ASSERT(e) _Static_assert((e), #e)
#endif
#define UNREFERENCED_PARAMETER(P) ((void)(P))
#define DBG_UNREFERENCED_PARAMETER(P) ((void)(P))
#define DBG_UNREFERENCED_LOCAL_VARIABLE(V) ((void)(V))
#define UNREFERENCED_LOCAL_VARIABLE(V) ((void)(V))

#ifndef DBG
#define DBG 0
#endif

#endif /* NDIS_TIDY_STANDIN_NTDEF_H */
