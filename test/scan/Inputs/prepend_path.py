#!/usr/bin/env python3
"""prepend_path.py ENTRY CMD [ARGS...]: runs CMD with ENTRY first on PATH
(ENTRY may be a file: its directory is used). lit's internal shell cannot
expand $PATH, so tests that must put a tool on PATH (pre-commit's
`language: system` hooks) go through this."""
import os
import subprocess
import sys

if len(sys.argv) < 3:
    sys.stderr.write("usage: prepend_path.py ENTRY CMD [ARGS...]\n")
    sys.exit(2)
entry = os.path.abspath(sys.argv[1])
if os.path.isfile(entry):
    entry = os.path.dirname(entry)
env = dict(os.environ)
env["PATH"] = entry + os.pathsep + env.get("PATH", os.defpath)
try:
    sys.exit(subprocess.call(sys.argv[2:], env=env))
except OSError as e:
    sys.stderr.write("prepend_path.py: %s: %s\n" % (sys.argv[2], e))
    sys.exit(127)
