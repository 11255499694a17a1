/*
 * run_driver.c - runs one miniport driver's initialize and halt handlers
 * natively against the NDIS test double (ndis_double.c), failing each
 * failable call initialize makes in turn, and checks the interrupt rule:
 *
 *  - when initialize fails, no interrupt registration is left live;
 *  - when it succeeds, halt leaves none live, whatever the halt action and
 *    whether or not the waits in halt time out;
 *  - no NdisMDeregisterInterruptEx of a handle that is not registered, and
 *    no other misuse the double detects.
 *
 * Build (the driver's static handlers are reached by including its source
 * into this translation unit):
 *
 *   clang -idirafter stand-in-headers \
 *       '-DDRIVER_SOURCE="path/to/miniport.c"' \
 *       -DINIT_HANDLER=MPInitializeEx -DHALT_HANDLER=MPHaltEx \
 *       test/runtime/run_driver.c test/runtime/ndis_double.c -o run
 *
 * DRIVER_SOURCE is #included from this file's directory: give an absolute
 * path (or add -I for the directory it is relative to). INIT_HANDLER and
 * HALT_HANDLER default to MPInitializeEx and MPHaltEx.
 * The driver is compiled with NDIS_TIDY_RUNTIME_TEST defined.
 *
 * Each run happens in a child process, so that a crash or a hang in the
 * driver is reported for the scenario it happened in. Output: one line per
 * run, then a summary; exit status 0 when every run passed, 1 otherwise,
 * 2 when the harness could not run the driver at all.
 *
 * As a lit test of its own, it only checks that it compiles with a driver;
 * runtime-proof.test runs it.
 */
// RUN: %clang -fsyntax-only -Wall -Wextra -idirafter %stand_in_headers '-DDRIVER_SOURCE="%S/../../examples/correct-miniport/miniport.c"' %s
#define _POSIX_C_SOURCE 200809L /* fork, waitpid, alarm */
#define NDIS_TIDY_RUNTIME_TEST 1

#include DRIVER_SOURCE

#include "ndis_double.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef INIT_HANDLER
#define INIT_HANDLER MPInitializeEx
#endif
#ifndef HALT_HANDLER
#define HALT_HANDLER MPHaltEx
#endif
#define RUN_STRINGIFY2(x) #x
#define RUN_STRINGIFY(x) RUN_STRINGIFY2(x)

/* Seconds one run may take before it counts as hung. */
#ifndef RUN_TIMEOUT_SECONDS
#define RUN_TIMEOUT_SECONDS 10
#endif

static const struct {
    NDIS_HALT_ACTION Action;
    const char *Name;
} HaltActions[] = {
    {NdisHaltDeviceDisabled, "NdisHaltDeviceDisabled"},
    {NdisHaltDeviceInstanceDeInitialized, "NdisHaltDeviceInstanceDeInitialized"},
    {NdisHaltDevicePoweredDown, "NdisHaltDevicePoweredDown"},
    {NdisHaltDeviceSurpriseRemoved, "NdisHaltDeviceSurpriseRemoved"},
    {NdisHaltDeviceFailed, "NdisHaltDeviceFailed"},
    {NdisHaltDeviceInitializationFailed, "NdisHaltDeviceInitializationFailed"},
    {NdisHaltDeviceStopped, "NdisHaltDeviceStopped"},
};
#define NUM_HALT_ACTIONS (sizeof(HaltActions) / sizeof(HaltActions[0]))

/* Exit codes of a child run. */
enum {
    RUN_HALT_OK = 0,         /* initialize succeeded, halt passed */
    RUN_HALT_VIOLATION = 1,  /* initialize succeeded, the run failed */
    RUN_INIT_FAILED_OK = 3,  /* initialize failed cleanly */
    RUN_INIT_VIOLATION = 4,  /* initialize failed and the run failed */
    RUN_CRASHED = 5,         /* crashed or hung in halt (reported by the parent) */
    RUN_CRASHED_IN_INIT = 6, /* crashed or hung in initialize (likewise) */
};

/* The child writes initialize's status here once it returns, so that the
 * parent can tell a crash in initialize from one in halt. */
static int InitStatusFd = -1;

static NDIS_STATUS initialize(unsigned FailAt, BOOLEAN WaitsTimeOut) {
    ndis_double_reset();
    ndis_double_fail_call(FailAt);
    ndis_double_set_waits_time_out(WaitsTimeOut);
    return INIT_HANDLER(ndis_double_adapter_handle(), NULL,
                        ndis_double_init_parameters());
}

/* Appends the interrupt rule's violations after `What` to Line; returns
 * whether there was any. */
static int violations(char *Line, size_t Size, const char *What) {
    size_t Len = strlen(Line);
    int Bad = 0;
    unsigned Live = ndis_double_live_interrupts();
    unsigned BadDereg = ndis_double_bad_deregistrations();
    unsigned Misuses = ndis_double_misuses();
    if (Live) {
        Len += snprintf(Line + Len, Size - Len,
                        "%s VIOLATION: %u interrupt registration(s) still live after %s",
                        Bad ? ";" : "", Live, What);
        Bad = 1;
    }
    if (BadDereg && Len < Size) {
        Len += snprintf(Line + Len, Size - Len,
                        "%s VIOLATION: %u bad NdisMDeregisterInterruptEx call(s)",
                        Bad ? ";" : "", BadDereg);
        Bad = 1;
    }
    if (Misuses && Len < Size) {
        Len += snprintf(Line + Len, Size - Len, "%s VIOLATION: %u misuse(s) of NDIS",
                        Bad ? ";" : "", Misuses);
        Bad = 1;
    }
    if (!Bad && Len < Size)
        snprintf(Line + Len, Size - Len, " ok");
    return Bad;
}

static void describeFailure(char *Out, size_t Size, unsigned FailAt) {
    const char *Failed = ndis_double_failed_call();
    if (FailAt == 0)
        snprintf(Out, Size, "no failure");
    else if (Failed)
        snprintf(Out, Size, "fail #%u %s", FailAt, Failed);
    else
        snprintf(Out, Size, "fail #%u (not reached)", FailAt);
}

/* One initialize, and one halt if it succeeded. Runs in the child. */
static int runOnce(unsigned Scenario, unsigned Scenarios, unsigned FailAt,
                   unsigned HaltIndex, BOOLEAN WaitsTimeOut) {
    char Line[1024], Failure[160];
    NDIS_STATUS Status = initialize(FailAt, WaitsTimeOut);

    if (InitStatusFd >= 0 && write(InitStatusFd, &Status, sizeof(Status)) < 0)
        perror("run_driver: write");
    describeFailure(Failure, sizeof(Failure), FailAt);
    snprintf(Line, sizeof(Line), "scenario %u/%u: %s: initialize -> 0x%08x",
             Scenario, Scenarios, Failure, (unsigned)Status);
    if (Status != NDIS_STATUS_SUCCESS) {
        int Bad = violations(Line, sizeof(Line), "initialize failed");
        printf("%s\n", Line);
        return Bad ? RUN_INIT_VIOLATION : RUN_INIT_FAILED_OK;
    }
    NDIS_HANDLE Context = ndis_double_adapter_context();
    size_t Len = strlen(Line);
    snprintf(Line + Len, sizeof(Line) - Len, ", halt(%s, waits %s):",
             HaltActions[HaltIndex].Name, WaitsTimeOut ? "time out" : "complete");
    if (Context == NULL) {
        printf("%s VIOLATION: initialize succeeded without registering a "
               "MiniportAdapterContext\n", Line);
        return RUN_HALT_VIOLATION;
    }
    HALT_HANDLER(Context, HaltActions[HaltIndex].Action);
    int Bad = violations(Line, sizeof(Line), "halt");
    printf("%s\n", Line);
    return Bad ? RUN_HALT_VIOLATION : RUN_HALT_OK;
}

/* Forks a run; returns its exit code, or RUN_CRASHED / RUN_CRASHED_IN_INIT
 * after reporting a crash or a hang. */
static int runIsolated(unsigned Scenario, unsigned Scenarios, unsigned FailAt,
                       unsigned HaltIndex, BOOLEAN WaitsTimeOut) {
    int Pipe[2];
    fflush(stdout);
    if (pipe(Pipe) < 0) {
        perror("run_driver: pipe");
        exit(2);
    }
    pid_t Pid = fork();
    if (Pid < 0) {
        perror("run_driver: fork");
        exit(2);
    }
    if (Pid == 0) {
        close(Pipe[0]);
        InitStatusFd = Pipe[1];
        alarm(RUN_TIMEOUT_SECONDS);
        int Code = runOnce(Scenario, Scenarios, FailAt, HaltIndex, WaitsTimeOut);
        fflush(stdout);
        _exit(Code);
    }
    close(Pipe[1]);
    int WaitStatus;
    if (waitpid(Pid, &WaitStatus, 0) < 0) {
        perror("run_driver: waitpid");
        exit(2);
    }
    NDIS_STATUS InitStatus;
    int InitReturned = read(Pipe[0], &InitStatus, sizeof(InitStatus)) == sizeof(InitStatus);
    close(Pipe[0]);
    if (WIFEXITED(WaitStatus) && WEXITSTATUS(WaitStatus) <= RUN_INIT_VIOLATION &&
        WEXITSTATUS(WaitStatus) != 2)
        return WEXITSTATUS(WaitStatus);

    char Failure[64], What[160], Where[256];
    if (FailAt == 0)
        snprintf(Failure, sizeof(Failure), "no failure");
    else
        snprintf(Failure, sizeof(Failure), "fail #%u", FailAt);
    if (WIFSIGNALED(WaitStatus))
        snprintf(What, sizeof(What), "the driver %s (signal %d)",
                 WTERMSIG(WaitStatus) == SIGALRM ? "hung" : "crashed",
                 WTERMSIG(WaitStatus));
    else
        snprintf(What, sizeof(What), "the run exited with status %d",
                 WEXITSTATUS(WaitStatus));
    if (!InitReturned)
        snprintf(Where, sizeof(Where), "in initialize");
    else
        snprintf(Where, sizeof(Where), "in halt(%s, waits %s) after initialize -> 0x%08x",
                 HaltActions[HaltIndex].Name, WaitsTimeOut ? "time out" : "complete",
                 (unsigned)InitStatus);
    printf("scenario %u/%u: %s: VIOLATION: %s %s\n", Scenario, Scenarios, Failure,
           What, Where);
    return InitReturned ? RUN_CRASHED : RUN_CRASHED_IN_INIT;
}

int main(void) {
    unsigned Runs = 0, Violations = 0;

    /* Initialize's success path, to count its failable calls. */
    NDIS_STATUS Status = initialize(0, FALSE);
    unsigned Calls = ndis_double_failable_calls();
    if (Status != NDIS_STATUS_SUCCESS) {
        printf("run_driver: %s returns 0x%08x with no failure injected: "
               "nothing to test\n", RUN_STRINGIFY(INIT_HANDLER), (unsigned)Status);
        return 2;
    }
    ndis_double_reset();
    unsigned Scenarios = Calls + 1;
    printf("driver %s: %s makes %u failable call(s) when it succeeds; "
           "%u scenario(s), halt by %s\n",
           DRIVER_SOURCE, RUN_STRINGIFY(INIT_HANDLER), Calls, Scenarios,
           RUN_STRINGIFY(HALT_HANDLER));

    for (unsigned Scenario = 1; Scenario <= Scenarios; ++Scenario) {
        unsigned FailAt = Scenario <= Calls ? Scenario : 0;
        for (unsigned Halt = 0; Halt < NUM_HALT_ACTIONS; ++Halt) {
            int Stop = 0;
            for (int TimeOut = 0; TimeOut <= 1; ++TimeOut) {
                int Code = runIsolated(Scenario, Scenarios, FailAt, Halt, (BOOLEAN)TimeOut);
                ++Runs;
                if (Code == RUN_HALT_VIOLATION || Code == RUN_INIT_VIOLATION ||
                    Code == RUN_CRASHED || Code == RUN_CRASHED_IN_INIT)
                    ++Violations;
                /* Initialize failed: there is nothing to halt. */
                if (Code == RUN_INIT_FAILED_OK || Code == RUN_INIT_VIOLATION ||
                    Code == RUN_CRASHED_IN_INIT) {
                    Stop = 1;
                    break;
                }
            }
            if (Stop)
                break;
        }
    }

    printf("summary: %u run(s), %u violation(s)\n", Runs, Violations);
    return Violations ? 1 : 0;
}
