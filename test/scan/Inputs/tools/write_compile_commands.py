#!/usr/bin/env python3
"""Writes the compile_commands.json.in templates of the multi-file example
drivers under test/scan/Inputs/ (maintainer's tool; the tests only `sed` the
templates).  Rerun after adding or renaming a source file:

    python3 test/scan/Inputs/tools/write_compile_commands.py

Styles, on purpose different so that ndis-scan reads both forms:
  C drivers    CMake's form: one "command" string, absolute "file", "output";
  C++ drivers  bear's form: an "arguments" list, "file" relative to
               "directory".
@DIR@ stands for the driver's directory (the copy the test makes).
"""
import json
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

C_FLAGS = "-DNDIS620_MINIPORT=1 -DNDIS_MINIPORT_DRIVER=1 -I@DIR@ -Wall"
CXX_FLAGS = ["-std=c++17", "-fno-exceptions", "-fno-rtti",
             "-DNDIS620_MINIPORT=1", "-DNDIS_MINIPORT_DRIVER=1", "-I@DIR@"]

# The drivers with a template of their own. c-correct and cpp-correct take
# their base's (see BASE files and test/scan/copy_driver.py).
DRIVERS = {
    "c-leaky": ["driver.c", "init.c", "hw.c", "halt.c", "cleanup.c"],
    "c-broken-helper": ["driver.c", "init.c", "hw.c", "halt.c", "cleanup.c", "stats.c"],
    "cpp-leaky": ["driver.cpp", "adapter.cpp", "init.cpp", "halt.cpp"],
}


def c_entry(name, target, src):
    obj = "CMakeFiles/%s.dir/%s.o" % (target, src)
    return {
        "directory": "@DIR@",
        "command": "/usr/bin/cc %s -o %s -c @DIR@/%s" % (C_FLAGS, obj, src),
        "file": "@DIR@/%s" % src,
        "output": obj,
    }


def cxx_entry(src):
    obj = os.path.splitext(src)[0] + ".o"
    return {
        "directory": "@DIR@",
        "arguments": ["c++"] + CXX_FLAGS + ["-c", "-o", obj, src],
        "file": src,
    }


def main():
    for name, sources in DRIVERS.items():
        target = name.replace("-", "")
        if name.startswith("cpp-"):
            entries = [cxx_entry(s) for s in sources]
        else:
            entries = [c_entry(name, target, s) for s in sources]
        path = os.path.join(HERE, name, "compile_commands.json.in")
        with open(path, "w") as f:
            json.dump(entries, f, indent=2)
            f.write("\n")
        print("wrote", os.path.relpath(path, HERE))


if __name__ == "__main__":
    main()
