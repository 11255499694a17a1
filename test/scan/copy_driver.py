#!/usr/bin/env python3
"""copy_driver.py DEST NAME: copies the multi-file driver test/scan/Inputs/NAME
to DEST (replacing it) and writes DEST/compile_commands.json from the
driver's compile_commands.json.in, with @DIR@ standing for DEST.

A driver that differs from another in a few files holds only those, and a
file BASE naming the other: the base is copied first (itself resolved the
same way), then the driver's own files over it."""
import os
import shutil
import sys

if len(sys.argv) != 3:
    sys.exit("usage: copy_driver.py DEST NAME")
dest, name = os.path.abspath(sys.argv[1]), sys.argv[2]
src = os.path.join(os.path.dirname(os.path.abspath(__file__)), "Inputs", name)
if not os.path.isdir(src):
    sys.exit("copy_driver.py: no driver named %s in %s" % (name, src))
inputs = os.path.dirname(src)


def copy_layers(name, into):
    here = os.path.join(inputs, name)
    base = os.path.join(here, "BASE")
    if os.path.exists(base):
        with open(base) as f:
            copy_layers(f.read().strip(), into)
    shutil.copytree(here, into, dirs_exist_ok=True,
                    ignore=shutil.ignore_patterns("BASE"))


shutil.rmtree(dest, ignore_errors=True)
copy_layers(name, dest)
template = os.path.join(dest, "compile_commands.json.in")
with open(template) as f:
    text = f.read().replace("@DIR@", dest)
os.remove(template)
with open(os.path.join(dest, "compile_commands.json"), "w") as f:
    f.write(text)
