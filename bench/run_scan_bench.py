#!/usr/bin/env python3
"""Benchmark ndis-scan (whole-driver analysis) against compiling the same
driver with clang -fsyntax-only, at the same parallelism.

For each generated driver (bench/gen_multi_tu_driver.py; or --driver DIR, any
directory with a compile_commands.json), interleaved run by run, median of
--runs runs:

  cc     clang-19 -fsyntax-only over every entry of compile_commands.json, with
         the entry's own flags (the compiler, -c and -o dropped) plus
         -idirafter <stand-in headers>, --jobs at a time: what parsing the
         whole driver costs anyway, e.g. in a build.
  scan   ndis-scan -p DIR -j <jobs> --quiet: parse every TU, build the summaries,
         analyze the handlers across files.

Reported: wall time of each (the whole batch for cc), the ratio scan/cc (the
goal: below 1.3), CPU time (user+sys of all children, from wait4; unlike wall
time it does not depend on what else the machine is doing), and peak RSS:
ndis-scan's (ru_maxrss from wait4, which covers the largest of its
processes; with --poll-rss also the peak of the sum over its process tree,
sampled from /proc) against clang -fsyntax-only's on the single largest TU
(and the largest over all TUs). ndis-scan's exit status is shown too (0: no
finding, 1: findings, which --leak drivers have). For generated drivers a
status other than the expected one (a leak missed, typically because the
handler went over the check's state budget, or a false alarm) is flagged,
and the script then exits 1.

The tool is copied, with the stand-in headers beside it in the layout it
looks for, into the scratch directory before anything runs, so a rebuild of
build/ cannot change what is measured. Stdlib only.

  bench/run_scan_bench.py --quick                    # 50 TUs, 3 runs
  bench/run_scan_bench.py --out /tmp/scan.md         # 20/50/150 TUs, 5 runs, both variants
  bench/run_scan_bench.py --baseline-only --quick    # only the clang half (no ndis-scan needed)
"""

import argparse
import contextlib
import datetime
import hashlib
import json
import os
import platform
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import gen_multi_tu_driver  # noqa: E402

GOAL_RATIO = 1.3
FULL_SIZES = [20, 50, 150]
QUICK_SIZES = [50]


# ---------------------------------------------------------------------------
# Processes
# ---------------------------------------------------------------------------

class Run:
    """One timed execution: wall and CPU seconds, peak RSS in KiB."""

    def __init__(self, wall, cpu, rss_kb, rc, tree_rss_kb=None, stderr="", timed_out=False):
        self.wall, self.cpu, self.rss_kb, self.rc = wall, cpu, rss_kb, rc
        self.tree_rss_kb = tree_rss_kb
        self.stderr = stderr
        self.timed_out = timed_out


def _own_group():
    os.setsid()


class TreeRssPoller(threading.Thread):
    """Samples the summed RSS of a process and its descendants from /proc."""

    def __init__(self, root_pid, interval):
        super().__init__(daemon=True)
        self.root, self.interval = root_pid, interval
        self.peak_kb = 0
        self.stop = threading.Event()
        self.page_kb = os.sysconf("SC_PAGE_SIZE") // 1024

    def _tree(self):
        children = {}
        for name in os.listdir("/proc"):
            if not name.isdigit():
                continue
            try:
                with open("/proc/%s/stat" % name) as f:
                    stat = f.read()
            except OSError:
                continue
            ppid = int(stat[stat.rfind(")") + 2:].split()[1])
            children.setdefault(ppid, []).append(int(name))
        pids, todo = [], [self.root]
        while todo:
            pid = todo.pop()
            pids.append(pid)
            todo += children.get(pid, [])
        return pids

    def run(self):
        while not self.stop.is_set():
            total = 0
            for pid in self._tree():
                try:
                    with open("/proc/%d/statm" % pid) as f:
                        total += int(f.read().split()[1]) * self.page_kb
                except (OSError, ValueError, IndexError):
                    pass
            self.peak_kb = max(self.peak_kb, total)
            self.stop.wait(self.interval)


def run_one(cmd, timeout, cwd=None, poll_rss=False, stdout=subprocess.DEVNULL):
    """Runs cmd once; stdout goes to `stdout` (a file object or DEVNULL)."""
    with tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, cwd=cwd, stdout=stdout, stderr=err, preexec_fn=_own_group)
        poller = TreeRssPoller(p.pid, 0.02) if poll_rss else None
        if poller:
            poller.start()
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
        if poller:
            poller.stop.set()
            poller.join()
        err.seek(0)
        text = err.read().decode(errors="replace")
    return Run(wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss, p.returncode,
               poller.peak_kb if poller else None, text, timed_out)


def run_pool(jobs, commands, timeout):
    """Runs (cmd, cwd) pairs, `jobs` at a time. Returns the batch's wall time,
    summed CPU time, and per-command (rss_kb, rc, stderr)."""
    t0 = time.perf_counter()
    pending = list(enumerate(commands))
    running = {}
    results = [None] * len(commands)
    cpu = 0.0
    errfiles = {}
    while pending or running:
        while pending and len(running) < jobs:
            i, (cmd, cwd) = pending.pop(0)
            ef = tempfile.TemporaryFile()
            p = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=ef,
                                 preexec_fn=_own_group)
            running[p.pid] = (i, p)
            errfiles[p.pid] = ef
        if time.perf_counter() - t0 > timeout:
            for _, p in running.values():
                try:
                    os.killpg(p.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
        pid, status, ru = os.wait4(-1, 0)
        if pid not in running:
            continue
        i, p = running.pop(pid)
        p.returncode = os.waitstatus_to_exitcode(status)
        cpu += ru.ru_utime + ru.ru_stime
        ef = errfiles.pop(pid)
        ef.seek(0)
        results[i] = (ru.ru_maxrss, p.returncode, ef.read().decode(errors="replace"))
        ef.close()
    return time.perf_counter() - t0, cpu, results


# ---------------------------------------------------------------------------
# The driver's compile commands
# ---------------------------------------------------------------------------

def entry_arguments(entry):
    if "arguments" in entry:
        return list(entry["arguments"])
    return shlex.split(entry["command"])


def syntax_only_commands(build_dir, clang, stand_in):
    """clang -fsyntax-only commands for each compile_commands.json entry."""
    with open(os.path.join(build_dir, "compile_commands.json")) as f:
        entries = json.load(f)
    out = []
    for e in entries:
        args = entry_arguments(e)[1:]
        kept = []
        i = 0
        while i < len(args):
            if args[i] == "-o":
                i += 2
                continue
            if args[i] == "-c":
                i += 1
                continue
            kept.append(args[i])
            i += 1
        src = os.path.normpath(os.path.join(e["directory"], e["file"]))
        is_cxx = os.path.splitext(src)[1] in (".cpp", ".cc", ".cxx")
        compiler = clang.replace("clang", "clang++", 1) if is_cxx and "clang++" not in clang else clang
        cmd = [compiler, "-fsyntax-only"] + kept + ["-idirafter", stand_in]
        out.append((src, cmd, e["directory"]))
    return out


# ---------------------------------------------------------------------------
# The tool under test
# ---------------------------------------------------------------------------

def snapshot_tool(tool, scratch):
    """Copies bin/ndis-scan with share/ndis-tidy/include beside it."""
    build_dir = os.path.dirname(os.path.dirname(os.path.abspath(tool)))
    dst = os.path.join(scratch, "tool")
    os.makedirs(os.path.join(dst, "bin"))
    copy = os.path.join(dst, "bin", os.path.basename(tool))
    shutil.copy2(tool, copy)
    inc = os.path.join(build_dir, "share", "ndis-tidy", "include")
    if not os.path.isfile(os.path.join(inc, "ndis.h")):
        inc = os.path.join(ROOT, "stand-in-headers")
    shutil.copytree(inc, os.path.join(dst, "share", "ndis-tidy", "include"))
    return copy


def stand_in_headers(tool):
    if tool:
        inc = os.path.join(os.path.dirname(os.path.dirname(tool)), "share", "ndis-tidy", "include")
        if os.path.isfile(os.path.join(inc, "ndis.h")):
            return inc
    return os.path.join(ROOT, "stand-in-headers")


# ---------------------------------------------------------------------------
# Measuring
# ---------------------------------------------------------------------------

def mb(kb):
    return None if kb is None else kb / 1024.0


def measure(name, build_dir, a, tool, clang, stand_in, log, expected_rc=None):
    commands = syntax_only_commands(build_dir, clang, stand_in)
    sizes = {}
    for src, _, _ in commands:
        with open(src, errors="replace") as f:
            sizes[src] = sum(1 for _ in f)
    largest = max(sizes, key=lambda s: (sizes[s], s))

    cc_runs, scan_runs = [], []
    cc_rss = {}
    for r in range(a.runs):
        wall, cpu, results = run_pool(a.jobs, [(cmd, cwd) for _, cmd, cwd in commands], a.timeout)
        failed = [(src, res) for (src, _, _), res in zip(commands, results) if res[1] != 0]
        if failed:
            src, (_, rc, err) = failed[0]
            raise SystemExit("run_scan_bench: clang -fsyntax-only failed on %s (exit %d; "
                             "%d file(s) in all):\n%s" % (src, rc, len(failed), err))
        cc_runs.append(Run(wall, cpu, max(res[0] for res in results), 0))
        for (src, _, _), res in zip(commands, results):
            cc_rss[src] = max(cc_rss.get(src, 0), res[0])
        log("  %s run %d/%d: cc %.2fs" % (name, r + 1, a.runs, wall))
        if tool:
            cmd = [tool, "-p", build_dir, "-j", str(a.jobs), "--quiet"] + a.scan_arg
            with tempfile.TemporaryFile() as out:
                run = run_one(cmd, a.timeout, poll_rss=a.poll_rss, stdout=out)
                out.seek(0)
                text = out.read().decode(errors="replace")
            # Findings, and handlers the check could not analyze (remarks:
            # ndis-scan turns ReportSkippedHandlers on), which would hide a leak.
            run.warnings = sum(1 for l in text.splitlines() if ": warning: " in l)
            run.skipped = [l.strip() for l in text.splitlines()
                           if ": remark: " in l and "not analyzed" in l]
            if run.timed_out:
                raise SystemExit("run_scan_bench: %s timed out after %ss" % (" ".join(cmd), a.timeout))
            if run.rc not in (0, 1):
                raise SystemExit("run_scan_bench: %s exited %d:\n%s" % (" ".join(cmd), run.rc,
                                                                      run.stderr[-4000:]))
            scan_runs.append(run)
            log("  %s run %d/%d: scan %.2fs (exit %d)" % (name, r + 1, a.runs, run.wall, run.rc))

    res = {
        "name": name,
        "dir": build_dir,
        "tus": len(commands),
        "lines": sum(sizes.values()),
        "largest_tu": os.path.basename(largest),
        "largest_tu_lines": sizes[largest],
        "cc_wall": statistics.median(r.wall for r in cc_runs),
        "cc_wall_all": [round(r.wall, 3) for r in cc_runs],
        "cc_cpu": statistics.median(r.cpu for r in cc_runs),
        "cc_rss_largest_mb": mb(cc_rss[largest]),
        "cc_rss_max_mb": mb(max(cc_rss.values())),
    }
    if scan_runs:
        res.update({
            "scan_wall": statistics.median(r.wall for r in scan_runs),
            "scan_wall_all": [round(r.wall, 3) for r in scan_runs],
            "scan_cpu": statistics.median(r.cpu for r in scan_runs),
            "scan_rss_mb": mb(max(r.rss_kb for r in scan_runs)),
            "scan_tree_rss_mb": mb(max(r.tree_rss_kb for r in scan_runs)) if a.poll_rss else None,
            "scan_rc": scan_runs[-1].rc,
            "scan_warnings": scan_runs[-1].warnings,
            "scan_skipped": scan_runs[-1].skipped,
        })
        if expected_rc is not None and res["scan_rc"] != expected_rc:
            res["unexpected"] = "exit %d, expected %d%s" % (
                res["scan_rc"], expected_rc,
                " (%s)" % res["scan_skipped"][0] if res["scan_skipped"] else "")
            log("  %s: UNEXPECTED: %s" % (name, res["unexpected"]))
        res["ratio"] = res["scan_wall"] / res["cc_wall"]
        res["cpu_ratio"] = res["scan_cpu"] / res["cc_cpu"]
        res["rss_ratio"] = res["scan_rss_mb"] / res["cc_rss_largest_mb"]
    return res


def fmt(v, spec=".2f", none="–"):
    return none if v is None else format(v, spec)


def markdown(results, info, a):
    out = ["# ndis-scan vs. clang -fsyntax-only, %d at a time" % a.jobs, ""]
    out.append("%s; %s; %s CPUs (%s); load %s; %d run(s) per mode, median." % (
        info["date"], info.get("clang", "?"), info["nproc"], info.get("cpu", "?"),
        " ".join(info.get("loadavg", [])), a.runs))
    if "tool" in info:
        out.append("Tool: `%s` (sha256 %s), git %s%s." % (
            info["tool"], info.get("tool_sha256", "?"), info.get("git", "?"),
            " (uncommitted changes)" if info.get("git_dirty") else ""))
    out.append("")
    out.append("| driver | TUs | lines | cc wall (s) | scan wall (s) | scan/cc | goal < %.1f | "
               "cc CPU (s) | scan CPU (s) | CPU ratio | scan peak RSS (MB) | cc RSS largest TU (MB) | "
               "RSS ratio | scan exit |" % GOAL_RATIO)
    out.append("|---|---:|---:|---:|---:|---:|:---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in results:
        ok = None if "ratio" not in r else ("yes" if r["ratio"] < GOAL_RATIO else "**no**")
        rss = fmt(r.get("scan_rss_mb"), ".0f")
        if r.get("scan_tree_rss_mb") is not None:
            rss += " (tree %s)" % fmt(r["scan_tree_rss_mb"], ".0f")
        out.append("| %s | %d | %d | %s | %s | %s | %s | %s | %s | %s | %s | %s (%s) | %s | %s |" % (
            r["name"], r["tus"], r["lines"], fmt(r["cc_wall"]), fmt(r.get("scan_wall")),
            fmt(r.get("ratio")), ok or "–", fmt(r["cc_cpu"]), fmt(r.get("scan_cpu")),
            fmt(r.get("cpu_ratio")), rss, fmt(r["cc_rss_largest_mb"], ".0f"),
            r["largest_tu"], fmt(r.get("rss_ratio")),
            "**%s**" % r["scan_rc"] if "unexpected" in r else r.get("scan_rc", "–")))
    out.append("")
    for r in results:
        if "unexpected" in r:
            out.append("**%s**: ndis-scan %s." % (r["name"], r["unexpected"]))
    if any("unexpected" in r for r in results):
        out.append("")
    out.append("cc: `%s -fsyntax-only` over every compile command, %d at a time (batch wall "
               "time; CPU summed over the compiles). scan: `ndis-scan -p DIR -j %d --quiet`. "
               "RSS: ru_maxrss from wait4 (ndis-scan: its largest process; cc: the largest "
               "TU's compile, by lines; the largest over all TUs is in the JSON)."
               % (a.clang, a.jobs, a.jobs))
    return "\n".join(out) + "\n"


def machine_info(a, tool):
    info = {"date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
            "nproc": os.cpu_count(), "kernel": platform.release(),
            "python": platform.python_version()}
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    info["cpu"] = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        info["loadavg"] = open("/proc/loadavg").read().split()[:3]
    except OSError:
        pass
    v = subprocess.run([a.clang, "--version"], capture_output=True, text=True).stdout
    info["clang"] = v.splitlines()[0] if v else "?"
    if tool:
        h = hashlib.sha256()
        with open(tool, "rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                h.update(block)
        info["tool"] = a.tool
        info["tool_sha256"] = h.hexdigest()[:16]
    try:
        info["git"] = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"],
                                     capture_output=True, text=True).stdout.strip()
        info["git_dirty"] = bool(subprocess.run(
            ["git", "-C", ROOT, "status", "--porcelain", "--untracked-files=no"],
            capture_output=True, text=True).stdout.strip())
    except OSError:
        pass
    return info


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--tool", default=os.path.join(ROOT, "build", "bin", "ndis-scan"),
                   help="the ndis-scan binary (default build/bin/ndis-scan)")
    p.add_argument("--clang", default="clang-19", help="the compiler of the cc half")
    p.add_argument("-j", "--jobs", type=int, default=2, help="parallelism of both halves (default 2)")
    p.add_argument("--runs", type=int, help="runs per mode, median (default 5; --quick 3)")
    p.add_argument("--quick", action="store_true",
                   help="one driver of 50 TUs, 3 runs, the correct variant only")
    p.add_argument("--tus", help="comma-separated driver sizes in TUs (default 20,50,150; --quick 50)")
    p.add_argument("--variants", default=None,
                   help="comma-separated: correct, leak (default both; --quick correct)")
    p.add_argument("--driver", action="append", default=[],
                   help="benchmark this directory's compile_commands.json instead of "
                        "generated drivers (repeatable)")
    p.add_argument("--seed", type=int, default=1, help="generator seed (default 1)")
    p.add_argument("--scan-arg", action="append", default=[],
                   help="one more argument for ndis-scan (repeatable)")
    p.add_argument("--baseline-only", action="store_true",
                   help="run only the clang half (ndis-scan not needed)")
    p.add_argument("--poll-rss", action="store_true",
                   help="also sample the summed RSS of ndis-scan's process tree from /proc "
                        "every 20 ms (costs a little CPU)")
    p.add_argument("--timeout", type=float, default=600.0, help="seconds per run (default 600)")
    p.add_argument("--no-snapshot", action="store_true",
                   help="run the tool where it is instead of a copy")
    p.add_argument("--out", help="write the markdown table here too")
    p.add_argument("--json", help="write the raw results as JSON here")
    p.add_argument("--workdir", help="scratch directory (default: a temporary one, removed)")
    p.add_argument("--keep", action="store_true", help="keep the scratch directory")
    a = p.parse_args(argv)

    a.runs = a.runs or (3 if a.quick else 5)
    sizes = [int(x) for x in a.tus.split(",")] if a.tus else (QUICK_SIZES if a.quick else FULL_SIZES)
    variants = (a.variants.split(",") if a.variants else
                (["correct"] if a.quick else ["correct", "leak"]))
    for v in variants:
        if v not in ("correct", "leak"):
            p.error("unknown variant %r (correct, leak)" % v)
    if shutil.which(a.clang) is None:
        p.error("%s not found (--clang)" % a.clang)

    tool = None
    if not a.baseline_only:
        if not (os.path.isfile(a.tool) and os.access(a.tool, os.X_OK)):
            sys.stderr.write(
                "run_scan_bench: ndis-scan not found at %s.\n"
                "Build it first (cmake --build build -j2), pass --tool PATH, or run only "
                "the clang half with --baseline-only.\n" % a.tool)
            return 2

    scratch = a.workdir or tempfile.mkdtemp(prefix="ndis-scan-bench-")
    os.makedirs(scratch, exist_ok=True)
    log = lambda s: print(s, file=sys.stderr, flush=True)  # noqa: E731
    try:
        if not a.baseline_only:
            tool = a.tool if a.no_snapshot else snapshot_tool(a.tool, scratch)
        stand_in = stand_in_headers(tool)
        info = machine_info(a, tool)

        inputs = []  # (name, directory, expected exit status of ndis-scan)
        for d in a.driver:
            if not os.path.isfile(os.path.join(d, "compile_commands.json")):
                p.error("%s has no compile_commands.json" % d)
            inputs.append((os.path.basename(os.path.abspath(d)), os.path.abspath(d), None))
        if not a.driver:
            for n in sizes:
                for v in variants:
                    name = "gen-%d%s" % (n, "-leak" if v == "leak" else "")
                    out = os.path.join(scratch, name)
                    gen_argv = ["-o", out, "-n", str(n), "--seed", str(a.seed)]
                    if v == "leak":
                        gen_argv.append("--leak")
                    with contextlib.redirect_stdout(sys.stderr):
                        gen_multi_tu_driver.main(gen_argv)
                    inputs.append((name, out, 1 if v == "leak" else 0))

        results = []
        for name, d, expected in inputs:
            log("%s: %s" % (name, d))
            results.append(measure(name, d, a, tool, a.clang, stand_in, log, expected))

        text = markdown(results, info, a)
        print(text)
        if a.out:
            with open(a.out, "w") as f:
                f.write(text)
        if a.json:
            with open(a.json, "w") as f:
                json.dump({"machine": info, "results": results}, f, indent=2)
        if tool and any(r.get("ratio", 0) >= GOAL_RATIO for r in results):
            log("run_scan_bench: scan/cc is at or above the goal of %.1f for some driver"
                % GOAL_RATIO)
        if any("unexpected" in r for r in results):
            log("run_scan_bench: ndis-scan's verdict was wrong for some driver (see above)")
            return 1
        return 0
    finally:
        if not a.keep and not a.workdir:
            shutil.rmtree(scratch, ignore_errors=True)
        elif a.keep:
            log("kept %s" % scratch)


if __name__ == "__main__":
    sys.exit(main())
