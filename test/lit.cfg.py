# -*- Python -*-
# lit configuration of every lit test under test/ (the GoogleTest unit tests in
# test/unit/ are not lit tests).
#
# Tests: files ending in .c, .cpp or .test anywhere under test/, except in
# folders named Inputs, unit or fuzz (the libFuzzer target, scripts/fuzz.sh),
# and except files named README*.
#
# Substitutions usable in RUN lines:
#   %ndis_tidy          <build>/bin/ndis-tidy (clang-tidy with the ndis module;
#                       adds -idirafter <stand-in headers> and the resource dir)
#   %ndis_plugin        <build>/lib/libNdisTidyModule.so (for clang-tidy -load)
#   %host_clang_tidy    the clang-tidy of the LLVM release we build against
#                       (<prefix>/bin/clang-tidy), the plugin's host
#   %clang, %clangxx    clang and clang++ of that release
#   %FileCheck          FileCheck of that release
#   %python             the Python 3 interpreter CMake found
#   %stand_in_headers   <source>/stand-in-headers (our NDIS/WDK stand-ins)
#   %api_surface_tsv    test/Inputs/wdk-api-surface.tsv
#   %llvm_major         the LLVM major version (19 or 22)
#   %check_ndis_tidy    %python test/check_ndis_tidy.py with the paths above;
#                       use as `%check_ndis_tidy %s <check> %t [options] [-- args]`
#                       (see the top of test/check_ndis_tidy.py)
# The LLVM release's bin directory is first on PATH, so plain `FileCheck` and
# `not` work too.
#
# Features for REQUIRES/UNSUPPORTED:
#   llvm-19 or llvm-22   the release we build against
#   clang-tidy-N         /usr/bin/clang-tidy-N exists (e.g. clang-tidy-14, the
#                        other release the plugin must refuse to load into)
#   clang-apply-replacements  the release's clang-apply-replacements exists
#                        (Debian: clang-tools-N); %clang_apply_replacements
#   plugin               the plugin can be loaded into %host_clang_tidy: every
#                        build except a sanitizer build (REQUIRES: plugin)
#   sanitized            a sanitizer build (NDIS_TIDY_SANITIZE=ON, or
#                        --param sanitized=1): the plugin, built with ASan,
#                        cannot be loaded into the uninstrumented clang-tidy,
#                        so %check_ndis_tidy runs only the binary mode
#   python-jsonschema    %python can import jsonschema (Debian:
#                        python3-jsonschema), which test/scan/sarif/
#                        validate_sarif.py needs
#
# Running: ctest runs `lit -sv <source>/test --param ndis_site_config=...`.
# By hand, lit can be started on the build tree (`lit -sv build/test`) or on
# any source path (`lit -sv test/tool/list-checks.test`); in the latter case
# the build's lit.site.cfg.py is taken from --param ndis_site_config=FILE, or
# else from $NDIS_TIDY_BUILD_DIR/test (a path relative to the repository root
# or absolute), or else from build/test.

import glob
import os
import re
import shlex
import subprocess

import lit.formats

_here = os.path.dirname(os.path.abspath(__file__))

# Started on the source tree: load the build's facts first. The site config
# sets config.ndis_*; the flag stops it from loading this file a second time.
if not hasattr(config, "ndis_src_root"):
    _site = lit_config.params.get("ndis_site_config")
    if not _site:
        _build = os.environ.get("NDIS_TIDY_BUILD_DIR", "build")
        _site = os.path.join(os.path.dirname(_here), _build, "test", "lit.site.cfg.py")
    if not os.path.isfile(_site):
        lit_config.fatal(
            "ndis-tidy: no lit.site.cfg.py at %s; build first (scripts/test.sh or "
            "cmake --build <build>) and pass --param ndis_site_config=<build>/test/"
            "lit.site.cfg.py or set NDIS_TIDY_BUILD_DIR" % _site)
    config.ndis_site_loaded_by_lit_cfg = True
    lit_config.load_config(config, _site)

config.name = "ndis-tidy"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".c", ".cpp", ".test"]
config.test_source_root = config.ndis_test_src_dir
config.test_exec_root = config.ndis_test_build_dir

# lit excludes by exact base name; README* files are found by walking the tree.
_excludes = {"Inputs", "unit", "fuzz"}
for _dirpath, _dirnames, _filenames in os.walk(config.test_source_root):
    _dirnames[:] = [d for d in _dirnames if d not in _excludes]
    _excludes.update(n for n in _filenames + _dirnames if n.startswith("README"))
config.excludes = sorted(_excludes)

# Plain FileCheck, not, clang... resolve to the chosen LLVM release.
config.environment["PATH"] = os.pathsep.join(
    [config.ndis_llvm_bin_dir, config.environment.get("PATH", os.environ.get("PATH", ""))])
# Output that does not depend on the user's terminal or language.
config.environment["LC_ALL"] = "C"

_q = shlex.quote
_runner = " ".join([
    _q(config.ndis_python),
    _q(os.path.join(config.ndis_test_src_dir, "check_ndis_tidy.py")),
    "--ndis-tidy", _q(config.ndis_tidy),
    "--plugin", _q(config.ndis_plugin),
    "--host-clang-tidy", _q(config.ndis_host_clang_tidy),
    "--clang", _q(config.ndis_clang),
    "--FileCheck", _q(config.ndis_filecheck),
    "--stand-in-headers", _q(config.ndis_stand_in_headers),
])

# A sanitizer build: the site config says so (NDIS_TIDY_SANITIZE=ON), or
# --param sanitized=1|0 overrides it. ASan/UBSan errors abort (a `not` does
# not hide them); the user's own *SAN_OPTIONS come last and win.
_sanitized = lit_config.params.get("sanitized")
if _sanitized is None:
    config.ndis_sanitized = getattr(config, "ndis_sanitized", False)
else:
    config.ndis_sanitized = _sanitized.lower() in ("", "1", "true", "on", "yes")
if config.ndis_sanitized:
    config.available_features.add("sanitized")
    _runner += " -modes=binary"
    for _var, _ours in (("ASAN_OPTIONS", "abort_on_error=1"),
                        ("UBSAN_OPTIONS", "print_stacktrace=1:abort_on_error=1")):
        config.environment[_var] = ":".join(
            o for o in (_ours, os.environ.get(_var, "")) if o)
else:
    config.available_features.add("plugin")

_subs = {
    "%ndis_tidy": _q(config.ndis_tidy),
    "%ndis_scan": _q(config.ndis_scan),
    "%ndis_plugin": _q(config.ndis_plugin),
    "%host_clang_tidy": _q(config.ndis_host_clang_tidy),
    "%clang": _q(config.ndis_clang),
    "%clangxx": _q(config.ndis_clangxx),
    "%FileCheck": _q(config.ndis_filecheck),
    "%python": _q(config.ndis_python),
    "%stand_in_headers": _q(config.ndis_stand_in_headers),
    "%api_surface_tsv": _q(os.path.join(config.ndis_test_src_dir, "Inputs", "wdk-api-surface.tsv")),
    "%llvm_major": str(config.ndis_llvm_major),
    "%check_ndis_tidy": _runner,
    "%clang_apply_replacements": _q(os.path.join(config.ndis_llvm_bin_dir,
                                                 "clang-apply-replacements")),
}
# lit applies substitutions in order: longer names first, so that %clang does
# not eat the start of %clangxx.
for _name in sorted(_subs, key=len, reverse=True):
    config.substitutions.append((_name, _subs[_name]))

config.available_features.add("llvm-%s" % config.ndis_llvm_major)
if os.access(os.path.join(config.ndis_llvm_bin_dir, "clang-apply-replacements"),
             os.X_OK):
    config.available_features.add("clang-apply-replacements")
for _tidy in glob.glob("/usr/bin/clang-tidy-[0-9]*"):
    _m = re.fullmatch(r"clang-tidy-(\d+)", os.path.basename(_tidy))
    if _m and os.access(_tidy, os.X_OK):
        config.available_features.add("clang-tidy-%s" % _m.group(1))

# The SARIF validator's tests run on %python: ask that interpreter, not the
# one lit runs on, whether it has jsonschema.
try:
    if subprocess.run([config.ndis_python, "-c", "import jsonschema"],
                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                      timeout=60).returncode == 0:
        config.available_features.add("python-jsonschema")
except (OSError, subprocess.TimeoutExpired):
    pass
