#!/usr/bin/env python3
"""Benchmark ndis-tidy's ndis-init-register-interrupt check against parse-only
clang-tidy on the same input.

For every input it measures, interleaved, median of --runs runs:

  baseline   ndis-tidy -checks='-*,google-build-using-namespace' FILE --
             The same binary, the same compile command and the same stand-in
             headers, but the only enabled check is C++-only, so clang-tidy
             drops it for a C file and runs no check and no AST matcher at
             all: this is parse + Sema + clang-tidy's own start-up, i.e.
             exactly what a user pays before any check runs.
  check      ndis-tidy -checks='-*,ndis-init-register-interrupt' FILE --
             (with --enable-check-profile, which adds one timer around the
             check's single callback and gives its in-process time).
  fix        the same with --fix, on a fresh copy of FILE for every run.
  cc         clang-19 -fsyntax-only -idirafter <stand-in headers> FILE
             (reference only: the bare compiler front end).

and reports wall time, CPU time (user+sys) and peak RSS (from wait4), the
ratio check/baseline, the check's own cost (check - baseline) and that cost
per failure point.  For the scaling series it also fits the growth of the
check's own cost (time(2N)/time(N) and the exponent k of cost ~ N^k).

Stdlib only.  Nothing is run in parallel (the machine has 2 cores and runs are
timed).  The tool binary is copied to a scratch directory first, so a rebuild
of build/ during the run cannot change what is measured.

  bench/run_bench.py --out bench-results.md            # full run, a few minutes
  bench/run_bench.py --quick --out /tmp/quick.md       # about a minute
"""

import argparse
import datetime
import hashlib
import json
import math
import os
import platform
import re
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import gen_driver  # noqa: E402

BASELINE_CHECKS = "-*,google-build-using-namespace"
CHECK = "ndis-init-register-interrupt"
CHECK_CHECKS = "-*," + CHECK

# --kernel-headers mingw-w64: the inputs parse a real kernel header set
# (Debian's mingw-w64-x86-64-dev) under the stand-ins' NDIS 6 declarations,
# through bench/mingw-ddk/ndis.h. The WDK is not available here; this is the
# closest parse volume to a WDK build the machine has.
MINGW_ROOT = "/usr/x86_64-w64-mingw32/include"


def kernel_header_args(kind):
    if kind == "stand-in":
        return []
    return ["--target=x86_64-w64-mingw32",
            "-I" + os.path.join(HERE, "mingw-ddk"),
            "-I" + os.path.join(MINGW_ROOT, "ddk"), "-I" + MINGW_ROOT,
            "-I" + os.path.join(ROOT, "stand-in-headers"), "-w"]


FULL_SCALING = [10, 50, 100, 250, 500, 1000, 2000]
QUICK_SCALING = [10, 50, 100, 250]
# The goto ladder makes the path to the cleanup of failure point K walk every
# rung below K: the walk is inherently quadratic there, so that series stops
# earlier (it is a stress test, not the linearity series).
LADDER_SCALING = [10, 25, 50]

# (name, generator options, description) of the realistic drivers: sizes of
# real single-adapter miniports (1-3 thousand lines of driver code, 6-30
# failure points after the interrupt is registered).
REALISTIC = [
    ("gen-small-exit", dict(checks=6, style="exit-label", leak=True, helpers=15),
     "small driver, exit label"),
    ("gen-typical-exit", dict(checks=12, style="exit-label", leak=True, helpers=60),
     "typical driver, exit label"),
    ("gen-typical-exit-ok", dict(checks=12, style="exit-label", leak=False, helpers=60),
     "same, interrupt deregistered (no finding)"),
    ("gen-typical-ladder", dict(checks=12, style="ladder", leak=True, helpers=60),
     "typical driver, goto ladder"),
    ("gen-typical-dowhile", dict(checks=12, style="do-while", leak=True, helpers=60),
     "typical driver, do/while(FALSE)"),
    ("gen-large-exit", dict(checks=30, style="exit-label", leak=True, helpers=150),
     "large driver, exit label"),
]
QUICK_REALISTIC = {"gen-small-exit", "gen-typical-exit", "gen-typical-ladder"}

EXAMPLES = [
    ("example-leaky", "examples/leaky-miniport/miniport.c", "bundled leaky example"),
    ("example-correct", "examples/correct-miniport/miniport.c", "bundled correct example"),
]


# ---------------------------------------------------------------------------
# Running one command
# ---------------------------------------------------------------------------

class Result:
    def __init__(self, wall, cpu, rss_kb, rc, timed_out=False, stderr=""):
        self.wall, self.cpu, self.rss_kb, self.rc = wall, cpu, rss_kb, rc
        self.timed_out = timed_out
        self.stderr = stderr


def run_once(cmd, timeout, mem_limit_mb, cwd=None, stdout_path=os.devnull):
    """Runs cmd, returns its wall time, CPU time and peak RSS (wait4)."""
    def limit():
        os.setsid()
        if mem_limit_mb:
            lim = mem_limit_mb * 1024 * 1024
            resource.setrlimit(resource.RLIMIT_AS, (lim, lim))

    with open(stdout_path, "wb") as out, tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=out, stderr=err, cwd=cwd,
                             preexec_fn=limit)
        deadline = t0 + timeout
        timed_out = False
        while True:
            pid, status, ru = os.wait4(p.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                timed_out = True
                try:
                    os.killpg(p.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                pid, status, ru = os.wait4(p.pid, 0)
                break
            time.sleep(0.002)
        wall = time.perf_counter() - t0
        p.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        text = err.read().decode(errors="replace")
    return Result(wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss, p.returncode,
                  timed_out, text)


# ---------------------------------------------------------------------------
# The tool under test
# ---------------------------------------------------------------------------

def snapshot_tool(tool, build_dir, scratch):
    """Copies bin/ndis-tidy and the stand-in headers beside it (the layout the
    tool looks for) so that a concurrent rebuild cannot change the binary."""
    dst = os.path.join(scratch, "tool")
    os.makedirs(os.path.join(dst, "bin"))
    shutil.copy2(tool, os.path.join(dst, "bin", "ndis-tidy"))
    inc = os.path.join(build_dir, "share", "ndis-tidy", "include")
    if not os.path.isfile(os.path.join(inc, "ndis.h")):
        inc = os.path.join(ROOT, "stand-in-headers")
    shutil.copytree(inc, os.path.join(dst, "share", "ndis-tidy", "include"))
    return os.path.join(dst, "bin", "ndis-tidy"), os.path.join(dst, "share", "ndis-tidy", "include")


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def machine_info(tool, clang):
    info = {}
    info["date"] = datetime.datetime.now().astimezone().isoformat(timespec="seconds")
    info["nproc"] = os.cpu_count()
    try:
        info["nproc_cmd"] = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip()
    except OSError:
        pass
    cpu = ""
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    info["cpu"] = cpu
    try:
        with open("/proc/meminfo") as f:
            info["mem"] = f.readline().split(":", 1)[1].strip()
    except OSError:
        pass
    info["kernel"] = platform.release()
    info["python"] = platform.python_version()
    v = subprocess.run([tool, "--version"], capture_output=True, text=True).stdout
    m = re.search(r"LLVM version ([\d.]+)", v)
    info["llvm"] = m.group(1) if m else v.strip()
    v = subprocess.run([clang, "--version"], capture_output=True, text=True).stdout
    info["clang"] = v.splitlines()[0] if v else "?"
    try:
        info["git"] = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"],
                                     capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", ROOT, "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True).stdout.strip()
        info["git_dirty"] = bool(dirty)
    except OSError:
        pass
    info["tool_sha256"] = sha256(tool)[:16]
    try:
        info["loadavg"] = open("/proc/loadavg").read().split()[:3]
    except OSError:
        pass
    return info


# ---------------------------------------------------------------------------
# Measuring one input
# ---------------------------------------------------------------------------

KERNEL_ARGS = []  # set from --kernel-headers in main()


class Input:
    def __init__(self, name, path, n, desc, extra_args=(), kind="realistic",
                 do_fix=True):
        self.name, self.path, self.n, self.desc = name, path, n, desc
        self.extra_args = list(extra_args) + KERNEL_ARGS
        self.kind = kind
        self.do_fix = do_fix
        with open(path, errors="replace") as f:
            self.lines = sum(1 for _ in f)


def summarize(results):
    ok = [r for r in results if not r.timed_out]
    if not ok:
        return None
    return {
        "wall": statistics.median(r.wall for r in ok),
        "wall_min": min(r.wall for r in ok),
        "wall_all": [round(r.wall, 4) for r in ok],
        "cpu": statistics.median(r.cpu for r in ok),
        "rss_mb": max(r.rss_kb for r in ok) / 1024.0,
        "runs": len(ok),
        "rc": ok[-1].rc,
    }


def read_profile(profile_dir):
    """In-process time of the check's callback from --store-check-profile."""
    for root, _, files in os.walk(profile_dir):
        for fn in files:
            if not fn.endswith(".json"):
                continue
            try:
                with open(os.path.join(root, fn)) as f:
                    data = json.load(f)
            except (OSError, ValueError):
                continue
            wall = data.get("profile", {}).get(f"time.clang-tidy.{CHECK}.wall")
            if wall is not None:
                return wall
    return None


def measure(inp, a, tool, stand_in, scratch, log):
    src_dir = os.path.dirname(os.path.abspath(inp.path))
    compile_args = ["-I" + src_dir] + inp.extra_args
    mem = a.mem_limit_mb
    modes = {
        "baseline": [tool, "-checks=" + BASELINE_CHECKS, inp.path, "--"] + compile_args,
        "check": None,  # built per run (profile directory)
        "fix": None,    # built per run (fresh copy)
    }
    if not a.no_cc:
        modes["cc"] = [a.clang, "-fsyntax-only", "-idirafter", stand_in] + compile_args + [inp.path]
    if a.no_fix or not inp.do_fix:
        del modes["fix"]
    results = {m: [] for m in modes}
    profile_walls = []
    stopped = set()
    warnings = warnings_notes = None
    fix_applied = None
    fix_skipped = False
    for i in range(a.runs):
        for mode in modes:
            if mode in stopped:
                continue
            if mode == "cc" and i >= max(1, min(a.runs, 3)):
                continue
            if mode == "check":
                pdir = tempfile.mkdtemp(prefix="prof-", dir=scratch)
                cmd = [tool, "-checks=" + CHECK_CHECKS, "--enable-check-profile",
                       "--store-check-profile=" + pdir, inp.path, "--"] + compile_args
            elif mode == "fix":
                fdir = tempfile.mkdtemp(prefix="fix-", dir=scratch)
                copy = os.path.join(fdir, os.path.basename(inp.path))
                shutil.copy2(inp.path, copy)
                cmd = [tool, "-checks=" + CHECK_CHECKS, "--fix", copy, "--"] + compile_args
            else:
                cmd = modes[mode]
            out_path = os.path.join(scratch, f"{inp.name}.{mode}.out")
            r = run_once(cmd, a.timeout, mem, stdout_path=out_path)
            results[mode].append(r)
            if r.timed_out:
                log(f"    {mode}: TIMEOUT after {a.timeout:.0f} s")
                stopped.add(mode)
                continue
            if r.rc != 0 and mode != "cc":
                log(f"    {mode}: exit {r.rc}: {r.stderr.strip().splitlines()[-1:] }")
            if mode == "check":
                pw = read_profile(pdir)
                if pw is not None:
                    profile_walls.append(pw)
                shutil.rmtree(pdir, ignore_errors=True)
                if warnings is None:
                    with open(out_path, errors="replace") as f:
                        text = f.read()
                    warnings = len(re.findall(r"warning: .*\[" + CHECK + r"\]", text))
                    warnings_notes = len(re.findall(r"note: MiniportInitializeEx fails here", text))
            if mode == "fix":
                if fix_applied is None:
                    m = re.search(r"applied (\d+) of (\d+) suggested fixes", r.stderr)
                    fix_applied = f"{m.group(1)}/{m.group(2)}" if m else "0/0"
                shutil.rmtree(fdir, ignore_errors=True)
            # A slow input is measured once: its noise is small relative to
            # its duration, and the run has to stay within a few minutes.
            if r.wall > a.slow_threshold:
                stopped.add(mode)
            # --fix plans exactly what the check plans (planning is not
            # conditional on --fix) and then applies it: when the check alone
            # is very slow, the fix run adds nothing but minutes.
            if mode == "check" and i == 0 and "fix" in modes and r.wall > a.fix_skip_above:
                stopped.add("fix")
                fix_skipped = True
    row = {"name": inp.name, "kind": inp.kind, "n": inp.n, "lines": inp.lines,
           "desc": inp.desc, "path": os.path.relpath(inp.path, ROOT) if inp.path.startswith(ROOT) else inp.path}
    for mode in modes:
        row[mode] = summarize(results[mode])
        if any(r.timed_out for r in results[mode]):
            row[mode + "_timeout"] = True
    row["check_inproc"] = statistics.median(profile_walls) if profile_walls else None
    row["warnings"] = warnings
    row["failure_notes"] = warnings_notes if warnings is not None else None
    row["fix_applied"] = fix_applied
    row["fix_skipped"] = fix_skipped
    return row


# ---------------------------------------------------------------------------
# Instruction counts (valgrind --tool=callgrind): repeatable, load-independent
# ---------------------------------------------------------------------------

CG_FUNCS = {
    "check_cb_ir": "clang::tidy::ndis::InitRegisterInterruptCheck::check(",
    "analysis": "ndis::findLeaks(",
    "plan_init": "ndis::planInitializeFix(",
    "plan_halt": "ndis::planHaltFix(",
    "matchast": "clang::ast_matchers::MatchFinder::matchAST(",
    "state_hash": "ndis::PathState::hash() const",
    "state_copy": "ndis::PathState::PathState(ndis::PathState const&)",
}


def callgrind_totals(path):
    with open(path, errors="replace") as f:
        for line in f:
            if line.startswith(("summary:", "totals:")):
                return int(line.split()[1])
    return None


def callgrind_inclusive(path):
    text = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", path],
                          capture_output=True, text=True).stdout
    found = {}
    for line in text.splitlines():
        m = re.match(r"\s*([\d,]+) \(\s*[\d.]+%\)\s+\S*?:(.*)", line)
        if not m:
            continue
        ir, fn = int(m.group(1).replace(",", "")), m.group(2)
        for key, needle in CG_FUNCS.items():
            # the first (outermost, largest) entry of each function
            if needle in fn and key not in found and "'2" not in fn.split("[")[0]:
                found[key] = ir
    tree = subprocess.run(["callgrind_annotate", "--tree=caller", "--inclusive=yes",
                           "--threshold=100", path], capture_output=True, text=True).stdout
    walks = {}
    block = []
    for line in tree.splitlines():
        if " < " in line:
            block.append(line)
            continue
        if " * " in line and "ndis::PathWalker::walkHandler(" in line:
            for b in block:
                # planHolds, in an anonymous namespace, walks for the planner
                m = re.search(r"< \S*?:ndis::(?:\(anonymous namespace\)::)?(\w+)\(.*\((\d+)x\)", b)
                if m:
                    walks[m.group(1)] = walks.get(m.group(1), 0) + int(m.group(2))
        block = []
    found["walks"] = walks
    return found


def run_callgrind(inp, tool, scratch, log):
    src_dir = os.path.dirname(os.path.abspath(inp.path))
    out = {}
    for mode, checks in (("baseline", BASELINE_CHECKS), ("check", CHECK_CHECKS)):
        cg = os.path.join(scratch, f"{inp.name}.{mode}.callgrind")
        cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=" + cg, tool,
               "-checks=" + checks, inp.path, "--", "-I" + src_dir] + inp.extra_args
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        out[mode] = callgrind_totals(cg)
        if mode == "check":
            out.update(callgrind_inclusive(cg))
    if out.get("baseline") and out.get("check"):
        out["ratio"] = out["check"] / out["baseline"]
        log(f"    callgrind: {out['baseline']:,} vs {out['check']:,} Ir, ratio {out['ratio']:.2f}")
    return out


def callgrind_table(rows):
    head = ("| input | N | Ir baseline (M) | Ir check (M) | ratio | check callback (M) "
            "| analysis: findLeaks (M) | fix planning (M) | handler walks: analysis / planner "
            "| PathState hash+copy (M) |")
    lines = [head, "|" + "|".join(["---"] * (head.count("|") - 1)) + "|"]
    M = 1e6
    for r in rows:
        c = r.get("callgrind")
        if not c or not c.get("check"):
            continue
        plan = (c.get("plan_init") or 0) + (c.get("plan_halt") or 0)
        walks = c.get("walks", {})
        hc = (c.get("state_hash") or 0) + (c.get("state_copy") or 0)
        lines.append(
            f"| {r['name']} | {r['n']} | {c['baseline'] / M:.0f} | {c['check'] / M:.0f} "
            f"| {c.get('ratio', 0):.2f} | {(c.get('check_cb_ir') or 0) / M:.0f} "
            f"| {(c.get('analysis') or 0) / M:.0f} | {plan / M:.0f} "
            f"| {walks.get('findLeaks', 0)} / {walks.get('planInitializeFix', 0) + walks.get('planHaltFix', 0) + walks.get('planHolds', 0)} "
            f"| {hc / M:.0f} |")
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# Reporting
# ---------------------------------------------------------------------------

def fmt_s(x, nd=3):
    return "—" if x is None else f"{x:.{nd}f}"


def derived(row, mode):
    b, c = row.get("baseline"), row.get(mode)
    if not b or not c:
        return None
    own = c["wall"] - b["wall"]
    d = {"ratio": c["wall"] / b["wall"], "own": own,
         "ratio_cpu": c["cpu"] / b["cpu"] if b["cpu"] > 0 else None,
         "own_cpu": c["cpu"] - b["cpu"]}
    d["per_point_us"] = own / row["n"] * 1e6 if row["n"] else None
    return d


def table(rows):
    head = ("| input | N | lines | baseline s | check s | ratio | check−baseline s "
            "| µs / failure point | in-process check s | fix s | fix ratio "
            "| peak RSS MB (base / check / fix) | runs | findings |")
    sep = "|" + "|".join(["---"] * (head.count("|") - 1)) + "|"
    lines = [head, sep]
    for r in rows:
        b, c, f = r.get("baseline"), r.get("check"), r.get("fix")
        dc, df = derived(r, "check"), derived(r, "fix")
        check_s = fmt_s(c["wall"]) if c else ("timeout" if r.get("check_timeout") else "—")
        fix_s = fmt_s(f["wall"]) if f else ("timeout" if r.get("fix_timeout") else
                                            "skipped" if r.get("fix_skipped") else "—")
        rss = " / ".join(f"{x['rss_mb']:.0f}" if x else "—" for x in (b, c, f))
        runs = "/".join(str(x["runs"]) if x else "0" for x in (b, c, f))
        findings = "—"
        if r.get("warnings") is not None:
            findings = f"{r['warnings']} warn, {r['failure_notes']} exits"
            if r.get("fix_applied"):
                findings += f", fixes {r['fix_applied']}"
        lines.append(
            f"| {r['name']} | {r['n']} | {r['lines']} | {fmt_s(b['wall'] if b else None)} "
            f"| {check_s} | {fmt_s(dc['ratio'], 2) if dc else '—'} "
            f"| {fmt_s(dc['own']) if dc else '—'} "
            f"| {fmt_s(dc['per_point_us'], 0) if dc and dc['per_point_us'] is not None else '—'} "
            f"| {fmt_s(r.get('check_inproc'))} | {fix_s} "
            f"| {fmt_s(df['ratio'], 2) if df else '—'} | {rss} | {runs} | {findings} |")
    return "\n".join(lines)


def cpu_table(rows):
    head = "| input | N | cc -fsyntax-only s (CPU) | baseline CPU s | check CPU s | ratio (CPU) | fix CPU s | fix ratio (CPU) |"
    lines = [head, "|" + "|".join(["---"] * (head.count("|") - 1)) + "|"]
    for r in rows:
        b, c, f, cc = r.get("baseline"), r.get("check"), r.get("fix"), r.get("cc")
        dc, df = derived(r, "check"), derived(r, "fix")
        lines.append(
            f"| {r['name']} | {r['n']} | {fmt_s(cc['cpu']) if cc else '—'} "
            f"| {fmt_s(b['cpu'] if b else None)} | {fmt_s(c['cpu'] if c else None)} "
            f"| {fmt_s(dc['ratio_cpu'], 2) if dc and dc['ratio_cpu'] else '—'} "
            f"| {fmt_s(f['cpu'] if f else None)} "
            f"| {fmt_s(df['ratio_cpu'], 2) if df and df['ratio_cpu'] else '—'} |")
    return "\n".join(lines)


def growth(rows, mode):
    """Own cost (mode - baseline, wall) against N: successive doubling ratios
    and the least-squares exponent k of cost ~ N^k over N >= 100."""
    pts = []
    for r in rows:
        d = derived(r, mode)
        if d and d["own"] > 0:
            pts.append((r["n"], d["own"], d["own_cpu"]))
    pts.sort()
    out = {"points": pts, "steps": []}
    for (n1, c1, _), (n2, c2, _) in zip(pts, pts[1:]):
        out["steps"].append((n1, n2, c2 / c1, n2 / n1))
    fit = [(math.log(n), math.log(c)) for n, c, _ in pts if n >= 100 and c > 0]
    if len(fit) >= 2:
        mx = sum(x for x, _ in fit) / len(fit)
        my = sum(y for _, y in fit) / len(fit)
        sxx = sum((x - mx) ** 2 for x, _ in fit)
        sxy = sum((x - mx) * (y - my) for x, y in fit)
        out["exponent"] = sxy / sxx if sxx else None
    return out


def growth_text(rows, mode, label):
    g = growth(rows, mode)
    if not g["points"]:
        return f"{label}: no data\n"
    parts = [f"{label}:"]
    for n1, n2, cr, nr in g["steps"]:
        parts.append(f"  own cost({n2}) / own cost({n1}) = {cr:.2f}  (N ratio {nr:.1f})")
    if g.get("exponent") is not None:
        parts.append(f"  least-squares exponent k (own cost ~ N^k, N >= 100) = {g['exponent']:.2f}"
                     "  (1.0 = linear, 2.0 = quadratic)")
    return "\n".join(parts) + "\n"


def markdown(info, realistic, scaling, analysis, ladder, a, cmdline, elapsed):
    md = []
    md.append("# ndis-tidy benchmark results\n")
    md.append(f"Generated by `{cmdline}` in {elapsed:.0f} s.\n")
    md.append("| | |\n|---|---|")
    md.append(f"| date | {info.get('date')} |")
    md.append(f"| machine | {info.get('cpu')}, {info.get('nproc')} cores (`nproc` = {info.get('nproc_cmd')}), {info.get('mem')} RAM, Linux {info.get('kernel')} |")
    md.append(f"| load average at start | {' '.join(info.get('loadavg', []))} |")
    md.append(f"| LLVM | {info.get('llvm')} ({info.get('clang')}) |")
    md.append(f"| tree | git {info.get('git')}{' + uncommitted changes' if info.get('git_dirty') else ''}, tool sha256 {info.get('tool_sha256')}… |")
    md.append(f"| headers | {'MinGW-w64 kernel headers + stand-in NDIS 6 declarations (bench/mingw-ddk/ndis.h)' if a.kernel_headers == 'mingw-w64' else 'ndis-tidy stand-in headers'} |")
    md.append(f"| runs | median of {a.runs} (a mode whose run takes > {a.slow_threshold:g} s is run once), timeout {a.timeout:g} s |")
    md.append("")
    md.append("baseline = `ndis-tidy -checks='" + BASELINE_CHECKS + "' FILE --` (parse-only clang-tidy: the check is C++-only, clang-tidy drops it for C and runs no matcher); "
              "check = `ndis-tidy -checks='" + CHECK_CHECKS + "' FILE --`; fix = the same with `--fix` on a copy. "
              "Times are wall-clock seconds; ratio = check / baseline; µs / failure point = (check − baseline) / N. "
              "In-process check s = the check's callback time from `--enable-check-profile`.\n")
    if realistic:
        md.append("## Realistic drivers\n")
        md.append(table(realistic))
        md.append("")
    if scaling:
        md.append("## Scaling: exit-label handler, N failure points after the registration\n")
        md.append(table(scaling))
        md.append("")
        md.append("```")
        md.append(growth_text(scaling, "check", "check (analysis + fix planning), wall"))
        if any(r.get("fix") for r in scaling):
            md.append(growth_text(scaling, "fix", "--fix, wall"))
        md.append("```\n")
    if analysis:
        md.append("## Scaling: the same handler with the interrupt deregistered (analysis only, nothing to fix)\n")
        md.append(table(analysis))
        md.append("")
        md.append("```")
        md.append(growth_text(analysis, "check", "check (analysis only), wall"))
        md.append("```\n")
    if ladder:
        md.append("## Scaling: goto-ladder handler (one rung per acquiring step)\n")
        md.append(table(ladder))
        md.append("")
        md.append("```")
        md.append(growth_text(ladder, "check", "check, wall"))
        md.append("```\n")
    allrows = realistic + scaling + analysis + ladder
    if any(r.get("callgrind") for r in allrows):
        md.append("## Instruction counts (callgrind, one run each)\n")
        md.append("Ir = instructions executed (`valgrind --tool=callgrind`), independent of machine load. "
                  "check callback = inclusive cost of `InitRegisterInterruptCheck::check`; "
                  "analysis = `findLeaks` (walks initialize, then halt); fix planning = "
                  "`planInitializeFix` + `planHaltFix` (each candidate fix is proved by a further walk of "
                  "the handler); walks = calls of `PathWalker::walkHandler` from each.\n")
        md.append(callgrind_table(allrows))
        md.append("")
    md.append("## CPU time (user + sys), same runs\n")
    md.append(cpu_table(allrows))
    md.append("")
    return "\n".join(md)


# ---------------------------------------------------------------------------

def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--tool", default=os.path.join(ROOT, "build", "bin", "ndis-tidy"))
    p.add_argument("--clang", default="clang-19")
    p.add_argument("--runs", type=int, default=5, help="runs per mode (median; default 5)")
    p.add_argument("--quick", action="store_true",
                   help="3 runs, N up to 250, fewer realistic inputs, no ladder series")
    p.add_argument("--out", help="write the results as markdown here")
    p.add_argument("--json", help="write the raw results as JSON here")
    p.add_argument("--scaling", help="comma-separated N of the exit-label series "
                   f"(default {','.join(map(str, FULL_SCALING))})")
    p.add_argument("--ladder", help="comma-separated N of the ladder series "
                   f"(default {','.join(map(str, LADDER_SCALING))}; 'none' to skip)")
    p.add_argument("--only", choices=("realistic", "scaling", "analysis", "ladder"),
                   action="append", help="run only these groups (repeatable)")
    p.add_argument("--no-fix", action="store_true", help="skip the --fix runs")
    p.add_argument("--no-cc", action="store_true", help="skip the clang -fsyntax-only reference")
    p.add_argument("--timeout", type=float, default=150.0, help="seconds per run (default 150)")
    p.add_argument("--slow-threshold", type=float, default=4.0,
                   help="a mode whose run takes longer is run only once (default 4 s)")
    p.add_argument("--fix-skip-above", type=float, default=10.0,
                   help="skip the --fix runs of an input whose check run takes longer "
                        "(default 10 s)")
    p.add_argument("--mem-limit-mb", type=int, default=8192,
                   help="address-space limit per run (default 8192 MB; 0 = none)")
    p.add_argument("--callgrind", action="store_true",
                   help="also count instructions with valgrind --tool=callgrind (one run of "
                        "baseline and check per input; slow: ~50x)")
    p.add_argument("--callgrind-max", type=float, default=1.5,
                   help="only for inputs whose check takes at most this many seconds (default 1.5)")
    p.add_argument("--kernel-headers", choices=("stand-in", "mingw-w64"), default="stand-in",
                   help="headers the inputs parse: ndis-tidy's stand-ins (default, ~5 k lines) or "
                        "MinGW-w64's kernel headers under the stand-ins' NDIS 6 declarations "
                        "(~48 k lines, closer to a WDK build; needs mingw-w64-x86-64-dev)")
    p.add_argument("--workdir", help="scratch directory (default: a temporary one, removed)")
    p.add_argument("--keep", action="store_true", help="keep the scratch directory")
    a = p.parse_args(argv)
    if a.quick:
        a.runs = min(a.runs, 3)
    scaling_ns = [int(x) for x in a.scaling.split(",")] if a.scaling else (
        QUICK_SCALING if a.quick else FULL_SCALING)
    if a.ladder == "none" or (a.quick and not a.ladder):
        ladder_ns = []
    else:
        ladder_ns = [int(x) for x in a.ladder.split(",")] if a.ladder else LADDER_SCALING
    groups = set(a.only or ("realistic", "scaling", "analysis", "ladder"))
    if a.kernel_headers == "mingw-w64" and not os.path.isfile(
            os.path.join(MINGW_ROOT, "ddk", "ntddk.h")):
        p.error("--kernel-headers mingw-w64 needs MinGW-w64's DDK headers: "
                "apt-get install mingw-w64-x86-64-dev")
    KERNEL_ARGS[:] = kernel_header_args(a.kernel_headers)

    if not os.access(a.tool, os.X_OK):
        p.error(f"no tool at {a.tool}: build it first (cmake --build build -j2)")
    if shutil.which(a.clang) is None:
        a.no_cc = True
    if a.callgrind and not (shutil.which("valgrind") and shutil.which("callgrind_annotate")):
        p.error("--callgrind needs valgrind and callgrind_annotate")

    scratch = a.workdir or tempfile.mkdtemp(prefix="ndis-bench-")
    os.makedirs(scratch, exist_ok=True)
    started = time.perf_counter()

    def log(msg):
        print(msg, file=sys.stderr, flush=True)

    try:
        tool, stand_in = snapshot_tool(a.tool, os.path.dirname(os.path.dirname(a.tool)), scratch)
        info = machine_info(tool, a.clang)
        log(f"tool {a.tool} (sha256 {info['tool_sha256']}…), LLVM {info['llvm']}, "
            f"{info['nproc']} cores, {info['cpu']}, load {' '.join(info.get('loadavg', []))}")
        gen_dir = os.path.join(scratch, "inputs")
        os.makedirs(gen_dir)

        def gen(name, checks, style, leak, helpers):
            path = os.path.join(gen_dir, name + ".c")
            gen_driver.main(["--checks", str(checks), "--style", style,
                             "--leak" if leak else "--no-leak",
                             "--helpers", str(helpers), "-o", path])
            return path

        realistic_inputs, scaling_inputs, ladder_inputs, analysis_inputs = [], [], [], []
        if "realistic" in groups:
            for name, opts, desc in REALISTIC:
                if a.quick and name not in QUICK_REALISTIC:
                    continue
                realistic_inputs.append(Input(name, gen(name, **opts), opts["checks"], desc))
            for name, rel, desc in EXAMPLES:
                path = os.path.join(ROOT, rel)
                if os.path.isfile(path):
                    # failure points after the registration: counted by the
                    # check's own notes when it finds a leak; 0 otherwise.
                    realistic_inputs.append(Input(name, path, 0, desc))
                else:
                    log(f"{rel} is missing: skipped")
        if "scaling" in groups:
            for n in scaling_ns:
                name = f"scale-exit-{n}"
                scaling_inputs.append(Input(name, gen(name, n, "exit-label", True, 0), n,
                                            "exit label, leak", kind="scaling"))
        if "analysis" in groups:
            for n in scaling_ns:
                name = f"scale-exit-ok-{n}"
                analysis_inputs.append(Input(name, gen(name, n, "exit-label", False, 0), n,
                                             "exit label, no leak", kind="analysis",
                                             do_fix=False))
        if "ladder" in groups:
            for n in ladder_ns:
                name = f"scale-ladder-{n}"
                ladder_inputs.append(Input(name, gen(name, n, "ladder", True, 0), n,
                                           "goto ladder, leak", kind="ladder"))

        # Warm the page cache (binary, shared libraries, headers) once.
        first = (realistic_inputs + scaling_inputs + analysis_inputs + ladder_inputs)[0]
        run_once([tool, "-checks=" + BASELINE_CHECKS, first.path, "--"], a.timeout, 0)

        def run_group(inputs):
            rows = []
            for inp in inputs:
                log(f"  {inp.name} ({inp.lines} lines, N={inp.n})")
                row = measure(inp, a, tool, stand_in, scratch, log)
                if a.callgrind and row.get("check") and row["check"]["wall"] <= a.callgrind_max:
                    row["callgrind"] = run_callgrind(inp, tool, scratch, log)
                if inp.n == 0 and row.get("failure_notes"):
                    row["n"] = row["failure_notes"]
                rows.append(row)
                d = derived(row, "check")
                if d:
                    log(f"    baseline {row['baseline']['wall']:.3f} s, check {row['check']['wall']:.3f} s, "
                        f"ratio {d['ratio']:.2f}, own {d['own']:.3f} s")
            return rows

        log("realistic drivers:")
        realistic = run_group(realistic_inputs)
        log("scaling series (exit label):")
        scaling = run_group(scaling_inputs)
        log("scaling series (exit label, no leak: analysis only):")
        analysis = run_group(analysis_inputs)
        log("scaling series (goto ladder):")
        ladder = run_group(ladder_inputs)
        elapsed = time.perf_counter() - started

        cmdline = "bench/run_bench.py " + " ".join(argv if argv is not None else sys.argv[1:])
        md = markdown(info, realistic, scaling, analysis, ladder, a, cmdline.strip(), elapsed)
        print(md)
        if a.out:
            with open(a.out, "w") as f:
                f.write(md + "\n")
        if a.json:
            with open(a.json, "w") as f:
                json.dump({"info": info, "realistic": realistic, "scaling": scaling,
                           "analysis": analysis, "ladder": ladder, "elapsed": elapsed,
                           "growth": {"check": growth(scaling, "check"),
                                      "fix": growth(scaling, "fix"),
                                      "analysis": growth(analysis, "check"),
                                      "ladder": growth(ladder, "check")}},
                          f, indent=1)
        log(f"done in {elapsed:.0f} s")
    finally:
        if not a.keep and not a.workdir:
            shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
