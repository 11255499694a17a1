#!/usr/bin/env python3
"""Writes the seed corpus of ndis-fuzz-check (test/fuzz/fuzz_check.cpp).

    make_corpus.py REPO_ROOT OUT_DIR

Seeds: every .c file under test/checks/, test/bad-input/ and examples/, and
the reproducers in test/fuzz/regressions/. The fuzz target parses one
buffer with no include path of the tests, so each local `#include "x.h"` is
replaced by the text of x.h (looked for beside the file, then in its Inputs/
folder; once per file, as an include guard would). <ndis.h> and the other
angle-bracket includes stay: the target finds them in the stand-in headers.
Inputs longer than MAX_LEN are left out (scripts/fuzz.sh: -max_len=65536).
OUT_DIR is emptied first; the file names say where each seed came from.
"""

import glob
import os
import re
import sys

MAX_LEN = 65536
_LOCAL_INCLUDE = re.compile(r'^[ \t]*#[ \t]*include[ \t]*"([^"]+)"[^\n]*$', re.M)


def inline(path, seen):
    with open(path, encoding="utf-8", errors="surrogateescape", newline="") as f:
        text = f.read()
    here = os.path.dirname(path)

    def resolve(m):
        for d in (here, os.path.join(here, "Inputs")):
            candidate = os.path.realpath(os.path.join(d, m.group(1)))
            if os.path.isfile(candidate):
                if candidate in seen:
                    return ""
                seen.add(candidate)
                return inline(candidate, seen)
        return m.group(0)  # left for the parser to report

    return _LOCAL_INCLUDE.sub(resolve, text)


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    root, out = argv[1], argv[2]
    os.makedirs(out, exist_ok=True)
    for old in glob.glob(os.path.join(out, "*")):
        os.remove(old)
    sources = []
    for pattern in ("test/checks/**/*.c", "test/bad-input/**/*.c", "examples/**/*.c",
                    "test/fuzz/regressions/*"):
        sources += sorted(glob.glob(os.path.join(root, pattern), recursive=True))
    written = skipped = 0
    for src in sources:
        if os.path.basename(src).startswith("README"):
            continue
        text = inline(os.path.realpath(src), set())
        data = text.encode("utf-8", errors="surrogateescape")
        if len(data) > MAX_LEN:
            skipped += 1
            continue
        name = os.path.relpath(src, root).replace(os.sep, "__")
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)
        written += 1
    print("make_corpus.py: %d seed(s) in %s%s" % (
        written, out, " (%d longer than %d bytes left out)" % (skipped, MAX_LEN) if skipped else ""))
    return 0 if written else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
