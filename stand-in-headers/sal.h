/*
 * sal.h - ndis-tidy stand-in for Microsoft's source-code annotation macros.
 *
 * Written for ndis-tidy from Microsoft's public SAL and driver-annotation
 * documentation, for static analysis only (no WDK text is reproduced).
 * Every annotation expands to nothing: ndis-tidy reads the code, not SAL.
 */
#ifndef NDIS_TIDY_STANDIN_SAL_H
#define NDIS_TIDY_STANDIN_SAL_H

/* ---- Parameter direction (SAL 2) -------------------------------------- */
#define _In_
#define _In_opt_
#define _In_z_
#define _In_opt_z_
#define _In_reads_(n)
#define _In_reads_opt_(n)
#define _In_reads_bytes_(n)
#define _In_reads_bytes_opt_(n)
#define _In_reads_z_(n)
#define _In_range_(lo, hi)
#define _Out_
#define _Out_opt_
#define _Out_writes_(n)
#define _Out_writes_opt_(n)
#define _Out_writes_bytes_(n)
#define _Out_writes_bytes_opt_(n)
#define _Out_writes_to_(n, c)
#define _Out_writes_to_opt_(n, c)
#define _Out_writes_bytes_to_(n, c)
#define _Out_writes_bytes_to_opt_(n, c)
#define _Out_writes_all_(n)
#define _Out_writes_bytes_all_(n)
#define _Out_writes_z_(n)
#define _Out_range_(lo, hi)
#define _Inout_
#define _Inout_opt_
#define _Inout_z_
#define _Inout_updates_(n)
#define _Inout_updates_opt_(n)
#define _Inout_updates_bytes_(n)
#define _Inout_updates_bytes_opt_(n)
#define _Inout_updates_to_(n, c)
#define _Outptr_
#define _Outptr_opt_
#define _Outptr_result_maybenull_
#define _Outptr_opt_result_maybenull_
#define _Outptr_result_nullonfailure_
#define _Outptr_result_buffer_(n)
#define _Outptr_result_bytebuffer_(n)
#define _Outptr_result_bytebuffer_maybenull_(n)
#define _Outptr_opt_result_buffer_(n)
#define _Outptr_opt_result_bytebuffer_(n)
#define _Outptr_opt_result_bytebuffer_maybenull_(n)
#define _Outptr_result_buffer_maybenull_(n)
#define _Outptr_result_z_
#define _Deref_out_
#define _Deref_out_opt_
#define _Deref_out_range_(lo, hi)
#define _Deref_in_range_(lo, hi)
#define _Deref_pre_readonly_
#define _Printf_format_string_
#define _Printf_format_string_params_(n)
#define _Reserved_
#define _Pre_notnull_
#define _Pre_maybenull_
#define _Pre_null_
#define _Pre_valid_
#define _Pre_readable_size_(n)
#define _Pre_writable_size_(n)
#define _Pre_satisfies_(c)
#define _Pre_defensive_
#define _Post_valid_
#define _Post_invalid_
#define _Post_ptr_invalid_
#define _Post_z_
#define _Post_null_
#define _Post_notnull_
#define _Post_maybenull_
#define _Post_readable_size_(n)
#define _Post_writable_byte_size_(n)
#define _Post_satisfies_(c)
#define _Post_equal_to_(v)
#define _Post_defensive_
#define _Frees_ptr_
#define _Frees_ptr_opt_
#define _Notnull_
#define _Maybenull_
#define _Null_terminated_
#define _NullNull_terminated_
#define _Literal_
#define _Notliteral_
#define _Const_
#define _Points_to_data_
#define _Readable_bytes_(n)
#define _Readable_elements_(n)
#define _Writable_bytes_(n)
#define _Writable_elements_(n)
#define _Strict_type_match_
#define _Unchanged_(e)

/* ---- Return values and results --------------------------------------- */
#define _Check_return_
#define _Must_inspect_result_
#define _Success_(expr)
#define _Return_type_success_(expr)
#define _Ret_maybenull_
#define _Ret_notnull_
#define _Ret_null_
#define _Ret_z_
#define _Ret_range_(lo, hi)
#define _Ret_writes_(n)
#define _Ret_writes_bytes_(n)
#define _Ret_writes_maybenull_(n)
#define _Ret_writes_bytes_maybenull_(n)
#define _Result_nullonfailure_
#define _Result_zeroonfailure_
#define _Always_(anno)
#define _On_failure_(anno)
#define _When_(cond, anno)
#define _Group_(anno)
#define _Use_decl_annotations_
#define _Analysis_assume_(expr)
#define _Analysis_mode_(mode)
#define _Analysis_noreturn_
#define _Inexpressible_(text)
#define _Enum_is_bitflag_
#define _Struct_size_bytes_(n)
#define _Field_size_(n)
#define _Field_size_opt_(n)
#define _Field_size_bytes_(n)
#define _Field_size_bytes_opt_(n)
#define _Field_size_part_(n, c)
#define _Field_size_bytes_part_(n, c)
#define _Field_range_(lo, hi)
#define _Field_z_
#define _Interlocked_
#define _Interlocked_operand_
#define _Raises_SEH_exception_
#define _Maybe_raises_SEH_exception_
#define _Function_class_(name)

/* ---- Locks ------------------------------------------------------------- */
#define _Acquires_lock_(l)
#define _Releases_lock_(l)
#define _Acquires_exclusive_lock_(l)
#define _Releases_exclusive_lock_(l)
#define _Acquires_shared_lock_(l)
#define _Releases_shared_lock_(l)
#define _Requires_lock_held_(l)
#define _Requires_lock_not_held_(l)
#define _Requires_exclusive_lock_held_(l)
#define _Requires_shared_lock_held_(l)
#define _Requires_no_locks_held_
#define _Guarded_by_(l)
#define _Write_guarded_by_(l)
#define _Has_lock_kind_(k)
#define _Lock_kind_spin_lock_
#define _Create_lock_level_(n)
#define _Lock_level_order_(a, b)
#define _No_competing_thread_
#define _Benign_race_begin_
#define _Benign_race_end_

/* ---- Kernel-driver annotations (IRQL and friends) ---------------------- */
#define _IRQL_requires_(irql)
#define _IRQL_requires_max_(irql)
#define _IRQL_requires_min_(irql)
#define _IRQL_requires_same_
#define _IRQL_raises_(irql)
#define _IRQL_saves_
#define _IRQL_restores_
#define _IRQL_saves_global_(kind, param)
#define _IRQL_restores_global_(kind, param)
#define _IRQL_always_function_max_(irql)
#define _IRQL_always_function_min_(irql)
#define _IRQL_is_cancel_
#define _IRQL_uses_cancel_
#define _IRQL_lowers_to_(irql)
#define _Kernel_requires_resource_held_(r)
#define _Kernel_requires_resource_not_held_(r)
#define _Kernel_acquires_resource_(r)
#define _Kernel_releases_resource_(r)
#define _Kernel_clear_do_init_(yesno)
#define _Kernel_float_saved_
#define _Kernel_float_restored_
#define _Kernel_float_used_
#define _Dispatch_type_(t)
#define _Drv_aliasesMem_
#define _Drv_freesMem_(kind)
#define _Drv_allocatesMem_(kind)

/* ---- Legacy SAL 1 and __drv_ annotations ------------------------------- */
#define __in
#define __in_opt
#define __in_z
#define __in_bcount(n)
#define __in_bcount_opt(n)
#define __in_ecount(n)
#define __in_ecount_opt(n)
#define __out
#define __out_opt
#define __out_bcount(n)
#define __out_bcount_opt(n)
#define __out_bcount_part(n, c)
#define __out_ecount(n)
#define __out_ecount_opt(n)
#define __out_ecount_part(n, c)
#define __out_xcount(n)
#define __inout
#define __inout_opt
#define __inout_bcount(n)
#define __inout_ecount(n)
#define __deref_out
#define __deref_out_opt
#define __deref_inout
#define __deref_out_bcount(n)
#define __checkReturn
#define __success(expr)
#define __bcount(n)
#define __ecount(n)
#define __field_bcount(n)
#define __field_ecount(n)
#define __field_range(lo, hi)
#define __nullterminated
#define __reserved
#define __format_string
#define __callback
#define __range(lo, hi)
#define __drv_requiresIRQL(irql)
#define __drv_maxIRQL(irql)
#define __drv_minIRQL(irql)
#define __drv_raisesIRQL(irql)
#define __drv_setsIRQL(irql)
#define __drv_savesIRQL
#define __drv_restoresIRQL
#define __drv_savesIRQLGlobal(kind, param)
#define __drv_restoresIRQLGlobal(kind, param)
#define __drv_sameIRQL
#define __drv_useCancelIRQL
#define __drv_isCancelIRQL
#define __drv_maxFunctionIRQL(irql)
#define __drv_minFunctionIRQL(irql)
#define __drv_dispatchType(t)
#define __drv_dispatchType_other
#define __drv_functionClass(name)
#define __drv_when(cond, anno)
#define __drv_allocatesMem(kind)
#define __drv_freesMem(kind)
#define __drv_aliasesMem
#define __drv_acquiresResource(r)
#define __drv_releasesResource(r)
#define __drv_acquiresExclusiveResource(r)
#define __drv_releasesExclusiveResource(r)
#define __drv_mustHold(r)
#define __drv_mustHoldCriticalRegion
#define __drv_neverHold(r)
#define __drv_preferredFunction(f, why)
#define __drv_reportError(why)
#define __drv_clearDoInit(yesno)
#define __drv_valueIs(v)
#define __drv_strictType(t, mode)
#define __drv_strictTypeMatch(mode)
#define __drv_in(anno)
#define __drv_out(anno)
#define __drv_in_deref(anno)
#define __drv_out_deref(anno)
#define __drv_arg(arg, anno)
#define __drv_isObjectPointer
#define __drv_nonConstant
#define __drv_constant
#define __drv_interlocked
#define __drv_inTry
#define __drv_notInTry
#define __drv_floatSaved
#define __drv_floatRestored
#define __drv_floatUsed

/* ---- Old-style parameter markers --------------------------------------- */
#ifndef IN
#define IN
#endif
#ifndef OUT
#define OUT
#endif
#ifndef OPTIONAL
#define OPTIONAL
#endif

#endif /* NDIS_TIDY_STANDIN_SAL_H */
