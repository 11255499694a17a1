#!/usr/bin/env python3
"""Stands in for clang-tidy in the runner's own tests, for misbehaviour that no
real check shows on demand. Reads the file named on its command line and:
  - reports `warning: fake finding [fake-check]` at each FAKE_FINDING;
  - with --fix, renames FAKE_FINDING to fake_fixed, and if the file has
    FAKE_NOT_IDEMPOTENT, appends a line on every --fix (a fix that never ends);
  - with --fix, if the file has FAKE_ADDS_WARNING, appends a function with an
    unused variable (a fix that brings a compiler warning);
  - crashes (SIGSEGV) if the file has FAKE_CRASH.
"""
import os
import signal
import sys

args = sys.argv[1:]
own = args[:args.index("--")] if "--" in args else args
files = [a for a in own if not a.startswith("-")]
if len(files) != 1:
    sys.exit("fake-tidy: expected one file, got %r" % files)
path = files[0]
with open(path) as f:
    text = f.read()
if "FAKE_CRASH" in text:
    sys.stdout.flush()
    os.kill(os.getpid(), signal.SIGSEGV)
for number, line in enumerate(text.split("\n"), 1):
    column = line.find("FAKE_FINDING")
    if column >= 0:
        print("%s:%d:%d: warning: fake finding [fake-check]" % (path, number, column + 1))
if "--fix" in own:
    text = text.replace("FAKE_FINDING", "fake_fixed")
    if "FAKE_NOT_IDEMPOTENT" in text:
        text += "/* fixed once more */\n"
    if "FAKE_ADDS_WARNING" in text and "void fake_after_fix(" not in text:
        text += "void fake_after_fix(void) { int unused_after_fix; }\n"
    with open(path, "w") as f:
        f.write(text)
