/*
 * ndis_double.h - a tracking test double of the NDIS calls miniport drivers
 * make, for running a driver's initialize and halt handlers natively (Linux,
 * clang or gcc, with ndis-tidy's stand-in headers: -idirafter
 * stand-in-headers).
 *
 * It is ndis-tidy's own small implementation, not NDIS: it keeps a record of
 * what a driver acquires and releases so that a harness can tell whether
 * the driver left an interrupt registered, released something twice, and
 * so on. What it models:
 *
 *  - Interrupts: NdisMRegisterInterruptEx returns NDIS_STATUS_SUCCESS and a
 *    fresh non-NULL handle (never reused, even across resets), or fails with
 *    NDIS_STATUS_RESOURCES when a failure is injected; on failure the
 *    handle location is left untouched. NdisMDeregisterInterruptEx of a
 *    handle that is not currently registered (NULL, never registered,
 *    already deregistered) is a bad deregistration;
 *    NdisMSynchronizeWithInterruptEx on one is misuse (it runs the function
 *    only for a registered interrupt).
 *  - Memory (NdisAllocateMemoryWithTagPriority, NdisAllocateMemoryWithTag,
 *    NdisFreeMemory...), I/O space mappings (NdisMMapIoSpace: the "registers"
 *    are zeroed host memory), shared memory (NdisMAllocateSharedMemory: NULL
 *    on failure) and scatter/gather DMA registrations: each release must
 *    match a live acquisition.
 *  - Releasing what an ISR uses while its interrupt is still registered:
 *    unmapping I/O space that was mapped before the registration, or
 *    freeing the MiniportInterruptContext, is counted as misuse (the ISR can
 *    run until NdisMDeregisterInterruptEx returns).
 *  - NdisMSetMiniportAttributes records the MiniportAdapterContext of the
 *    registration attributes: NDIS passes it to the halt handler.
 *  - Events: NdisWaitEvent returns TRUE at once if the event is set; if not,
 *    it models "the other side signals in time" (sets it, returns TRUE),
 *    unless timeouts are switched on with ndis_double_set_waits_time_out,
 *    in which case a wait with a finite timeout returns FALSE.
 *
 * Failure injection: every call that can fail (allocations, mappings,
 * registrations, NdisMSetMiniportAttributes, ...) is a "failable call";
 * ndis_double_fail_call(n) makes the n-th failable call after the last
 * reset fail. Calls the double does not need to model are no-ops.
 *
 * Problems are printed as they happen, one line each starting with
 * "  ndis-double: ", on standard output; NDIS_DOUBLE_TRACE=1 in the
 * environment also prints every call.
 */
#ifndef NDIS_TIDY_NDIS_DOUBLE_H
#define NDIS_TIDY_NDIS_DOUBLE_H

#include <ndis.h>

/* ---- Setting up a run ---------------------------------------------------- */

/* Forgets everything recorded (freeing what the driver left behind) and
 * clears the failure injection and the wait mode. */
void ndis_double_reset(void);

/* The n-th failable call after the last reset fails (1-based); 0: none. */
void ndis_double_fail_call(unsigned n);

/* Whether NdisWaitEvent with a finite timeout on an event nobody has set
 * times out (TRUE) or is signalled in time (FALSE, the default). */
void ndis_double_set_waits_time_out(BOOLEAN TimeOut);

/* ---- What a harness passes to the driver ---------------------------------- */

/* The NdisMiniportHandle NDIS gives MiniportInitializeEx. */
NDIS_HANDLE ndis_double_adapter_handle(void);

/* MiniportInitParameters with a PCI device's resources: one 4 KiB memory
 * BAR, one I/O port range and one line-based interrupt. */
PNDIS_MINIPORT_INIT_PARAMETERS ndis_double_init_parameters(void);

/* The MiniportAdapterContext the driver registered with
 * NdisMSetMiniportAttributes, or NULL if it did not. */
NDIS_HANDLE ndis_double_adapter_context(void);

/* ---- What happened since the last reset ----------------------------------- */

unsigned ndis_double_failable_calls(void);
/* Name of the call that failed by injection, or NULL. */
const char *ndis_double_failed_call(void);

unsigned ndis_double_live_interrupts(void);
unsigned ndis_double_bad_deregistrations(void);
/* Releases that match nothing live (double frees, wrong length ...) and
 * releases of what a still-registered ISR uses. */
unsigned ndis_double_misuses(void);

unsigned ndis_double_live_allocations(void);
unsigned ndis_double_live_mappings(void);
unsigned ndis_double_live_shared_memory(void);
unsigned ndis_double_live_dma(void);

#endif /* NDIS_TIDY_NDIS_DOUBLE_H */
