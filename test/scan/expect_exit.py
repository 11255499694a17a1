#!/usr/bin/env python3
"""expect_exit.py N COMMAND [ARGS...]: runs COMMAND, passing its output
through, and fails unless it exits with status N. lit's shell has `not` (any
failure) but nothing for an exact status, and ndis-scan's statuses mean
different things: 0 no findings, 1 findings, 2 usage or tool error."""
import subprocess
import sys

if len(sys.argv) < 3:
    sys.exit("usage: expect_exit.py N COMMAND [ARGS...]")
want = int(sys.argv[1])
got = subprocess.call(sys.argv[2:])
if got != want:
    sys.stderr.write("expect_exit.py: %s exited with %d, expected %d\n"
                     % (sys.argv[2], got, want))
    sys.exit(1)
