#!/usr/bin/env python3
"""Generate a realistic multi-file NDIS 6.20 miniport driver for benchmarking
ndis-scan, the whole-driver analysis of ndis-init-register-interrupt.

The driver is N translation units (default 50) in OUT/src, its headers in
OUT/inc and a compile_commands.json in OUT (the form CMake writes), spread the
way real miniports are:

  driver.c      DriverEntry: fills NDIS_MINIPORT_DRIVER_CHARACTERISTICS by
                assignment (the handlers are plain prototypes in mp.h, so only
                a whole-driver analysis knows which function is initialize)
  init.c        MpInitializeEx: allocates the adapter, sets the attributes,
                maps the registers, registers the interrupt (interrupt.c),
                then runs S initialization steps, each a helper in another
                file; every failure goes to one exit label (or a goto ladder,
                or do/while(FALSE), --style) that calls MpFreeAdapter
  halt.c        MpHaltEx, MpShutdownEx, pause/restart
  cleanup.c     MpFreeAdapter and the free routines of each resource
  interrupt.c   registration/deregistration, ISR, DPC
  send.c recv.c the data paths (NBL walks, descriptor rings, spin locks)
  hw_*.c        hardware blocks (PHY, MAC, EEPROM, DMA engines ...): register
                programming tables, polling loops, queue buffers
  oid_*.c       OID query/set handlers (switches over OIDs, length checks)
  the rest      configuration, power, statistics, RSS, offload, timers ...

Every TU includes <ndis.h> and "mp.h" and has a few hundred lines. Helpers are
layered: a helper of level k calls helpers of lower levels only, mostly in
other files, so initialize reaches code in most files at depths up to 5.
With --leak the shared free routine forgets NdisMDeregisterInterruptEx, so
initialize's failure paths after the registration leak (halt deregisters
itself); by default the driver is correct and the analysis has to prove it.

Deterministic for given options (--seed). Stdlib only. Compiles cleanly with
`clang-19 -Wall -Wextra -fsyntax-only -idirafter stand-in-headers`.

  bench/gen_multi_tu_driver.py -o /tmp/drv50            # 50 TUs
  bench/gen_multi_tu_driver.py -n 200 --leak -o /tmp/drv200
  build/bin/ndis-scan -p /tmp/drv50 -j2
"""

import argparse
import json
import os
import random
import sys

STYLES = ("exit-label", "ladder", "do-while")

HW_BLOCKS = ["phy", "mac", "eeprom", "dma", "txq", "rxq", "filter", "vlan",
             "link", "reset", "clock", "led", "gpio", "mdio", "pcie", "sram",
             "fifo", "csum", "tso", "timer", "fw", "nvm", "ptp", "flow"]
OID_GROUPS = ["gen", "stats", "offload", "rss", "pm", "wol", "vlan", "qos",
              "mcast", "pnp", "link", "vendor", "port", "rcvfilter"]
MISC_MODULES = ["config", "power", "stats", "rss", "offload", "watchdog",
                "workitem", "nblpool", "debug", "util", "diag", "selftest",
                "recovery", "eventlog", "registry", "version"]

MAX_QUEUES = 16
NUM_PARAMS = 64
NUM_COUNTERS = 64
NUM_SHADOW = 64

# OIDs the stand-in headers define, with the size of their value.
OIDS_ULONG = ["OID_GEN_HARDWARE_STATUS", "OID_GEN_MEDIA_SUPPORTED",
              "OID_GEN_MEDIA_IN_USE", "OID_GEN_MAXIMUM_LOOKAHEAD",
              "OID_GEN_MAXIMUM_FRAME_SIZE", "OID_GEN_TRANSMIT_BUFFER_SPACE",
              "OID_GEN_RECEIVE_BUFFER_SPACE", "OID_GEN_TRANSMIT_BLOCK_SIZE",
              "OID_GEN_RECEIVE_BLOCK_SIZE", "OID_GEN_VENDOR_ID",
              "OID_GEN_CURRENT_LOOKAHEAD", "OID_GEN_MAXIMUM_TOTAL_SIZE",
              "OID_GEN_MAC_OPTIONS", "OID_GEN_MAXIMUM_SEND_PACKETS",
              "OID_GEN_VENDOR_DRIVER_VERSION", "OID_GEN_PHYSICAL_MEDIUM",
              "OID_802_3_MAXIMUM_LIST_SIZE", "OID_802_3_MAC_OPTIONS",
              "OID_GEN_MEDIA_CONNECT_STATUS", "OID_GEN_CURRENT_PACKET_FILTER"]
OIDS_ULONG64 = ["OID_GEN_XMIT_OK", "OID_GEN_RCV_OK", "OID_GEN_XMIT_ERROR",
                "OID_GEN_RCV_ERROR", "OID_GEN_RCV_NO_BUFFER",
                "OID_802_3_RCV_ERROR_ALIGNMENT", "OID_802_3_XMIT_ONE_COLLISION",
                "OID_802_3_XMIT_MORE_COLLISIONS", "OID_GEN_LINK_SPEED"]


class Func:
    """One generated function with external linkage."""

    def __init__(self, name, tu, level, kind, returns_status):
        self.name, self.tu, self.level, self.kind = name, tu, level, kind
        self.returns_status = returns_status
        self.calls = []

    def prototype(self):
        if self.returns_status:
            return "NDIS_STATUS %s(PMP_ADAPTER Adapter);" % self.name
        return "VOID %s(PMP_ADAPTER Adapter, ULONG Value);" % self.name


class Tu:
    def __init__(self, stem, role):
        self.stem, self.role = stem, role
        self.funcs = []          # Func, in file order
        self.prefix = "".join(p.capitalize() for p in stem.split("_"))


def camel(s):
    return "".join(p.capitalize() for p in s.split("_"))


# ---------------------------------------------------------------------------
# Layout: which files, which helpers, who calls whom
# ---------------------------------------------------------------------------

def pick_names(pool, count, rng):
    names = list(pool)
    rng.shuffle(names)
    out = []
    for i in range(count):
        base = names[i % len(names)]
        out.append(base if i < len(names) else "%s%d" % (base, i // len(names) + 1))
    return out


HELPER_KINDS = ["program", "poll", "param", "alloc", "stats", "locked",
                "hash", "dump", "ring"]
# Kinds whose helper returns a status (the others return VOID).
STATUS_KINDS = {"program", "poll", "param", "alloc"}
VERBS = {"program": ["Program", "Configure", "Setup", "Load", "Apply"],
         "poll": ["WaitFor", "Poll", "Await", "Sync"],
         "param": ["Validate", "Normalize", "Resolve", "Select"],
         "alloc": ["Allocate", "Create", "Reserve", "Build"],
         "stats": ["Update", "Collect", "Accumulate", "Sample"],
         "locked": ["Advance", "Rotate", "Commit", "Publish"],
         "hash": ["Hash", "Fold", "Compute", "Mix"],
         "dump": ["Dump", "Trace", "Log", "Report"],
         "ring": ["Refill", "Reclaim", "Scan", "Flush"]}
NOUNS = ["Registers", "Table", "Thresholds", "Timers", "Queues", "Mode",
         "Window", "Map", "Counters", "Limits", "State", "Engine", "Filters",
         "Descriptors", "Moderation", "Watermarks", "Credits", "Lanes"]


def build_layout(a, rng):
    n = a.tus
    core = [Tu("driver", "driver"), Tu("init", "init"), Tu("halt", "halt"),
            Tu("cleanup", "cleanup"), Tu("interrupt", "interrupt"),
            Tu("send", "send"), Tu("recv", "recv")]
    rest = max(0, n - len(core))
    n_hw = round(rest * 0.45)
    n_oid = round(rest * 0.25)
    n_misc = rest - n_hw - n_oid
    tus = list(core)
    tus += [Tu("hw_" + s, "hw") for s in pick_names(HW_BLOCKS, n_hw, rng)]
    tus += [Tu("oid_" + s, "oid") for s in pick_names(OID_GROUPS, n_oid, rng)]
    tus += [Tu(s, "misc") for s in pick_names(MISC_MODULES, n_misc, rng)]

    used = set()

    def new_name(tu, kind):
        for _ in range(1000):
            name = tu.prefix + rng.choice(VERBS[kind]) + rng.choice(NOUNS)
            if name not in used:
                used.add(name)
                return name
        name = "%s%s%d" % (tu.prefix, VERBS[kind][0], len(used))
        used.add(name)
        return name

    # Helpers: hw and misc files have levels 1-4, oid files 1-3 plus their
    # dispatchers; the data-path files have a few helpers too.
    helpers = []
    for tu in tus:
        if tu.role in ("hw", "misc"):
            count = rng.randint(a.min_helpers, a.max_helpers)
        elif tu.role == "oid":
            count = rng.randint(max(2, a.min_helpers - 3), max(3, a.max_helpers - 4))
        elif tu.role in ("send", "recv"):
            count = 4
        else:
            continue
        for i in range(count):
            kind = rng.choice(HELPER_KINDS)
            level = 1 + (i * 4) // count if tu.role != "oid" else 1 + (i * 3) // count
            f = Func(new_name(tu, kind), tu, level, kind, kind in STATUS_KINDS)
            tu.funcs.append(f)
            helpers.append(f)

    by_level = {}
    for f in helpers:
        by_level.setdefault(f.level, []).append(f)

    # Calls: 0-3 callees of lower levels, from other files when possible.
    for f in helpers:
        lower = [g for lvl in range(1, f.level) for g in by_level.get(lvl, [])]
        others = [g for g in lower if g.tu is not f.tu]
        pool = others or lower
        if not pool:
            continue
        k = rng.choice([0, 1, 1, 2, 2, 3])
        f.calls = rng.sample(pool, min(k, len(pool)))

    # Initialization steps: level-5 status helpers in hw/misc/oid files,
    # each calling 1-3 helpers below it.
    step_tus = [t for t in tus if t.role in ("hw", "misc", "oid")] or [
        t for t in tus if t.role in ("send", "recv")]
    steps = []
    for i in range(a.steps):
        tu = step_tus[(i * 7 + rng.randrange(len(step_tus))) % len(step_tus)]
        kind = rng.choice(["program", "poll", "param", "alloc"])
        f = Func(new_name(tu, kind), tu, 5, kind, True)
        lower = [g for g in helpers if g.tu is not tu and g.level >= 2] or helpers
        if lower:
            f.calls = rng.sample(lower, min(rng.randint(1, 3), len(lower)))
        tu.funcs.append(f)
        steps.append(f)

    # Per-queue resources: every "alloc" helper owns one queue slot.
    slot = 0
    for f in helpers + steps:
        if f.kind == "alloc":
            f.slot = slot % MAX_QUEUES
            slot += 1
    return tus, helpers, steps


# ---------------------------------------------------------------------------
# Bodies
# ---------------------------------------------------------------------------

def call_lines(f, rng, indent="    "):
    """The calls f makes into other helpers, written as drivers write them."""
    out = []
    for g in f.calls:
        if g.returns_status:
            if f.returns_status:
                out += [indent + "Status = %s(Adapter);" % g.name,
                        indent + "if (Status != NDIS_STATUS_SUCCESS) {",
                        indent + "    return Status;",
                        indent + "}"]
            else:
                out += [indent + "if (%s(Adapter) != NDIS_STATUS_SUCCESS) {" % g.name,
                        indent + "    Adapter->Counter[%d]++;" % rng.randrange(NUM_COUNTERS),
                        indent + "}"]
        else:
            args = ["0", "Adapter->Param[%d]" % rng.randrange(NUM_PARAMS),
                    "0x%x" % rng.randrange(1, 0xffff)]
            if not f.returns_status:
                args.append("Value")
            out.append(indent + "%s(Adapter, %s);" % (g.name, rng.choice(args)))
    return out


def body(f, rng):
    k = f.kind
    status = f.returns_status
    uses_status = status and any(g.returns_status for g in f.calls)
    head = []
    if status:
        head.append("NDIS_STATUS")
        head.append("%s(PMP_ADAPTER Adapter)" % f.name)
    else:
        head.append("VOID")
        head.append("%s(PMP_ADAPTER Adapter, ULONG Value)" % f.name)
    lines = ["/*", " * %s: %s." % (f.name, {
        "program": "programs a block of registers and checks them back",
        "poll": "waits for the hardware to report ready",
        "param": "clamps a configuration parameter and applies it",
        "alloc": "allocates a per-queue buffer",
        "stats": "folds hardware counters into the adapter's statistics",
        "locked": "advances a ring index under the adapter lock",
        "hash": "recomputes a hash table from the multicast list",
        "dump": "records register state for diagnostics",
        "ring": "walks a descriptor ring",
    }[k]), " */"] + head + ["{"]
    decl = []
    code = []
    if uses_status:
        decl.append("    NDIS_STATUS Status;")
    reg = lambda: "0x%03X" % (rng.randrange(0x40, 0xFF0) & ~3)

    if k == "program":
        rows = rng.randint(6, 12)
        decl += ["    static const struct {",
                 "        ULONG Offset;",
                 "        ULONG Value;",
                 "    } Table[] = {"]
        decl += ["        { %s, 0x%08X }," % (reg(), rng.randrange(1 << 32)) for _ in range(rows)]
        decl += ["    };", "    ULONG i, Readback;"]
        if not status:
            decl.append("    UNREFERENCED_PARAMETER(Value);")
        code += ["",
                 "    for (i = 0; i < sizeof(Table) / sizeof(Table[0]); i++) {",
                 "        MP_WRITE_CSR(Adapter, Table[i].Offset, Table[i].Value);",
                 "        MP_READ_CSR(Adapter, Table[i].Offset, &Readback);",
                 "        if (Readback != Table[i].Value) {",
                 "            Adapter->RegShadow[%d] = Readback;" % rng.randrange(NUM_SHADOW)]
        code += ["            return NDIS_STATUS_DEVICE_FAILED;" if status else "            break;",
                 "        }", "    }"]
    elif k == "poll":
        mask = 1 << rng.randrange(16)
        decl += ["    ULONG Reg = 0;", "    ULONG Tries;"]
        code += ["",
                 "    for (Tries = 0; Tries < %d; Tries++) {" % rng.choice([10, 50, 100, 200]),
                 "        MP_READ_CSR(Adapter, %s, &Reg);" % reg(),
                 "        if ((Reg & 0x%08X) != 0) {" % mask,
                 "            break;",
                 "        }",
                 "        NdisStallExecution(%d);" % rng.choice([5, 10, 20, 50]),
                 "    }",
                 "    if ((Reg & 0x%08X) == 0) {" % mask,
                 "        Adapter->RegShadow[%d] = Reg;" % rng.randrange(NUM_SHADOW),
                 "        return NDIS_STATUS_HARD_ERRORS;",
                 "    }"]
    elif k == "param":
        p = rng.randrange(NUM_PARAMS)
        lo, hi = rng.randrange(1, 64), rng.randrange(256, 8192)
        decl.append("    ULONG Setting = Adapter->Param[%d];" % p)
        code += ["",
                 "    if (Setting == 0) {",
                 "        Setting = %d;" % rng.randrange(lo, hi),
                 "    } else if (Setting < %d) {" % lo,
                 "        Setting = %d;" % lo,
                 "    } else if (Setting > %d) {" % hi,
                 "        return NDIS_STATUS_INVALID_DATA;",
                 "    }",
                 "    Adapter->Param[%d] = Setting;" % p,
                 "    switch (Setting & 3) {",
                 "    case 0:",
                 "        MP_WRITE_CSR(Adapter, %s, Setting);" % reg(),
                 "        break;",
                 "    case 1:",
                 "        MP_WRITE_CSR(Adapter, %s, Setting << 1);" % reg(),
                 "        break;",
                 "    default:",
                 "        MP_WRITE_CSR(Adapter, %s, Setting | 0x%X);" % (reg(), rng.randrange(1, 0xffff)),
                 "        break;",
                 "    }"]
    elif k == "alloc":
        q = f.slot
        length = rng.choice([2048, 4096, 8192, 16384, 65536])
        code += ["",
                 "    if (Adapter->QueueBuffer[%d] == NULL) {" % q,
                 "        Adapter->QueueBuffer[%d] = NdisAllocateMemoryWithTagPriority(" % q,
                 "            Adapter->AdapterHandle, %d, MP_TAG, NormalPoolPriority);" % length,
                 "        if (Adapter->QueueBuffer[%d] == NULL) {" % q,
                 "            return NDIS_STATUS_RESOURCES;",
                 "        }",
                 "        Adapter->QueueBufferLength[%d] = %d;" % (q, length),
                 "        NdisZeroMemory(Adapter->QueueBuffer[%d], %d);" % (q, length),
                 "    }",
                 "    MP_WRITE_CSR(Adapter, MP_CSR_QUEUE(%d, 0x00), %d);" % (q, length)]
    elif k == "stats":
        base = rng.randrange(0x800, 0xF00) & ~7
        cnt = rng.randint(4, 12)
        c0 = rng.randrange(NUM_COUNTERS)
        decl += ["    ULONG Low, High, i;"]
        code += ["",
                 "    for (i = 0; i < %d; i++) {" % cnt,
                 "        MP_READ_CSR(Adapter, 0x%03X + i * 8, &Low);" % base,
                 "        MP_READ_CSR(Adapter, 0x%03X + i * 8 + 4, &High);" % base,
                 "        Adapter->Counter[(%d + i) %% MP_NUM_COUNTERS] += ((ULONG64)High << 32) | Low;" % c0,
                 "    }",
                 "    if (Value & 0x%X) {" % (1 << rng.randrange(8)),
                 "        Adapter->Counter[%d] = 0;" % rng.randrange(NUM_COUNTERS),
                 "    }"]
    elif k == "locked":
        lock = rng.choice(["Lock", "SendLock", "RecvLock"])
        idx, other = rng.sample(["RxHead", "RxTail", "TxHead", "TxTail"], 2)
        code += ["",
                 "    NdisAcquireSpinLock(&Adapter->%s);" % lock,
                 "    Adapter->%s = (Adapter->%s + Value) %% MP_RING_DESCS;" % (idx, idx),
                 "    if (Adapter->%s == Adapter->%s) {" % (idx, other),
                 "        Adapter->Counter[%d]++;" % rng.randrange(NUM_COUNTERS),
                 "    }",
                 "    NdisReleaseSpinLock(&Adapter->%s);" % lock,
                 "    MP_WRITE_CSR(Adapter, %s, Adapter->%s);" % (reg(), idx)]
    elif k == "hash":
        decl += ["    ULONG Hash[4] = { 0, 0, 0, 0 };", "    ULONG i, j, Crc;"]
        code += ["",
                 "    for (i = 0; i < Adapter->McastCount && i < MP_MAX_MCAST_LIST; i++) {",
                 "        Crc = 0xFFFFFFFF ^ Value;",
                 "        for (j = 0; j < MP_MAC_ADDRESS_LENGTH; j++) {",
                 "            Crc ^= Adapter->McastList[i][j];",
                 "            Crc = (Crc >> 1) ^ ((Crc & 1) ? 0x%08X : 0);" % rng.choice([0xEDB88320, 0x82F63B78]),
                 "        }",
                 "        Hash[(Crc >> 5) & 3] |= 1u << (Crc & 31);",
                 "    }",
                 "    for (i = 0; i < 4; i++) {",
                 "        MP_WRITE_CSR(Adapter, 0x%03X + i * 4, Hash[i]);" % (rng.randrange(0x300, 0x400) & ~15),
                 "    }"]
    elif k == "dump":
        base = rng.randrange(0x40, 0x800) & ~3
        decl += ["    ULONG i, Reg;"]
        code += ["",
                 "    for (i = 0; i < %d; i++) {" % rng.randint(4, 16),
                 "        MP_READ_CSR(Adapter, 0x%03X + i * 4, &Reg);" % base,
                 "        Adapter->RegShadow[(i + Value) % MP_NUM_SHADOW] = Reg;",
                 "    }",
                 "    DbgPrint(\"%s: %%08x %%08x\\n\", Adapter->RegShadow[0], Value);" % f.name]
    elif k == "ring":
        ring = rng.choice(["RxRing", "TxRing"])
        code += ["",
                 "    if (Adapter->%s != NULL) {" % ring,
                 "        ULONG i;",
                 "        for (i = 0; i < MP_RING_DESCS; i++) {",
                 "            if (Adapter->%s[i].Status & MP_DESC_DONE) {" % ring,
                 "                Adapter->%s[i].Status = 0;" % ring,
                 "                Adapter->Counter[%d]++;" % rng.randrange(NUM_COUNTERS),
                 "            } else if (i >= Value) {",
                 "                break;",
                 "            }",
                 "        }",
                 "    }"]
    calls = call_lines(f, rng)
    if calls:
        code += [""] + calls
    if status:
        code.append("    return NDIS_STATUS_SUCCESS;")
    return lines + decl + code + ["}", ""]


def oid_dispatcher(tu, rng):
    """Query and set handlers for a group of OIDs, called from driver.c."""
    name = tu.prefix + "Request"
    oids = rng.sample(OIDS_ULONG, rng.randint(5, 9)) + rng.sample(OIDS_ULONG64, rng.randint(2, 4))
    oid_calls = [g for g in tu.funcs if g.level <= 3]
    out = ["/*",
           " * %s: answers the OIDs of this group; NDIS_STATUS_NOT_RECOGNIZED" % name,
           " * for any other, so that the caller tries the next group.",
           " */",
           "NDIS_STATUS",
           "%s(PMP_ADAPTER Adapter, PNDIS_OID_REQUEST Request)" % name,
           "{",
           "    ULONG Value32 = 0;",
           "    ULONG64 Value64 = 0;",
           "    PVOID Source = &Value32;",
           "    ULONG Length = sizeof(ULONG);",
           "",
           "    if (Request->RequestType == NdisRequestSetInformation) {",
           "        switch (Request->DATA.SET_INFORMATION.Oid) {"]
    settable = [o for o in oids if o in ("OID_GEN_CURRENT_PACKET_FILTER", "OID_GEN_CURRENT_LOOKAHEAD")]
    for o in settable:
        out += ["        case %s:" % o,
                "            if (Request->DATA.SET_INFORMATION.InformationBufferLength < sizeof(ULONG)) {",
                "                Request->DATA.SET_INFORMATION.BytesNeeded = sizeof(ULONG);",
                "                return NDIS_STATUS_INVALID_LENGTH;",
                "            }",
                "            NdisMoveMemory(&Value32, Request->DATA.SET_INFORMATION.InformationBuffer,",
                "                           sizeof(ULONG));",
                "            Adapter->%s = Value32;" % ("PacketFilter" if "FILTER" in o else "LookAhead"),
                "            Request->DATA.SET_INFORMATION.BytesRead = sizeof(ULONG);",
                "            return NDIS_STATUS_SUCCESS;"]
    out += ["        default:",
            "            return NDIS_STATUS_NOT_RECOGNIZED;",
            "        }",
            "    }",
            "",
            "    switch (Request->DATA.QUERY_INFORMATION.Oid) {"]
    for o in oids:
        out.append("    case %s:" % o)
        if o in OIDS_ULONG64:
            out += ["        Value64 = Adapter->Counter[%d];" % rng.randrange(NUM_COUNTERS),
                    "        Source = &Value64;",
                    "        Length = sizeof(ULONG64);"]
        elif o == "OID_GEN_CURRENT_PACKET_FILTER":
            out.append("        Value32 = Adapter->PacketFilter;")
        elif o == "OID_GEN_CURRENT_LOOKAHEAD":
            out.append("        Value32 = Adapter->LookAhead;")
        else:
            out.append("        Value32 = Adapter->Param[%d];" % rng.randrange(NUM_PARAMS))
        if oid_calls and rng.random() < 0.3:
            g = rng.choice(oid_calls)
            if g.returns_status:
                out += ["        if (%s(Adapter) != NDIS_STATUS_SUCCESS) {" % g.name,
                        "            return NDIS_STATUS_ADAPTER_NOT_READY;",
                        "        }"]
            else:
                out.append("        %s(Adapter, Value32);" % g.name)
        out.append("        break;")
    out += ["    default:",
            "        return NDIS_STATUS_NOT_RECOGNIZED;",
            "    }",
            "    if (Request->DATA.QUERY_INFORMATION.InformationBufferLength < Length) {",
            "        Request->DATA.QUERY_INFORMATION.BytesNeeded = Length;",
            "        return NDIS_STATUS_BUFFER_TOO_SHORT;",
            "    }",
            "    NdisMoveMemory(Request->DATA.QUERY_INFORMATION.InformationBuffer, Source, Length);",
            "    Request->DATA.QUERY_INFORMATION.BytesWritten = Length;",
            "    return NDIS_STATUS_SUCCESS;",
            "}",
            ""]
    return name, out


# ---------------------------------------------------------------------------
# Files
# ---------------------------------------------------------------------------

def file_header(tu, what, a):
    return ["/*",
            " * %s.c - %s" % (tu.stem, what),
            " *",
            " * Generated by bench/gen_multi_tu_driver.py -n %d --steps %d --style %s%s --seed %d"
            % (a.tus, a.steps, a.style, " --leak" if a.leak else "", a.seed),
            " */",
            "#include <ndis.h>",
            '#include "mp.h"',
            ""]


def mp_h(a, tus, helpers, steps, oid_dispatchers):
    out = ["/*",
           " * mp.h - shared declarations of a generated multi-file NDIS 6.20",
           " * miniport (bench/gen_multi_tu_driver.py).  The handlers are plain",
           " * prototypes: only DriverEntry (driver.c) says which is which.",
           " */",
           "#ifndef MP_H",
           "#define MP_H",
           "",
           "#define MP_NDIS_MAJOR_VERSION       6",
           "#define MP_NDIS_MINOR_VERSION       20",
           "#define MP_DRIVER_MAJOR_VERSION     4",
           "#define MP_DRIVER_MINOR_VERSION     2",
           "#define MP_TAG                      'tMpM'",
           "",
           "#define MP_MAX_QUEUES               %d" % MAX_QUEUES,
           "#define MP_NUM_PARAMS               %d" % NUM_PARAMS,
           "#define MP_NUM_COUNTERS             %d" % NUM_COUNTERS,
           "#define MP_NUM_SHADOW               %d" % NUM_SHADOW,
           "#define MP_MAX_FRAME_SIZE           1514",
           "#define MP_HEADER_SIZE              14",
           "#define MP_MAX_LOOKAHEAD            (MP_MAX_FRAME_SIZE - MP_HEADER_SIZE)",
           "#define MP_MAX_MCAST_LIST           32",
           "#define MP_LINK_SPEED               10000000000ULL",
           "#define MP_MAC_ADDRESS_LENGTH       6",
           "#define MP_RING_DESCS               512",
           "#define MP_RING_BYTES               (MP_RING_DESCS * sizeof(MP_DESC))",
           "",
           "#define MP_SUPPORTED_FILTERS        (NDIS_PACKET_TYPE_DIRECTED |     \\",
           "                                     NDIS_PACKET_TYPE_MULTICAST |    \\",
           "                                     NDIS_PACKET_TYPE_ALL_MULTICAST | \\",
           "                                     NDIS_PACKET_TYPE_BROADCAST |    \\",
           "                                     NDIS_PACKET_TYPE_PROMISCUOUS)",
           "",
           "/* Control/status registers (offsets into BAR 0) */",
           "#define MP_CSR_BYTES                0x1000",
           "#define MP_CSR_ID                   0x000",
           "#define MP_CSR_COMMAND              0x004",
           "#define MP_CSR_INT_STATUS           0x008",
           "#define MP_CSR_INT_MASK             0x00C",
           "#define MP_CSR_RX_RING_LOW          0x010",
           "#define MP_CSR_RX_RING_HIGH         0x014",
           "#define MP_CSR_TX_RING_LOW          0x018",
           "#define MP_CSR_TX_RING_HIGH         0x01C",
           "#define MP_CSR_MAC_LOW              0x020",
           "#define MP_CSR_MAC_HIGH             0x024",
           "#define MP_CSR_FILTER               0x028",
           "#define MP_CSR_LINK                 0x02C",
           "#define MP_CSR_TX_DOORBELL          0x030",
           "#define MP_CSR_RX_DOORBELL          0x034",
           "#define MP_CSR_QUEUE_BASE           0x100",
           "#define MP_CSR_QUEUE(_Q, _R)        (MP_CSR_QUEUE_BASE + (_Q) * 0x20 + (_R))",
           "",
           "#define MP_CMD_RX_ENABLE            0x00000001",
           "#define MP_CMD_TX_ENABLE            0x00000002",
           "#define MP_CMD_STOP                 0x00000004",
           "#define MP_CMD_RESET                0x80000000",
           "",
           "#define MP_INT_RX_DONE              0x00000001",
           "#define MP_INT_TX_DONE              0x00000002",
           "#define MP_INT_LINK                 0x00000004",
           "#define MP_INT_ERROR                0x00000008",
           "#define MP_INT_ALL                  0x0000000F",
           "",
           "#define MP_DESC_DONE                0x80000000",
           "#define MP_DESC_ERROR               0x40000000",
           "#define MP_DESC_LENGTH_MASK         0x0000FFFF",
           "",
           "#define fMP_ADAPTER_PAUSED           0x00000001",
           "#define fMP_ADAPTER_SURPRISE_REMOVED 0x00000002",
           "#define fMP_ADAPTER_LINK_UP          0x00000004",
           "#define fMP_ADAPTER_LOW_POWER        0x00000008",
           "",
           "#define MP_SET_FLAG(_A, _F)         ((_A)->Flags |= (_F))",
           "#define MP_CLEAR_FLAG(_A, _F)       ((_A)->Flags &= ~(_F))",
           "#define MP_TEST_FLAG(_A, _F)        (((_A)->Flags & (_F)) != 0)",
           "",
           "typedef struct _MP_DESC {",
           "    ULONG BufferLow;",
           "    ULONG BufferHigh;",
           "    ULONG Length;",
           "    ULONG Status;",
           "} MP_DESC, *PMP_DESC;",
           "",
           "typedef struct _MP_ADAPTER {",
           "    NDIS_HANDLE             AdapterHandle;",
           "    ULONG                   Flags;",
           "",
           "    NDIS_PHYSICAL_ADDRESS   CsrPhysical;",
           "    ULONG                   CsrLength;",
           "    PUCHAR                  CsrBase;",
           "    NDIS_HANDLE             InterruptHandle;",
           "",
           "    NDIS_SPIN_LOCK          Lock;",
           "    NDIS_SPIN_LOCK          SendLock;",
           "    NDIS_SPIN_LOCK          RecvLock;",
           "",
           "    PMP_DESC                RxRing;",
           "    NDIS_PHYSICAL_ADDRESS   RxRingPhysical;",
           "    PMP_DESC                TxRing;",
           "    NDIS_PHYSICAL_ADDRESS   TxRingPhysical;",
           "    ULONG                   RxHead;",
           "    ULONG                   RxTail;",
           "    ULONG                   TxHead;",
           "    ULONG                   TxTail;",
           "    NDIS_HANDLE             RecvNblPool;",
           "",
           "    PVOID                   QueueBuffer[MP_MAX_QUEUES];",
           "    ULONG                   QueueBufferLength[MP_MAX_QUEUES];",
           "    ULONG                   Param[MP_NUM_PARAMS];",
           "    ULONG64                 Counter[MP_NUM_COUNTERS];",
           "    ULONG                   RegShadow[MP_NUM_SHADOW];",
           "",
           "    ULONG                   PacketFilter;",
           "    ULONG                   LookAhead;",
           "    ULONG                   McastCount;",
           "    UCHAR                   McastList[MP_MAX_MCAST_LIST][MP_MAC_ADDRESS_LENGTH];",
           "    UCHAR                   PermanentAddress[MP_MAC_ADDRESS_LENGTH];",
           "    UCHAR                   CurrentAddress[MP_MAC_ADDRESS_LENGTH];",
           "    ULONG64                 LinkSpeed;",
           "    NDIS_MEDIA_CONNECT_STATE MediaState;",
           "} MP_ADAPTER, *PMP_ADAPTER;",
           "",
           "#define MP_READ_CSR(_A, _R, _V)     NdisReadRegisterUlong((PULONG)((_A)->CsrBase + (_R)), (_V))",
           "#define MP_WRITE_CSR(_A, _R, _V)    NdisWriteRegisterUlong((PULONG)((_A)->CsrBase + (_R)), (_V))",
           "",
           "/* Handlers (init.c, halt.c, send.c, recv.c, driver.c) */",
           "NDIS_STATUS MpInitializeEx(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE MiniportDriverContext,",
           "                           PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters);",
           "VOID MpHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction);",
           "VOID MpShutdownEx(NDIS_HANDLE MiniportAdapterContext, NDIS_SHUTDOWN_ACTION ShutdownAction);",
           "NDIS_STATUS MpPause(NDIS_HANDLE MiniportAdapterContext, PNDIS_MINIPORT_PAUSE_PARAMETERS PauseParameters);",
           "NDIS_STATUS MpRestart(NDIS_HANDLE MiniportAdapterContext,",
           "                      PNDIS_MINIPORT_RESTART_PARAMETERS RestartParameters);",
           "VOID MpSendNetBufferLists(NDIS_HANDLE MiniportAdapterContext, PNET_BUFFER_LIST NetBufferLists,",
           "                          NDIS_PORT_NUMBER PortNumber, ULONG SendFlags);",
           "VOID MpCancelSend(NDIS_HANDLE MiniportAdapterContext, PVOID CancelId);",
           "VOID MpReturnNetBufferLists(NDIS_HANDLE MiniportAdapterContext, PNET_BUFFER_LIST NetBufferLists,",
           "                            ULONG ReturnFlags);",
           "",
           "/* init.c, interrupt.c, cleanup.c, send.c, recv.c */",
           "NDIS_STATUS MpMapRegisters(PMP_ADAPTER Adapter, PNDIS_RESOURCE_LIST Resources);",
           "NDIS_STATUS MpRegisterInterrupt(PMP_ADAPTER Adapter);",
           "VOID MpDeregisterInterrupt(PMP_ADAPTER Adapter);",
           "VOID MpDisableInterrupts(PMP_ADAPTER Adapter);",
           "VOID MpEnableInterrupts(PMP_ADAPTER Adapter);",
           "NDIS_STATUS MpAllocateRings(PMP_ADAPTER Adapter);",
           "VOID MpFreeRings(PMP_ADAPTER Adapter);",
           "VOID MpFreeQueueBuffers(PMP_ADAPTER Adapter);",
           "VOID MpUnmapRegisters(PMP_ADAPTER Adapter);",
           "VOID MpFreeAdapter(PMP_ADAPTER Adapter);",
           "VOID MpSendComplete(PMP_ADAPTER Adapter, ULONG Budget);",
           "VOID MpReceive(PMP_ADAPTER Adapter, ULONG Budget);",
           ""]
    for tu in tus:
        protos = [f.prototype() for f in tu.funcs]
        if tu.stem in oid_dispatchers:
            protos.append("NDIS_STATUS %s(PMP_ADAPTER Adapter, PNDIS_OID_REQUEST Request);"
                          % oid_dispatchers[tu.stem])
        if protos:
            out.append("/* %s.c */" % tu.stem)
            out += protos
            out.append("")
    out += ["#endif /* MP_H */", ""]
    return out


def helper_file(tu, what, a, rng, extra=()):
    out = file_header(tu, what, a)
    for f in tu.funcs:
        out += body(f, rng)
    for block in extra:
        out += block
    return out


def driver_c(tu, a, oid_names):
    out = file_header(tu, "driver entry, unload, OID dispatch, PnP.", a)
    out += ["DRIVER_INITIALIZE DriverEntry;",
            "",
            "static NDIS_HANDLE MpDriverHandle;",
            "",
            "static VOID",
            "MpUnload(PDRIVER_OBJECT DriverObject)",
            "{",
            "    UNREFERENCED_PARAMETER(DriverObject);",
            "    NdisMDeregisterMiniportDriver(MpDriverHandle);",
            "}",
            "",
            "static NDIS_STATUS",
            "MpOidRequest(NDIS_HANDLE MiniportAdapterContext, PNDIS_OID_REQUEST OidRequest)",
            "{",
            "    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;",
            "    NDIS_STATUS Status = NDIS_STATUS_NOT_RECOGNIZED;",
            "",
            "    switch (OidRequest->RequestType) {",
            "    case NdisRequestQueryInformation:",
            "    case NdisRequestQueryStatistics:",
            "    case NdisRequestSetInformation:",
            "        break;",
            "    default:",
            "        return NDIS_STATUS_NOT_SUPPORTED;",
            "    }"]
    for name in oid_names:
        out += ["    if (Status == NDIS_STATUS_NOT_RECOGNIZED) {",
                "        Status = %s(Adapter, OidRequest);" % name,
                "    }"]
    out += ["    if (Status == NDIS_STATUS_NOT_RECOGNIZED) {",
            "        Status = NDIS_STATUS_NOT_SUPPORTED;",
            "    }",
            "    return Status;",
            "}",
            "",
            "static VOID",
            "MpCancelOidRequest(NDIS_HANDLE MiniportAdapterContext, PVOID RequestId)",
            "{",
            "    UNREFERENCED_PARAMETER(MiniportAdapterContext);",
            "    UNREFERENCED_PARAMETER(RequestId);",
            "}",
            "",
            "static VOID",
            "MpDevicePnPEventNotify(NDIS_HANDLE MiniportAdapterContext, PNET_DEVICE_PNP_EVENT NetDevicePnPEvent)",
            "{",
            "    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;",
            "",
            "    switch (NetDevicePnPEvent->DevicePnPEvent) {",
            "    case NdisDevicePnPEventSurpriseRemoved:",
            "        MP_SET_FLAG(Adapter, fMP_ADAPTER_SURPRISE_REMOVED);",
            "        break;",
            "    default:",
            "        break;",
            "    }",
            "}",
            "",
            "NTSTATUS",
            "DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)",
            "{",
            "    NDIS_MINIPORT_DRIVER_CHARACTERISTICS Chars;",
            "",
            "    NdisZeroMemory(&Chars, sizeof(Chars));",
            "    Chars.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_DRIVER_CHARACTERISTICS;",
            "    Chars.Header.Size = NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;",
            "    Chars.Header.Revision = NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;",
            "    Chars.MajorNdisVersion = MP_NDIS_MAJOR_VERSION;",
            "    Chars.MinorNdisVersion = MP_NDIS_MINOR_VERSION;",
            "    Chars.MajorDriverVersion = MP_DRIVER_MAJOR_VERSION;",
            "    Chars.MinorDriverVersion = MP_DRIVER_MINOR_VERSION;",
            "",
            "    Chars.InitializeHandlerEx = MpInitializeEx;",
            "    Chars.HaltHandlerEx = MpHaltEx;",
            "    Chars.UnloadHandler = MpUnload;",
            "    Chars.PauseHandler = MpPause;",
            "    Chars.RestartHandler = MpRestart;",
            "    Chars.OidRequestHandler = MpOidRequest;",
            "    Chars.CancelOidRequestHandler = MpCancelOidRequest;",
            "    Chars.SendNetBufferListsHandler = MpSendNetBufferLists;",
            "    Chars.ReturnNetBufferListsHandler = MpReturnNetBufferLists;",
            "    Chars.CancelSendHandler = MpCancelSend;",
            "    Chars.DevicePnPEventNotifyHandler = MpDevicePnPEventNotify;",
            "    Chars.ShutdownHandlerEx = MpShutdownEx;",
            "",
            "    return NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &Chars,",
            "                                       &MpDriverHandle);",
            "}",
            ""]
    return out


def init_c(tu, a, steps, rng):
    out = file_header(tu, "MiniportInitializeEx and the attributes it reports.", a)
    out += ["static NDIS_OID MpSupportedOids[] = {"]
    out += ["    %s," % o for o in ["OID_GEN_SUPPORTED_LIST"] + OIDS_ULONG + OIDS_ULONG64]
    out += ["};",
            "",
            "static NDIS_STATUS",
            "MpSetRegistrationAttributes(PMP_ADAPTER Adapter)",
            "{",
            "    NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES Registration;",
            "",
            "    NdisZeroMemory(&Registration, sizeof(Registration));",
            "    Registration.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES;",
            "    Registration.Header.Revision = NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1;",
            "    Registration.Header.Size = NDIS_SIZEOF_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1;",
            "    Registration.MiniportAdapterContext = Adapter;",
            "    Registration.AttributeFlags = NDIS_MINIPORT_ATTRIBUTES_HARDWARE_DEVICE |",
            "                                  NDIS_MINIPORT_ATTRIBUTES_BUS_MASTER;",
            "    Registration.CheckForHangTimeInSeconds = 2;",
            "    Registration.InterfaceType = NdisInterfacePci;",
            "    return NdisMSetMiniportAttributes(Adapter->AdapterHandle,",
            "                                      (PNDIS_MINIPORT_ADAPTER_ATTRIBUTES)&Registration);",
            "}",
            "",
            "static NDIS_STATUS",
            "MpSetGeneralAttributes(PMP_ADAPTER Adapter)",
            "{",
            "    NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES General;",
            "",
            "    NdisZeroMemory(&General, sizeof(General));",
            "    General.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES;",
            "    General.Header.Revision = NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_1;",
            "    General.Header.Size = NDIS_SIZEOF_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_1;",
            "    General.MediaType = NdisMedium802_3;",
            "    General.PhysicalMediumType = NdisPhysicalMedium802_3;",
            "    General.MtuSize = MP_MAX_FRAME_SIZE - MP_HEADER_SIZE;",
            "    General.MaxXmitLinkSpeed = MP_LINK_SPEED;",
            "    General.MaxRcvLinkSpeed = MP_LINK_SPEED;",
            "    General.XmitLinkSpeed = NDIS_LINK_SPEED_UNKNOWN;",
            "    General.RcvLinkSpeed = NDIS_LINK_SPEED_UNKNOWN;",
            "    General.MediaConnectState = MediaConnectStateUnknown;",
            "    General.MediaDuplexState = MediaDuplexStateUnknown;",
            "    General.LookaheadSize = MP_MAX_LOOKAHEAD;",
            "    General.MacOptions = NDIS_MAC_OPTION_COPY_LOOKAHEAD_DATA |",
            "                         NDIS_MAC_OPTION_TRANSFERS_NOT_PEND |",
            "                         NDIS_MAC_OPTION_NO_LOOPBACK;",
            "    General.SupportedPacketFilters = MP_SUPPORTED_FILTERS;",
            "    General.MaxMulticastListSize = MP_MAX_MCAST_LIST;",
            "    General.MacAddressLength = MP_MAC_ADDRESS_LENGTH;",
            "    NdisMoveMemory(General.PermanentMacAddress, Adapter->PermanentAddress,",
            "                   MP_MAC_ADDRESS_LENGTH);",
            "    NdisMoveMemory(General.CurrentMacAddress, Adapter->CurrentAddress,",
            "                   MP_MAC_ADDRESS_LENGTH);",
            "    General.AccessType = NET_IF_ACCESS_BROADCAST;",
            "    General.DirectionType = NET_IF_DIRECTION_SENDRECEIVE;",
            "    General.ConnectionType = NET_IF_CONNECTION_DEDICATED;",
            "    General.IfType = IF_TYPE_ETHERNET_CSMACD;",
            "    General.IfConnectorPresent = TRUE;",
            "    General.SupportedStatistics = NDIS_STATISTICS_XMIT_OK_SUPPORTED |",
            "                                  NDIS_STATISTICS_RCV_OK_SUPPORTED;",
            "    General.SupportedPauseFunctions = NdisPauseFunctionsUnsupported;",
            "    General.SupportedOidList = MpSupportedOids;",
            "    General.SupportedOidListLength = sizeof(MpSupportedOids);",
            "    return NdisMSetMiniportAttributes(Adapter->AdapterHandle,",
            "                                      (PNDIS_MINIPORT_ADAPTER_ATTRIBUTES)&General);",
            "}",
            "",
            "NDIS_STATUS",
            "MpMapRegisters(PMP_ADAPTER Adapter, PNDIS_RESOURCE_LIST Resources)",
            "{",
            "    PCM_PARTIAL_RESOURCE_DESCRIPTOR Resource = NULL;",
            "    ULONG i;",
            "",
            "    for (i = 0; i < Resources->Count; i++) {",
            "        if (Resources->PartialDescriptors[i].Type == CmResourceTypeMemory) {",
            "            Resource = &Resources->PartialDescriptors[i];",
            "            break;",
            "        }",
            "    }",
            "    if (Resource == NULL || Resource->u.Memory.Length < MP_CSR_BYTES) {",
            "        return NDIS_STATUS_RESOURCE_CONFLICT;",
            "    }",
            "    Adapter->CsrPhysical = Resource->u.Memory.Start;",
            "    Adapter->CsrLength = Resource->u.Memory.Length;",
            "    return NdisMMapIoSpace((PVOID *)&Adapter->CsrBase, Adapter->AdapterHandle,",
            "                           Adapter->CsrPhysical, Adapter->CsrLength);",
            "}",
            "",
            "NDIS_STATUS",
            "MpInitializeEx(",
            "    NDIS_HANDLE MiniportAdapterHandle,",
            "    NDIS_HANDLE MiniportDriverContext,",
            "    PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)",
            "{",
            "    NDIS_STATUS Status;",
            "    PMP_ADAPTER Adapter;",
            "",
            "    UNREFERENCED_PARAMETER(MiniportDriverContext);",
            "",
            "    Adapter = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle, sizeof(MP_ADAPTER),",
            "                                                MP_TAG, NormalPoolPriority);",
            "    if (Adapter == NULL) {",
            "        return NDIS_STATUS_RESOURCES;",
            "    }",
            "    NdisZeroMemory(Adapter, sizeof(MP_ADAPTER));",
            "    Adapter->AdapterHandle = MiniportAdapterHandle;",
            "    Adapter->PacketFilter = NDIS_PACKET_TYPE_DIRECTED | NDIS_PACKET_TYPE_BROADCAST;",
            "    Adapter->LookAhead = MP_MAX_LOOKAHEAD;",
            "    NdisAllocateSpinLock(&Adapter->Lock);",
            "    NdisAllocateSpinLock(&Adapter->SendLock);",
            "    NdisAllocateSpinLock(&Adapter->RecvLock);",
            "    MP_SET_FLAG(Adapter, fMP_ADAPTER_PAUSED);",
            ""]
    # The sequence of failable steps; the first three come before the
    # registration.
    seq = [("MpSetRegistrationAttributes(Adapter)", False),
           ("MpMapRegisters(Adapter, MiniportInitParameters->AllocatedResources)", False),
           ("MpRegisterInterrupt(Adapter)", True),
           ("MpAllocateRings(Adapter)", True)]
    seq += [("%s(Adapter)" % s.name, True) for s in steps]
    seq += [("MpSetGeneralAttributes(Adapter)", True)]

    if a.style == "exit-label":
        for call, _ in seq:
            out += ["    Status = %s;" % call,
                    "    if (Status != NDIS_STATUS_SUCCESS) {",
                    "        goto Exit;",
                    "    }",
                    ""]
        out += ["    MpEnableInterrupts(Adapter);",
                "",
                "Exit:",
                "    if (Status != NDIS_STATUS_SUCCESS) {",
                "        MpFreeAdapter(Adapter);",
                "    }",
                "    return Status;",
                "}",
                ""]
    elif a.style == "do-while":
        out += ["    do {"]
        for call, _ in seq:
            out += ["        Status = %s;" % call,
                    "        if (Status != NDIS_STATUS_SUCCESS) {",
                    "            break;",
                    "        }",
                    ""]
        out += ["        MpEnableInterrupts(Adapter);",
                "    } while (FALSE);",
                "",
                "    if (Status != NDIS_STATUS_SUCCESS) {",
                "        MpFreeAdapter(Adapter);",
                "    }",
                "    return Status;",
                "}",
                ""]
    else:  # ladder: one rung per resource, in reverse order
        for i, (call, registered) in enumerate(seq):
            if i < 2:
                target = "FreeAdapter" if i == 0 else "FreeAdapter"
            elif i == 2:
                target = "UnmapRegisters"
            else:
                target = "DeregisterInterrupt"
            out += ["    Status = %s;" % call,
                    "    if (Status != NDIS_STATUS_SUCCESS) {",
                    "        goto %s;" % target,
                    "    }",
                    ""]
        out += ["    MpEnableInterrupts(Adapter);",
                "    return NDIS_STATUS_SUCCESS;",
                "",
                "DeregisterInterrupt:"]
        if not a.leak:
            out += ["    MpDisableInterrupts(Adapter);",
                    "    MpDeregisterInterrupt(Adapter);"]
        out += ["    MpFreeQueueBuffers(Adapter);",
                "    MpFreeRings(Adapter);",
                "UnmapRegisters:",
                "    MpUnmapRegisters(Adapter);",
                "FreeAdapter:",
                "    NdisFreeSpinLock(&Adapter->RecvLock);",
                "    NdisFreeSpinLock(&Adapter->SendLock);",
                "    NdisFreeSpinLock(&Adapter->Lock);",
                "    NdisFreeMemory(Adapter, 0, 0);",
                "    return Status;",
                "}",
                ""]
    return out


def halt_c(tu, a, rng, helpers):
    stoppers = [h for h in helpers if not h.returns_status and h.kind in ("dump", "stats")][:2]
    out = file_header(tu, "MiniportHaltEx, MiniportShutdownEx, pause and restart.", a)
    out += ["VOID",
            "MpHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)",
            "{",
            "    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;",
            "",
            "    if (HaltAction != NdisHaltDeviceSurpriseRemoved &&",
            "        !MP_TEST_FLAG(Adapter, fMP_ADAPTER_SURPRISE_REMOVED)) {",
            "        MpDisableInterrupts(Adapter);",
            "        MP_WRITE_CSR(Adapter, MP_CSR_COMMAND, MP_CMD_STOP);",
            "        NdisStallExecution(100);"]
    for h in stoppers:
        out.append("        %s(Adapter, 0);" % h.name)
    out += ["    }",
            ""]
    if a.leak:
        # Halt is correct; the shared free routine is not (see cleanup.c).
        out += ["    MpDeregisterInterrupt(Adapter);"]
    out += ["    MpFreeAdapter(Adapter);",
            "}",
            "",
            "VOID",
            "MpShutdownEx(NDIS_HANDLE MiniportAdapterContext, NDIS_SHUTDOWN_ACTION ShutdownAction)",
            "{",
            "    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;",
            "",
            "    UNREFERENCED_PARAMETER(ShutdownAction);",
            "    if (!MP_TEST_FLAG(Adapter, fMP_ADAPTER_SURPRISE_REMOVED)) {",
            "        MpDisableInterrupts(Adapter);",
            "        MP_WRITE_CSR(Adapter, MP_CSR_COMMAND, MP_CMD_RESET);",
            "    }",
            "}",
            "",
            "NDIS_STATUS",
            "MpPause(NDIS_HANDLE MiniportAdapterContext, PNDIS_MINIPORT_PAUSE_PARAMETERS PauseParameters)",
            "{",
            "    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;",
            "",
            "    UNREFERENCED_PARAMETER(PauseParameters);",
            "    NdisAcquireSpinLock(&Adapter->Lock);",
            "    MP_SET_FLAG(Adapter, fMP_ADAPTER_PAUSED);",
            "    NdisReleaseSpinLock(&Adapter->Lock);",
            "    MpSendComplete(Adapter, MP_RING_DESCS);",
            "    return NDIS_STATUS_SUCCESS;",
            "}",
            "",
            "NDIS_STATUS",
            "MpRestart(NDIS_HANDLE MiniportAdapterContext, PNDIS_MINIPORT_RESTART_PARAMETERS RestartParameters)",
            "{",
            "    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;",
            "",
            "    UNREFERENCED_PARAMETER(RestartParameters);",
            "    NdisAcquireSpinLock(&Adapter->Lock);",
            "    MP_CLEAR_FLAG(Adapter, fMP_ADAPTER_PAUSED);",
            "    NdisReleaseSpinLock(&Adapter->Lock);",
            "    return NDIS_STATUS_SUCCESS;",
            "}",
            ""]
    return out


def cleanup_c(tu, a):
    out = file_header(tu, "releases what initialize acquired; shared by initialize's failure path and halt.", a)
    out += ["VOID",
            "MpFreeQueueBuffers(PMP_ADAPTER Adapter)",
            "{",
            "    ULONG q;",
            "",
            "    for (q = 0; q < MP_MAX_QUEUES; q++) {",
            "        if (Adapter->QueueBuffer[q] != NULL) {",
            "            NdisFreeMemory(Adapter->QueueBuffer[q], Adapter->QueueBufferLength[q], 0);",
            "            Adapter->QueueBuffer[q] = NULL;",
            "            Adapter->QueueBufferLength[q] = 0;",
            "        }",
            "    }",
            "}",
            "",
            "VOID",
            "MpFreeRings(PMP_ADAPTER Adapter)",
            "{",
            "    if (Adapter->RecvNblPool != NULL) {",
            "        NdisFreeNetBufferListPool(Adapter->RecvNblPool);",
            "        Adapter->RecvNblPool = NULL;",
            "    }",
            "    if (Adapter->TxRing != NULL) {",
            "        NdisMFreeSharedMemory(Adapter->AdapterHandle, MP_RING_BYTES, FALSE,",
            "                              Adapter->TxRing, Adapter->TxRingPhysical);",
            "        Adapter->TxRing = NULL;",
            "    }",
            "    if (Adapter->RxRing != NULL) {",
            "        NdisMFreeSharedMemory(Adapter->AdapterHandle, MP_RING_BYTES, FALSE,",
            "                              Adapter->RxRing, Adapter->RxRingPhysical);",
            "        Adapter->RxRing = NULL;",
            "    }",
            "}",
            "",
            "VOID",
            "MpUnmapRegisters(PMP_ADAPTER Adapter)",
            "{",
            "    if (Adapter->CsrBase != NULL) {",
            "        NdisMUnmapIoSpace(Adapter->AdapterHandle, Adapter->CsrBase, Adapter->CsrLength);",
            "        Adapter->CsrBase = NULL;",
            "    }",
            "}",
            "",
            "VOID",
            "MpFreeAdapter(PMP_ADAPTER Adapter)",
            "{"]
    if not a.leak:
        out += ["    /* Before anything the ISR or the DPC may still touch goes. */",
                "    MpDeregisterInterrupt(Adapter);"]
    out += ["    MpFreeQueueBuffers(Adapter);",
            "    MpFreeRings(Adapter);",
            "    MpUnmapRegisters(Adapter);",
            "    NdisFreeSpinLock(&Adapter->RecvLock);",
            "    NdisFreeSpinLock(&Adapter->SendLock);",
            "    NdisFreeSpinLock(&Adapter->Lock);",
            "    NdisFreeMemory(Adapter, 0, 0);",
            "}",
            ""]
    return out


def interrupt_c(tu, a, rng, helpers):
    dpc_calls = [h for h in helpers if not h.returns_status][:3]
    out = file_header(tu, "interrupt registration, ISR and DPC.", a)
    out += ["static MINIPORT_ISR MpInterrupt;",
            "static MINIPORT_INTERRUPT_DPC MpInterruptDpc;",
            "static MINIPORT_ENABLE_INTERRUPT MpEnableInterruptCallback;",
            "static MINIPORT_DISABLE_INTERRUPT MpDisableInterruptCallback;",
            "",
            "NDIS_STATUS",
            "MpRegisterInterrupt(PMP_ADAPTER Adapter)",
            "{",
            "    NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Interrupt;",
            "",
            "    MpDisableInterrupts(Adapter);",
            "    NdisZeroMemory(&Interrupt, sizeof(Interrupt));",
            "    Interrupt.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_INTERRUPT;",
            "    Interrupt.Header.Revision = NDIS_MINIPORT_INTERRUPT_REVISION_1;",
            "    Interrupt.Header.Size = NDIS_SIZEOF_MINIPORT_INTERRUPT_CHARACTERISTICS_REVISION_1;",
            "    Interrupt.InterruptHandler = MpInterrupt;",
            "    Interrupt.InterruptDpcHandler = MpInterruptDpc;",
            "    Interrupt.DisableInterruptHandler = MpDisableInterruptCallback;",
            "    Interrupt.EnableInterruptHandler = MpEnableInterruptCallback;",
            "    return NdisMRegisterInterruptEx(Adapter->AdapterHandle, Adapter, &Interrupt,",
            "                                    &Adapter->InterruptHandle);",
            "}",
            "",
            "VOID",
            "MpDeregisterInterrupt(PMP_ADAPTER Adapter)",
            "{",
            "    if (Adapter->InterruptHandle != NULL) {",
            "        NdisMDeregisterInterruptEx(Adapter->InterruptHandle);",
            "        Adapter->InterruptHandle = NULL;",
            "    }",
            "}",
            "",
            "VOID",
            "MpDisableInterrupts(PMP_ADAPTER Adapter)",
            "{",
            "    MP_WRITE_CSR(Adapter, MP_CSR_INT_MASK, 0);",
            "}",
            "",
            "VOID",
            "MpEnableInterrupts(PMP_ADAPTER Adapter)",
            "{",
            "    MP_WRITE_CSR(Adapter, MP_CSR_INT_MASK, MP_INT_ALL);",
            "}",
            "",
            "static BOOLEAN",
            "MpInterrupt(NDIS_HANDLE MiniportInterruptContext, PBOOLEAN QueueDefaultInterruptDpc,",
            "            PULONG TargetProcessors)",
            "{",
            "    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportInterruptContext;",
            "    ULONG Pending;",
            "",
            "    *TargetProcessors = 0;",
            "    MP_READ_CSR(Adapter, MP_CSR_INT_STATUS, &Pending);",
            "    if ((Pending & MP_INT_ALL) == 0) {",
            "        *QueueDefaultInterruptDpc = FALSE;",
            "        return FALSE;",
            "    }",
            "    MpDisableInterrupts(Adapter);",
            "    *QueueDefaultInterruptDpc = TRUE;",
            "    return TRUE;",
            "}",
            "",
            "static VOID",
            "MpInterruptDpc(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext,",
            "               PVOID ReceiveThrottleParameters, PVOID NdisReserved2)",
            "{",
            "    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportInterruptContext;",
            "    ULONG Pending;",
            "",
            "    UNREFERENCED_PARAMETER(MiniportDpcContext);",
            "    UNREFERENCED_PARAMETER(ReceiveThrottleParameters);",
            "    UNREFERENCED_PARAMETER(NdisReserved2);",
            "",
            "    MP_READ_CSR(Adapter, MP_CSR_INT_STATUS, &Pending);",
            "    MP_WRITE_CSR(Adapter, MP_CSR_INT_STATUS, Pending);",
            "    if (Pending & MP_INT_RX_DONE) {",
            "        MpReceive(Adapter, 64);",
            "    }",
            "    if (Pending & MP_INT_TX_DONE) {",
            "        MpSendComplete(Adapter, 64);",
            "    }",
            "    if (Pending & MP_INT_LINK) {",
            "        ULONG Link;",
            "        MP_READ_CSR(Adapter, MP_CSR_LINK, &Link);",
            "        if (Link & 1) {",
            "            MP_SET_FLAG(Adapter, fMP_ADAPTER_LINK_UP);",
            "        } else {",
            "            MP_CLEAR_FLAG(Adapter, fMP_ADAPTER_LINK_UP);",
            "        }",
            "    }",
            "    if (Pending & MP_INT_ERROR) {"]
    for h in dpc_calls:
        out.append("        %s(Adapter, Pending);" % h.name)
    out += ["    }",
            "    MpEnableInterrupts(Adapter);",
            "}",
            "",
            "static VOID",
            "MpEnableInterruptCallback(NDIS_HANDLE MiniportInterruptContext)",
            "{",
            "    MpEnableInterrupts((PMP_ADAPTER)MiniportInterruptContext);",
            "}",
            "",
            "static VOID",
            "MpDisableInterruptCallback(NDIS_HANDLE MiniportInterruptContext)",
            "{",
            "    MpDisableInterrupts((PMP_ADAPTER)MiniportInterruptContext);",
            "}",
            ""]
    return out


def send_c(tu, a, rng):
    out = file_header(tu, "the transmit path.", a)
    out += ["VOID",
            "MpSendNetBufferLists(NDIS_HANDLE MiniportAdapterContext, PNET_BUFFER_LIST NetBufferLists,",
            "                     NDIS_PORT_NUMBER PortNumber, ULONG SendFlags)",
            "{",
            "    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;",
            "    PNET_BUFFER_LIST Nbl;",
            "    PNET_BUFFER Nb;",
            "    ULONG CompleteFlags = 0;",
            "    BOOLEAN DispatchLevel = NDIS_TEST_SEND_AT_DISPATCH_LEVEL(SendFlags) ? TRUE : FALSE;",
            "",
            "    UNREFERENCED_PARAMETER(PortNumber);",
            "    if (DispatchLevel) {",
            "        NdisDprAcquireSpinLock(&Adapter->SendLock);",
            "    } else {",
            "        NdisAcquireSpinLock(&Adapter->SendLock);",
            "    }",
            "    for (Nbl = NetBufferLists; Nbl != NULL; Nbl = NET_BUFFER_LIST_NEXT_NBL(Nbl)) {",
            "        if (MP_TEST_FLAG(Adapter, fMP_ADAPTER_PAUSED) || Adapter->TxRing == NULL) {",
            "            NET_BUFFER_LIST_STATUS(Nbl) = NDIS_STATUS_PAUSED;",
            "            continue;",
            "        }",
            "        NET_BUFFER_LIST_STATUS(Nbl) = NDIS_STATUS_SUCCESS;",
            "        for (Nb = NET_BUFFER_LIST_FIRST_NB(Nbl); Nb != NULL; Nb = NET_BUFFER_NEXT_NB(Nb)) {",
            "            PMP_DESC Desc = &Adapter->TxRing[Adapter->TxTail];",
            "            ULONG Next = (Adapter->TxTail + 1) % MP_RING_DESCS;",
            "            if (Next == Adapter->TxHead) {",
            "                NET_BUFFER_LIST_STATUS(Nbl) = NDIS_STATUS_RESOURCES;",
            "                Adapter->Counter[2]++;",
            "                break;",
            "            }",
            "            Desc->Length = NET_BUFFER_DATA_LENGTH(Nb) & MP_DESC_LENGTH_MASK;",
            "            Desc->Status = 0;",
            "            Adapter->TxTail = Next;",
            "            Adapter->Counter[0]++;",
            "            Adapter->Counter[1] += NET_BUFFER_DATA_LENGTH(Nb);",
            "        }",
            "    }",
            "    MP_WRITE_CSR(Adapter, MP_CSR_TX_DOORBELL, Adapter->TxTail);",
            "    if (DispatchLevel) {",
            "        NdisDprReleaseSpinLock(&Adapter->SendLock);",
            "        NDIS_SET_SEND_COMPLETE_FLAG(CompleteFlags, NDIS_SEND_COMPLETE_FLAGS_DISPATCH_LEVEL);",
            "    } else {",
            "        NdisReleaseSpinLock(&Adapter->SendLock);",
            "    }",
            "    NdisMSendNetBufferListsComplete(Adapter->AdapterHandle, NetBufferLists, CompleteFlags);",
            "}",
            "",
            "VOID",
            "MpCancelSend(NDIS_HANDLE MiniportAdapterContext, PVOID CancelId)",
            "{",
            "    UNREFERENCED_PARAMETER(MiniportAdapterContext);",
            "    UNREFERENCED_PARAMETER(CancelId);",
            "}",
            "",
            "VOID",
            "MpSendComplete(PMP_ADAPTER Adapter, ULONG Budget)",
            "{",
            "    ULONG Done = 0;",
            "",
            "    NdisDprAcquireSpinLock(&Adapter->SendLock);",
            "    while (Adapter->TxRing != NULL && Adapter->TxHead != Adapter->TxTail && Done < Budget) {",
            "        PMP_DESC Desc = &Adapter->TxRing[Adapter->TxHead];",
            "        if ((Desc->Status & MP_DESC_DONE) == 0) {",
            "            break;",
            "        }",
            "        if (Desc->Status & MP_DESC_ERROR) {",
            "            Adapter->Counter[3]++;",
            "        }",
            "        Adapter->TxHead = (Adapter->TxHead + 1) % MP_RING_DESCS;",
            "        Done++;",
            "    }",
            "    NdisDprReleaseSpinLock(&Adapter->SendLock);",
            "}",
            ""]
    for f in tu.funcs:
        out += body(f, rng)
    return out


def recv_c(tu, a, rng):
    out = file_header(tu, "the receive path.", a)
    out += ["NDIS_STATUS",
            "MpAllocateRings(PMP_ADAPTER Adapter)",
            "{",
            "    NET_BUFFER_LIST_POOL_PARAMETERS PoolParameters;",
            "",
            "    NdisMAllocateSharedMemory(Adapter->AdapterHandle, MP_RING_BYTES, FALSE,",
            "                              (PVOID *)&Adapter->RxRing, &Adapter->RxRingPhysical);",
            "    if (Adapter->RxRing == NULL) {",
            "        return NDIS_STATUS_RESOURCES;",
            "    }",
            "    NdisMAllocateSharedMemory(Adapter->AdapterHandle, MP_RING_BYTES, FALSE,",
            "                              (PVOID *)&Adapter->TxRing, &Adapter->TxRingPhysical);",
            "    if (Adapter->TxRing == NULL) {",
            "        return NDIS_STATUS_RESOURCES;",
            "    }",
            "    NdisZeroMemory(Adapter->RxRing, MP_RING_BYTES);",
            "    NdisZeroMemory(Adapter->TxRing, MP_RING_BYTES);",
            "",
            "    NdisZeroMemory(&PoolParameters, sizeof(PoolParameters));",
            "    PoolParameters.Header.Type = NDIS_OBJECT_TYPE_DEFAULT;",
            "    PoolParameters.Header.Revision = NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1;",
            "    PoolParameters.Header.Size = sizeof(PoolParameters);",
            "    PoolParameters.fAllocateNetBuffer = TRUE;",
            "    PoolParameters.PoolTag = MP_TAG;",
            "    Adapter->RecvNblPool = NdisAllocateNetBufferListPool(Adapter->AdapterHandle,",
            "                                                         &PoolParameters);",
            "    if (Adapter->RecvNblPool == NULL) {",
            "        return NDIS_STATUS_RESOURCES;",
            "    }",
            "",
            "    MP_WRITE_CSR(Adapter, MP_CSR_RX_RING_LOW, NdisGetPhysicalAddressLow(Adapter->RxRingPhysical));",
            "    MP_WRITE_CSR(Adapter, MP_CSR_RX_RING_HIGH, NdisGetPhysicalAddressHigh(Adapter->RxRingPhysical));",
            "    MP_WRITE_CSR(Adapter, MP_CSR_TX_RING_LOW, NdisGetPhysicalAddressLow(Adapter->TxRingPhysical));",
            "    MP_WRITE_CSR(Adapter, MP_CSR_TX_RING_HIGH, NdisGetPhysicalAddressHigh(Adapter->TxRingPhysical));",
            "    return NDIS_STATUS_SUCCESS;",
            "}",
            "",
            "VOID",
            "MpReceive(PMP_ADAPTER Adapter, ULONG Budget)",
            "{",
            "    ULONG Done = 0;",
            "",
            "    NdisDprAcquireSpinLock(&Adapter->RecvLock);",
            "    while (Adapter->RxRing != NULL && Done < Budget) {",
            "        PMP_DESC Desc = &Adapter->RxRing[Adapter->RxHead];",
            "        if ((Desc->Status & MP_DESC_DONE) == 0) {",
            "            break;",
            "        }",
            "        if (Desc->Status & MP_DESC_ERROR) {",
            "            Adapter->Counter[4]++;",
            "        } else {",
            "            Adapter->Counter[5]++;",
            "            Adapter->Counter[6] += Desc->Length & MP_DESC_LENGTH_MASK;",
            "        }",
            "        Desc->Status = 0;",
            "        Adapter->RxHead = (Adapter->RxHead + 1) % MP_RING_DESCS;",
            "        Done++;",
            "    }",
            "    MP_WRITE_CSR(Adapter, MP_CSR_RX_DOORBELL, Adapter->RxHead);",
            "    NdisDprReleaseSpinLock(&Adapter->RecvLock);",
            "}",
            "",
            "VOID",
            "MpReturnNetBufferLists(NDIS_HANDLE MiniportAdapterContext, PNET_BUFFER_LIST NetBufferLists,",
            "                       ULONG ReturnFlags)",
            "{",
            "    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;",
            "    PNET_BUFFER_LIST Nbl, Next;",
            "",
            "    UNREFERENCED_PARAMETER(ReturnFlags);",
            "    for (Nbl = NetBufferLists; Nbl != NULL; Nbl = Next) {",
            "        Next = NET_BUFFER_LIST_NEXT_NBL(Nbl);",
            "        NET_BUFFER_LIST_NEXT_NBL(Nbl) = NULL;",
            "        NdisFreeNetBufferList(Nbl);",
            "        Adapter->Counter[7]++;",
            "    }",
            "}",
            ""]
    for f in tu.funcs:
        out += body(f, rng)
    return out


def generate(a):
    rng = random.Random(a.seed)
    tus, helpers, steps = build_layout(a, rng)
    src = os.path.join(a.out, "src")
    inc = os.path.join(a.out, "inc")
    os.makedirs(src, exist_ok=True)
    os.makedirs(inc, exist_ok=True)

    oid_dispatchers = {}
    oid_blocks = {}
    for tu in tus:
        if tu.role == "oid":
            name, block = oid_dispatcher(tu, rng)
            oid_dispatchers[tu.stem] = name
            oid_blocks[tu.stem] = block

    what = {"hw": "a hardware block of the controller.",
            "oid": "OID requests of one group.",
            "misc": "driver services used across the driver."}
    files = {}
    for tu in tus:
        if tu.role == "driver":
            text = driver_c(tu, a, [oid_dispatchers[t.stem] for t in tus if t.role == "oid"])
        elif tu.role == "init":
            text = init_c(tu, a, steps, rng)
        elif tu.role == "halt":
            text = halt_c(tu, a, rng, helpers)
        elif tu.role == "cleanup":
            text = cleanup_c(tu, a)
        elif tu.role == "interrupt":
            text = interrupt_c(tu, a, rng, helpers)
        elif tu.role == "send":
            text = send_c(tu, a, rng)
        elif tu.role == "recv":
            text = recv_c(tu, a, rng)
        else:
            extra = [oid_blocks[tu.stem]] if tu.stem in oid_blocks else []
            text = helper_file(tu, what[tu.role], a, rng, extra)
        files[tu.stem + ".c"] = text

    with open(os.path.join(inc, "mp.h"), "w") as f:
        f.write("\n".join(mp_h(a, tus, helpers, steps, oid_dispatchers)))
    for name, text in files.items():
        with open(os.path.join(src, name), "w") as f:
            f.write("\n".join(text))

    out_abs = os.path.abspath(a.out)
    entries = []
    for tu in tus:
        path = os.path.join(out_abs, "src", tu.stem + ".c")
        obj = "obj/%s.o" % tu.stem
        entries.append({
            "directory": out_abs,
            "command": "/usr/bin/cc -DNDIS620_MINIPORT=1 -DNDIS_MINIPORT_DRIVER=1 -I%s/inc "
                       "-Wall -o %s -c %s" % (out_abs, obj, path),
            "file": path,
            "output": obj,
        })
    with open(os.path.join(a.out, "compile_commands.json"), "w") as f:
        json.dump(entries, f, indent=2)
        f.write("\n")
    return tus, helpers, steps


def main(argv=None):
    ap = argparse.ArgumentParser(
        description="Generate a multi-file NDIS miniport (N translation units) "
                    "and its compile_commands.json.")
    ap.add_argument("-o", "--out", required=True, help="output directory (created)")
    ap.add_argument("-n", "--tus", type=int, default=50,
                    help="translation units (default 50, at least 8)")
    ap.add_argument("--steps", type=int, default=None,
                    help="initialization steps after the registration, each a "
                         "helper in another file (default: 6 + N/5, at most 30)")
    ap.add_argument("--style", choices=STYLES, default="exit-label",
                    help="initialize's cleanup idiom (default exit-label)")
    ap.add_argument("--leak", action="store_true",
                    help="the shared free routine forgets the deregistration")
    ap.add_argument("--min-helpers", type=int, default=8,
                    help="helpers per hardware/service file, at least (default 8)")
    ap.add_argument("--max-helpers", type=int, default=12,
                    help="helpers per hardware/service file, at most (default 12)")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args(argv)
    if a.tus < 8:
        ap.error("-n must be at least 8")
    if a.steps is None:
        a.steps = min(30, 6 + a.tus // 5)
    tus, helpers, steps = generate(a)
    lines = 0
    for root in ("src", "inc"):
        for name in os.listdir(os.path.join(a.out, root)):
            with open(os.path.join(a.out, root, name)) as f:
                lines += sum(1 for _ in f)
    print("%s: %d translation units, %d helpers, %d initialization steps, %d lines; "
          "compile_commands.json written" % (a.out, len(tus), len(helpers) + len(steps),
                                             len(steps), lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
