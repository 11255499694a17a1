#!/usr/bin/env python3
"""copy_driver.py DEST NAME: copies the multi-file driver test/scan/Inputs/NAME
to DEST (replacing it) and writes DEST/compile_commands.json from the
driver's compile_commands.json.in, with @DIR@ standing for DEST."""
import os
import shutil
import sys

if len(sys.argv) != 3:
    sys.exit("usage: copy_driver.py DEST NAME")
dest, name = os.path.abspath(sys.argv[1]), sys.argv[2]
src = os.path.join(os.path.dirname(os.path.abspath(__file__)), "Inputs", name)
if not os.path.isdir(src):
    sys.exit("copy_driver.py: no driver named %s in %s" % (name, src))
shutil.rmtree(dest, ignore_errors=True)
shutil.copytree(src, dest)
template = os.path.join(dest, "compile_commands.json.in")
with open(template) as f:
    text = f.read().replace("@DIR@", dest)
os.remove(template)
with open(os.path.join(dest, "compile_commands.json"), "w") as f:
    f.write(text)
