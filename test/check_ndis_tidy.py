#!/usr/bin/env python3
"""Runs one check test of ndis-tidy, in both of the ways users run our checks.

In a lit test:

    // RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t
    // RUN: %check_ndis_tidy %s ndis-init-register-interrupt %t \\
    // RUN:   -check-suffixes=,MSVC -- --target=x86_64-pc-windows-msvc -fms-extensions

Positional arguments: the test source, the check (or a comma-separated list of
checks), and lit's %t (a path prefix for our scratch files).

Options (after the positional arguments, before `--`):
  -check-suffix=S, -check-suffixes=S1,S2
        use CHECK-MESSAGES-S / CHECK-FIXES-S (for each S) instead of the plain
        CHECK-MESSAGES / CHECK-FIXES; an empty S stands for the plain prefixes,
        so `-check-suffixes=,S` uses both.
  -config=YAML
        passed to the tool as --config=YAML (default `{}`, which also keeps
        any .clang-tidy file around the build tree out of the test).
  -no-fix-check
        for tests of diagnostics without fix-its: no --fix, no fix checks.
  -expect-remaining
        the fixed file may still warn (e.g. for a warning that has no fix-it).
  -modes=binary,plugin
        which ways to run the tool (default: both).
  -tidy-arg=ARG
        one more argument for clang-tidy (repeatable), e.g. -tidy-arg=--fix-notes.
Everything after `--` is given to the compiler, for the tool and for the
compile of the fixed file. A .c file is C and a .cpp file C++ unless those
arguments say otherwise (e.g. `-- -x c++ -std=c++17`).

The runner's own options, put first by the lit substitution:
  --ndis-tidy, --plugin, --host-clang-tidy, --clang, --FileCheck,
  --stand-in-headers.

For each mode, `binary` (ndis-tidy) and `plugin` (the LLVM release's own
clang-tidy with -load <plugin> and the stand-in headers as -idirafter):
  input        copy the test to <%t>.<mode>.<ext> with the text of every
               `// CHECK-...:` comment removed (lines kept, so [[@LINE]]
               references hold and no check line is mistaken for output);
  run          run the tool with -checks=-*,<check> (and --fix) on the copy;
  messages     FileCheck its output against the CHECK-MESSAGES lines; any other
               `warning:` or `error:` fails the test; with no such lines at all,
               the output must have no warning or error;
  fixes        FileCheck the fixed copy against the CHECK-FIXES lines
               (--strict-whitespace); a test without CHECK-FIXES lines must not
               have its file changed: an untested fix is a bug;
  compile-fix  the fixed file must compile (clang -fsyntax-only -Wall) and get no
               compiler warning that the test file does not already get;
  recheck      the tool, run with --fix on the fixed file, must find nothing
               (unless -expect-remaining) and
  idempotence  must leave that file as it is.
The last three steps are skipped with -no-fix-check. On a failure the runner
names the mode and the step and prints the commands and their output; it runs
the other mode all the same, and exits 1 if any mode failed (2 on bad usage).
"""

import argparse
import collections
import difflib
import os
import re
import shlex
import subprocess
import sys

MODES = ("binary", "plugin")

# The text after a prefix that FileCheck reads as a directive.
_DIRECTIVE_TAIL = r"(?:-NEXT|-SAME|-NOT|-DAG|-LABEL|-EMPTY|-COUNT-\d+)?:"
_RESERVED_SUFFIXES = {"NEXT", "SAME", "NOT", "DAG", "LABEL", "EMPTY", "COUNT"}

# A `//` comment whose text starts with a CHECK-...: directive.
_CHECK_COMMENT = re.compile(r"[ \t]*//[ \t]*CHECK-[A-Za-z0-9_-]+:.*$")

_DIAGNOSTIC = re.compile(r"(?:^|\s|:)(warning|error):")
_COMPILER_WARNING = re.compile(r"^.*?:\d+:\d+: warning: (.*)$")


class UsageError(Exception):
    pass


class StepFailed(Exception):
    """A step of one mode failed; `details` are (heading, text) pairs."""

    def __init__(self, step, message, details=()):
        super().__init__(message)
        self.step = step
        self.message = message
        self.details = list(details)


def _quote(cmd):
    return " ".join(shlex.quote(c) for c in cmd)


def _indent(text, by="    "):
    text = text.rstrip("\n")
    if not text:
        return by + "(nothing)"
    return "\n".join(by + line for line in text.split("\n"))


def _read(path):
    with open(path, encoding="utf-8", errors="surrogateescape", newline="") as f:
        return f.read()


def _write(path, text):
    with open(path, "w", encoding="utf-8", errors="surrogateescape", newline="") as f:
        f.write(text)


def _diff(before, after, before_name, after_name):
    return "".join(difflib.unified_diff(
        before.splitlines(keepends=True), after.splitlines(keepends=True),
        before_name, after_name))


def blank_check_comments(text):
    """Removes `// CHECK-...:` comments, keeping every line and line ending."""
    out = []
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        eol = line[len(body):]
        m = _CHECK_COMMENT.search(body)
        if m:
            body = body[:m.start()]
        out.append(body + eol)
    return "".join(out)


def prefixes_in(text, prefixes):
    """The prefixes (of those given) that start at least one directive."""
    found = []
    for p in prefixes:
        if re.search(r"(?<![A-Za-z0-9_-])" + re.escape(p) + _DIRECTIVE_TAIL, text):
            found.append(p)
    return found


def diagnostic_lines(output):
    return [l for l in output.splitlines() if _DIAGNOSTIC.search(l)]


def parse_args(argv):
    if "--" in argv:
        cut = argv.index("--")
        own, compiler_args = argv[:cut], argv[cut + 1:]
    else:
        own, compiler_args = argv, []

    parser = argparse.ArgumentParser(
        prog="check_ndis_tidy.py", allow_abbrev=False,
        usage="%(prog)s [runner paths] SOURCE CHECK TEMP [options] [-- compiler args]",
        description="Runs one ndis-tidy check test in binary and plugin mode.")
    tools = parser.add_argument_group("runner paths (given by the lit substitution)")
    tools.add_argument("--ndis-tidy", required=True)
    tools.add_argument("--plugin", required=True)
    tools.add_argument("--host-clang-tidy", required=True)
    tools.add_argument("--clang", required=True)
    tools.add_argument("--FileCheck", dest="filecheck", required=True)
    tools.add_argument("--stand-in-headers", required=True)
    parser.add_argument("source")
    parser.add_argument("check")
    parser.add_argument("temp")
    parser.add_argument("-check-suffix", "-check-suffixes", dest="suffixes", default=None)
    parser.add_argument("-config", default=None)
    parser.add_argument("-no-fix-check", action="store_true")
    parser.add_argument("-expect-remaining", action="store_true")
    parser.add_argument("-modes", default=",".join(MODES))
    parser.add_argument("-tidy-arg", dest="tidy_args", action="append", default=[])

    try:
        args = parser.parse_args(own)
    except SystemExit as e:
        if e.code:
            raise UsageError("bad arguments (see above)")
        raise
    args.compiler_args = compiler_args

    if args.suffixes is None:
        suffixes = [""]
    else:
        suffixes = [s.strip() for s in args.suffixes.split(",")]
    for s in suffixes:
        if s and not re.fullmatch(r"[A-Za-z0-9_-]+", s):
            raise UsageError("check suffix %r: use letters, digits, '-' and '_'" % s)
        if s.upper() in _RESERVED_SUFFIXES or re.match(r"COUNT-\d+$", s.upper()):
            raise UsageError("check suffix %r reads as a FileCheck directive" % s)
    if len(set(suffixes)) != len(suffixes):
        raise UsageError("check suffix given twice in %r" % args.suffixes)
    args.message_prefixes = ["CHECK-MESSAGES" + ("-" + s if s else "") for s in suffixes]
    args.fix_prefixes = ["CHECK-FIXES" + ("-" + s if s else "") for s in suffixes]

    modes = [m.strip() for m in args.modes.split(",") if m.strip()]
    for m in modes:
        if m not in MODES:
            raise UsageError("unknown mode %r (modes: %s)" % (m, ", ".join(MODES)))
    if not modes:
        raise UsageError("-modes names no mode")
    args.modes = modes
    if not args.check.strip(","):
        raise UsageError("no check named")
    return args


class Runner:
    def __init__(self, args):
        self.a = args
        self.source = os.path.abspath(args.source)
        self.ext = os.path.splitext(self.source)[1] or ".c"
        self.original = _read(self.source)
        self.blanked = blank_check_comments(self.original)
        self.message_prefixes = prefixes_in(self.original, args.message_prefixes)
        self.fix_prefixes = prefixes_in(self.original, args.fix_prefixes)
        self.fix = not args.no_fix_check
        self._baseline_warnings = None
        if not self.fix and self.fix_prefixes:
            raise UsageError(
                "-no-fix-check, but the test has %s lines; drop one or the other"
                % "/".join(self.fix_prefixes))
        os.makedirs(os.path.dirname(os.path.abspath(args.temp)) or ".", exist_ok=True)

    # --- helpers ------------------------------------------------------------
    def path(self, mode, what=""):
        return "%s.%s%s%s" % (self.a.temp, mode, "." + what if what else "", self.ext)

    @staticmethod
    def execute(cmd):
        env = dict(os.environ, LC_ALL="C")
        try:
            p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               env=env, stdin=subprocess.DEVNULL)
        except OSError as e:
            return 127, "cannot run %s: %s\n" % (cmd[0], e)
        return p.returncode, p.stdout.decode("utf-8", errors="replace")

    def tool_command(self, mode, path, fix):
        a = self.a
        if mode == "binary":
            cmd = [a.ndis_tidy]
        else:
            cmd = [a.host_clang_tidy, "-load", a.plugin,
                   "--extra-arg=-idirafter" + a.stand_in_headers]
        cmd += [path, "-checks=-*," + a.check,
                "--config=" + (a.config if a.config is not None else "{}")]
        if fix:
            cmd.append("--fix")
        cmd += a.tidy_args
        cmd += ["--"] + a.compiler_args
        return cmd

    def run_tool(self, step, mode, path, fix):
        cmd = self.tool_command(mode, path, fix)
        rc, out = self.execute(cmd)
        if rc != 0:
            why = ("was killed by signal %d" % -rc) if rc < 0 else ("exited with %d" % rc)
            raise StepFailed(step, "the tool %s" % why,
                             [("tool command", _quote(cmd)), ("tool output", out)])
        return cmd, out

    def filecheck(self, step, prefixes, input_path, extra, context):
        cmd = [self.a.filecheck, self.source, "--input-file=" + input_path,
               "--check-prefixes=" + ",".join(prefixes)] + extra
        rc, out = self.execute(cmd)
        if rc != 0:
            raise StepFailed(step, "FileCheck found that %s do not match" % context,
                             [("FileCheck command", _quote(cmd)), ("FileCheck output", out)])

    def compiler_warnings(self, output):
        found = collections.Counter()
        for line in output.splitlines():
            m = _COMPILER_WARNING.match(line)
            if m:
                found[m.group(1)] += 1
        return found

    def compile(self, path):
        cmd = [self.a.clang, "-fsyntax-only", "-Wall",
               "-idirafter", self.a.stand_in_headers] + self.a.compiler_args + [path]
        rc, out = self.execute(cmd)
        return cmd, rc, out

    def baseline_warnings(self):
        if self._baseline_warnings is None:
            path = "%s.input%s" % (self.a.temp, self.ext)
            _write(path, self.blanked)
            _, _, out = self.compile(path)
            self._baseline_warnings = self.compiler_warnings(out)
        return self._baseline_warnings

    # --- one mode -------------------------------------------------------------
    def run_mode(self, mode):
        """Returns a list of what was proven; raises StepFailed."""
        done = []
        a = self.a
        needed = [("--ndis-tidy", a.ndis_tidy)] if mode == "binary" else [
            ("--host-clang-tidy", a.host_clang_tidy), ("--plugin", a.plugin)]
        for flag, p in needed:
            if not os.path.isfile(p):
                raise StepFailed("input", "%s %s does not exist (not built?)" % (flag, p))

        copy = self.path(mode)
        _write(copy, self.blanked)

        cmd, out = self.run_tool("run", mode, copy, self.fix)
        out_path = "%s.%s.out" % (a.temp, mode)
        _write(out_path, out)
        tool_info = [("tool command", _quote(cmd)), ("tool output", out)]

        # messages
        try:
            if self.message_prefixes:
                self.filecheck("messages", self.message_prefixes, out_path,
                               ["--implicit-check-not={{warning|error}}:"],
                               "the %s lines and the tool's messages"
                               % "/".join(self.message_prefixes))
                done.append("messages")
            else:
                unexpected = diagnostic_lines(out)
                if unexpected:
                    raise StepFailed(
                        "messages",
                        "the test has no %s lines, so it expects no diagnostic, but "
                        "the tool printed:\n%s" % ("/".join(a.message_prefixes),
                                                   _indent("\n".join(unexpected))))
                done.append("no diagnostics")
        except StepFailed as f:
            f.details = tool_info + f.details
            raise
        if not self.fix:
            return done

        # fixes
        fixed = _read(copy)
        changed = fixed != self.blanked
        if self.fix_prefixes:
            try:
                self.filecheck("fixes", self.fix_prefixes, copy, ["--strict-whitespace"],
                               "the %s lines and the fixed file %s"
                               % ("/".join(self.fix_prefixes), copy))
            except StepFailed as f:
                f.details = tool_info + [
                    ("changes made by --fix", _diff(self.blanked, fixed, "test", "fixed"))
                ] + f.details
                raise
            done.append("fixes")
        elif changed:
            raise StepFailed(
                "fixes",
                "--fix changed the file but the test has no %s lines: an untested fix "
                "is a bug; add CHECK-FIXES lines for these changes"
                % "/".join(a.fix_prefixes),
                tool_info + [("changes made by --fix",
                              _diff(self.blanked, fixed, "test", "fixed"))])
        else:
            done.append("no fixes")

        # compile-fix
        ccmd, rc, cout = self.compile(copy)
        if rc != 0:
            raise StepFailed(
                "compile-fix", "the fixed file does not compile",
                [("compile command", _quote(ccmd)), ("compiler output", cout),
                 ("changes made by --fix", _diff(self.blanked, fixed, "test", "fixed"))])
        new = self.compiler_warnings(cout)
        if new:
            new -= self.baseline_warnings()
        if new:
            raise StepFailed(
                "compile-fix", "the fix brings compiler warnings the test file does not have:\n"
                + _indent("\n".join(sorted(new))),
                [("compile command", _quote(ccmd)), ("compiler output", cout),
                 ("changes made by --fix", _diff(self.blanked, fixed, "test", "fixed"))])
        done.append("fixed file compiles")

        # recheck + idempotence: --fix once more, on a copy of the fixed file.
        again = self.path(mode, "refix")
        _write(again, fixed)
        rcmd, rout = self.run_tool("recheck", mode, again, True)
        remaining = diagnostic_lines(rout)
        errors = [l for l in remaining if re.search(r"(?:^|\s|:)error:", l)]
        if errors or (remaining and not a.expect_remaining):
            raise StepFailed(
                "recheck", "the tool still reports on the fixed file%s:\n%s" % (
                    "" if errors else " (pass -expect-remaining if that is intended)",
                    _indent("\n".join(remaining))),
                [("tool command", _quote(rcmd)), ("tool output", rout)])
        done.append("warnings remain as expected" if remaining else "nothing remains")
        refixed = _read(again)
        if refixed != fixed:
            raise StepFailed(
                "idempotence", "a second --fix changed the fixed file again",
                [("tool command", _quote(rcmd)), ("tool output", rout),
                 ("changes made by the second --fix",
                  _diff(fixed, refixed, "fixed", "fixed twice"))])
        done.append("--fix is idempotent")
        return done


def main(argv):
    try:
        args = parse_args(argv)
        runner = Runner(args)
    except UsageError as e:
        print("check_ndis_tidy: usage error: %s" % e, file=sys.stderr)
        return 2
    except OSError as e:
        print("check_ndis_tidy: %s" % e, file=sys.stderr)
        return 2

    failed = []
    for mode in args.modes:
        try:
            done = runner.run_mode(mode)
        except StepFailed as f:
            failed.append((mode, f.step))
            print("check_ndis_tidy: FAIL [mode %s] step '%s': %s" % (mode, f.step, f.message))
            for heading, text in f.details:
                print("  %s:" % heading)
                print(_indent(text))
            print()
            continue
        print("check_ndis_tidy: ok [mode %s]: %s" % (mode, ", ".join(done)))
    sys.stdout.flush()
    if failed:
        print("check_ndis_tidy: %s: FAILED in %s" % (
            os.path.basename(args.source),
            "; ".join("mode %s at step '%s'" % f for f in failed)), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
