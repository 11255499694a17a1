/*
 * acpiioct.h - ndis-tidy stand-in for the ACPI method-evaluation IOCTL
 * interface (IOCTL_ACPI_EVAL_METHOD and its buffers).
 *
 * Written for ndis-tidy from Microsoft's public documentation, for static
 * analysis only.
 */
#ifndef NDIS_TIDY_STANDIN_ACPIIOCT_H
#define NDIS_TIDY_STANDIN_ACPIIOCT_H

#include "ntdef.h"

/* CTL_CODE(FILE_DEVICE_ACPI, function, METHOD_xxx, FILE_xxx_ACCESS). */
#define NDIS_TIDY_ACPI_CTL_CODE(Function, Method, Access)                  \
    ((0x00000032UL << 16) | ((ULONG)(Access) << 14) | ((ULONG)(Function) << 2) | \
     (ULONG)(Method))
#define IOCTL_ACPI_ASYNC_EVAL_METHOD NDIS_TIDY_ACPI_CTL_CODE(0, 2, 3)
#define IOCTL_ACPI_EVAL_METHOD NDIS_TIDY_ACPI_CTL_CODE(0, 0, 0)
#define IOCTL_ACPI_EVAL_METHOD_EX NDIS_TIDY_ACPI_CTL_CODE(5, 0, 0)

#define ACPI_EVAL_INPUT_BUFFER_SIGNATURE 0x42696541UL
#define ACPI_EVAL_INPUT_BUFFER_SIMPLE_INTEGER_SIGNATURE 0x49696541UL
#define ACPI_EVAL_INPUT_BUFFER_SIMPLE_STRING_SIGNATURE 0x53696541UL
#define ACPI_EVAL_INPUT_BUFFER_COMPLEX_SIGNATURE 0x43696541UL
#define ACPI_EVAL_OUTPUT_BUFFER_SIGNATURE 0x426F6541UL

#define ACPI_METHOD_ARGUMENT_INTEGER 0x0
#define ACPI_METHOD_ARGUMENT_STRING 0x1
#define ACPI_METHOD_ARGUMENT_BUFFER 0x2
#define ACPI_METHOD_ARGUMENT_PACKAGE 0x3
#define ACPI_METHOD_ARGUMENT_PACKAGE_EX 0x4

typedef struct _ACPI_EVAL_INPUT_BUFFER {
    ULONG Signature;
    union {
        UCHAR MethodName[4];
        ULONG MethodNameAsUlong;
    };
} ACPI_EVAL_INPUT_BUFFER, *PACPI_EVAL_INPUT_BUFFER;

typedef struct _ACPI_EVAL_INPUT_BUFFER_SIMPLE_INTEGER {
    ULONG Signature;
    union {
        UCHAR MethodName[4];
        ULONG MethodNameAsUlong;
    };
    ULONG IntegerArgument;
} ACPI_EVAL_INPUT_BUFFER_SIMPLE_INTEGER, *PACPI_EVAL_INPUT_BUFFER_SIMPLE_INTEGER;

typedef struct _ACPI_METHOD_ARGUMENT {
    USHORT Type;
    USHORT DataLength;
    union {
        ULONG Argument;
        UCHAR Data[ANYSIZE_ARRAY];
    };
} ACPI_METHOD_ARGUMENT, *PACPI_METHOD_ARGUMENT;

typedef struct _ACPI_EVAL_INPUT_BUFFER_COMPLEX {
    ULONG Signature;
    union {
        UCHAR MethodName[4];
        ULONG MethodNameAsUlong;
    };
    ULONG Size;
    ULONG ArgumentCount;
    ACPI_METHOD_ARGUMENT Argument[ANYSIZE_ARRAY];
} ACPI_EVAL_INPUT_BUFFER_COMPLEX, *PACPI_EVAL_INPUT_BUFFER_COMPLEX;

typedef struct _ACPI_EVAL_OUTPUT_BUFFER {
    ULONG Signature;
    ULONG Length;
    ULONG Count;
    ACPI_METHOD_ARGUMENT Argument[ANYSIZE_ARRAY];
} ACPI_EVAL_OUTPUT_BUFFER, *PACPI_EVAL_OUTPUT_BUFFER;

#define ACPI_METHOD_NEXT_ARGUMENT(Argument)                                \
    ((PACPI_METHOD_ARGUMENT)((PUCHAR)(Argument) +                          \
                             FIELD_OFFSET(ACPI_METHOD_ARGUMENT, Data) +    \
                             (Argument)->DataLength))

#endif /* NDIS_TIDY_STANDIN_ACPIIOCT_H */
