#!/usr/bin/env bash
# Robustness sweep: runs ndis-tidy's checks over the C files of the Linux
# kernel's drivers/net, a large body of real driver code that is not NDIS
# code, and reports crashes, hangs and findings (there must be none of any).
#
#   bench/sweep-linux-drivers-net.sh [--sample N | --all] [options]
#
#   --sample N    every k-th file of the sorted list, N files in all
#                 (deterministic; CI uses --sample 150)
#   --all         every file (the default)
#   --tidy PATH   the ndis-tidy to run (default build/bin/ndis-tidy; e.g.
#                 build-asan/bin/ndis-tidy: sanitizer reports count as crashes)
#   --timeout S   seconds per file before it counts as a hang (default 60)
#   --jobs J      files analysed at once (default 2)
#   --cache DIR   where the sources are unpacked and the results go
#                 (default build-sweep/)
#   --scan PATH   the ndis-scan to run once over all the files with a
#                 compile_commands.json of the same commands (default: the
#                 ndis-scan beside --tidy; --scan none skips it). It must
#                 exit 0 (no finding) within 20 times the per-file timeout.
#
# The sources come from Debian's linux-source package (installed with apt-get
# when missing, as root; it ships /usr/src/linux-source-V.tar.xz). Only what
# the sweep reads is unpacked: drivers/net/ and the kernel's own headers
# (include/, arch/x86/include/). The files are analysed without a compile
# database, with the include paths and forced includes of a kernel build:
#   ndis-tidy -checks='-*,ndis-*' FILE -- -w -ferror-limit=0 -nostdinc
#     -D__KERNEL__ -I<arch/x86/include> -I<stubs> -I<include> ...
#     -include linux/kconfig.h -include linux/compiler_types.h
# A configured kernel build generates more headers (generated/autoconf.h,
# asm/ wrappers of asm-generic, unistd tables); <cache>/stubs stands in for
# them: the asm-generic wrappers as Kbuild writes them, a small made-up
# x86-64 configuration and empty syscall tables. Files whose code needs a
# configuration option the stubs do not set, or a header of another
# subsystem, still fail to parse: expected, and counted as parse failures.
# The check still runs on whatever was parsed.
#
# A crash is an exit by signal or with a status of 128 or more, a "Stack
# dump" or a sanitizer report; a hang is a file that takes longer than the
# timeout. Exits 1 if there was any crash, hang or finding of ndis-*, 2 on
# bad usage or when the sweep cannot be set up.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sample=0 tidy="$root/build/bin/ndis-tidy" timeout_s=60 jobs=2 cache="$root/build-sweep" scan=""
usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//' >&2; exit 2; }
while [[ $# -gt 0 ]]; do
  case "$1" in
    --sample) [[ $# -ge 2 && "$2" =~ ^[1-9][0-9]*$ ]] || usage; sample="$2"; shift 2 ;;
    --all) sample=0; shift ;;
    --tidy) [[ $# -ge 2 ]] || usage; tidy="$2"; shift 2 ;;
    --timeout) [[ $# -ge 2 && "$2" =~ ^[1-9][0-9]*$ ]] || usage; timeout_s="$2"; shift 2 ;;
    --jobs) [[ $# -ge 2 && "$2" =~ ^[1-9][0-9]*$ ]] || usage; jobs="$2"; shift 2 ;;
    --cache) [[ $# -ge 2 ]] || usage; cache="$2"; shift 2 ;;
    --scan) [[ $# -ge 2 ]] || usage; scan="$2"; shift 2 ;;
    -h|--help) usage ;;
    *) echo "sweep: unknown argument: $1" >&2; usage ;;
  esac
done
[[ "$tidy" == /* ]] || tidy="$PWD/$tidy"
[[ "$cache" == /* ]] || cache="$PWD/$cache"
if [[ ! -x "$tidy" ]]; then
  echo "sweep: $tidy is not built (run scripts/setup.sh, or pass --tidy PATH)" >&2
  exit 2
fi

# --- the sources ---------------------------------------------------------------
find_tarball() {
  find /usr/src -maxdepth 1 -name 'linux-source-*.tar.xz' 2>/dev/null | sort -V | tail -n 1
}
tarball="$(find_tarball)"
if [[ -z "$tarball" ]]; then
  if [[ "$(id -u)" != 0 ]]; then
    echo "sweep: no /usr/src/linux-source-*.tar.xz; install Debian's linux-source:" >&2
    echo "  sudo apt-get install -y --no-install-recommends linux-source" >&2
    exit 2
  fi
  echo "==> installing Debian's linux-source package"
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends linux-source \
       </dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get update </dev/null || { echo "sweep: apt-get update failed" >&2; exit 2; }
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends linux-source \
      </dev/null || { echo "sweep: cannot install linux-source" >&2; exit 2; }
  fi
  tarball="$(find_tarball)"
  [[ -n "$tarball" ]] || { echo "sweep: linux-source installed no /usr/src/linux-source-*.tar.xz" >&2; exit 2; }
fi
top="$(basename "$tarball" .tar.xz)"          # linux-source-6.1
src="$cache/$top"
if [[ ! -f "$src/.unpacked" || "$src/.unpacked" -ot "$tarball" ]]; then
  echo "==> unpacking drivers/net and the kernel headers of $tarball into $cache"
  rm -rf "$src"
  mkdir -p "$cache"
  tar -xJf "$tarball" -C "$cache" --wildcards \
    "$top/drivers/net/*" "$top/include/*" "$top/arch/x86/include/*" \
    --exclude='*.rst' --exclude='*.txt' --exclude='Makefile' --exclude='Kconfig'
  touch "$src/.unpacked"
fi
# Stand-ins for the headers a configured kernel build generates.
write_stubs() {
  local stubs="$1" h n
  rm -rf "$stubs"
  mkdir -p "$stubs/asm" "$stubs/uapi/asm" "$stubs/generated"
  for h in "$src"/include/asm-generic/*.h; do
    n="${h##*/}"
    [[ -e "$src/arch/x86/include/asm/$n" ]] || echo "#include <asm-generic/$n>" > "$stubs/asm/$n"
  done
  for h in "$src"/include/uapi/asm-generic/*.h; do
    n="${h##*/}"
    [[ -e "$src/arch/x86/include/uapi/asm/$n" || -e "$stubs/asm/$n" ]] ||
      echo "#include <asm-generic/$n>" > "$stubs/uapi/asm/$n"
  done
  for n in unistd_32.h unistd_64.h unistd_x32.h unistd_64_x32.h unistd_32_ia32.h \
           syscalls_32.h syscalls_64.h xen-hypercalls.h; do
    : > "$stubs/asm/$n"
  done
  local opt
  for opt in X86 X86_64 64BIT MMU SMP NET INET PCI TREE_RCU PREEMPT_NONE \
             HAVE_ARCH_WITHIN_STACK_FRAMES FRAME_POINTER TRACE_IRQFLAGS_SUPPORT \
             X86_CMPXCHG64 GENERIC_BUG BUG SPARSEMEM SPARSEMEM_VMEMMAP ZONE_DMA \
             ZONE_DMA32 X86_LOCAL_APIC X86_IO_APIC PRINTK BLOCK MODULES SYSFS \
             ETHERNET NETDEVICES ARCH_HAS_MEM_ENCRYPT THREAD_INFO_IN_TASK SLUB \
             ARCH_HAS_PTE_SPECIAL GENERIC_IOMAP HAVE_ARCH_THREAD_STRUCT_WHITELIST \
             HAVE_MOD_ARCH_SPECIFIC CC_HAS_ASM_GOTO GENERIC_CALIBRATE_DELAY; do
    echo "#define CONFIG_$opt 1"
  done > "$stubs/generated/autoconf.h"
  cat >> "$stubs/generated/autoconf.h" <<'EOC'
#define CONFIG_NR_CPUS 64
#define CONFIG_HZ 250
#define CONFIG_PAGE_OFFSET 0
#define CONFIG_PHYSICAL_START 0x1000000
#define CONFIG_PHYSICAL_ALIGN 0x200000
#define CONFIG_ILLEGAL_POINTER_VALUE 0xdead000000000000
#define CONFIG_LOG_BUF_SHIFT 17
#define CONFIG_BASE_SMALL 0
#define CONFIG_NODES_SHIFT 6
#define CONFIG_X86_L1_CACHE_SHIFT 6
#define CONFIG_X86_INTERNODE_CACHE_SHIFT 6
#define CONFIG_PGTABLE_LEVELS 4
#define CONFIG_FRAME_WARN 2048
#define CONFIG_DEFAULT_HOSTNAME "(none)"
EOC
  printf '#define %s %s\n' NR_PAGEFLAGS 22 MAX_NR_ZONES 4 NR_CPUS_BITS 6 SPINLOCK_SIZE 4 \
    > "$stubs/generated/bounds.h"
  # jiffies conversions for HZ=250 (only the names matter for parsing).
  local k
  for k in HZ_TO_MSEC MSEC_TO_HZ HZ_TO_USEC USEC_TO_HZ; do
    printf '#define %s_MUL32 0x80000000\n#define %s_ADJ32 0x0\n#define %s_SHR32 29\n' "$k" "$k" "$k"
  done > "$stubs/generated/timeconst.h"
  printf '#define %s %s\n' HZ_TO_MSEC_NUM 4 HZ_TO_MSEC_DEN 1 MSEC_TO_HZ_NUM 1 MSEC_TO_HZ_DEN 4 \
    HZ_TO_USEC_NUM 4000 HZ_TO_USEC_DEN 1 USEC_TO_HZ_NUM 1 USEC_TO_HZ_DEN 4000 \
    HZ_TO_NSEC_NUM 4000000 HZ_TO_NSEC_DEN 1 NSEC_TO_HZ_NUM 1 NSEC_TO_HZ_DEN 4000000 \
    >> "$stubs/generated/timeconst.h"
}
write_stubs "$cache/stubs"

# The sorted list of C files, then the sample.
mapfile -t all_files < <(cd "$src" && find drivers/net -name '*.c' -type f | LC_ALL=C sort)
total=${#all_files[@]}
[[ $total -gt 0 ]] || { echo "sweep: no C files under $src/drivers/net" >&2; exit 2; }
files=()
if [[ $sample -gt 0 && $sample -lt $total ]]; then
  step=$(( total / sample ))
  for ((i = 0; i < sample; i++)); do files+=("${all_files[i * step]}"); done
  what="a sample of ${#files[@]} of the $total C files (every ${step}th)"
else
  files=("${all_files[@]}")
  what="all $total C files"
fi

# --- the run -------------------------------------------------------------------
results="$cache/results"
rm -rf "$results"
mkdir -p "$results/out" "$cache/tool"
# A copy of the tool, so that a rebuild during the sweep does not pull it away
# (it finds the stand-in headers through the source path built into it).
cp "$tidy" "$cache/tool/ndis-tidy"
tool="$cache/tool/ndis-tidy"
# The kernel's own headers, not the host's: -nostdinc (the kernel brings
# its own stddef.h and friends).
export SWEEP_TIDY="$tool" SWEEP_SRC="$src" SWEEP_STUBS="$cache/stubs" SWEEP_RESULTS="$results" \
       SWEEP_TIMEOUT="$timeout_s"
worker() {
  local f="$1" out rc start end
  out="$SWEEP_RESULTS/out/${f//\//__}.txt"
  start=$(date +%s%N)
  rc=0
  timeout --kill-after=10 "$SWEEP_TIMEOUT" "$SWEEP_TIDY" -checks='-*,ndis-*' "$SWEEP_SRC/$f" -- \
    -w -ferror-limit=0 -nostdinc -D__KERNEL__ -DMODULE -DKBUILD_MODNAME='"sweep"' \
    -I"$SWEEP_SRC/arch/x86/include" -I"$SWEEP_STUBS" -I"$SWEEP_SRC/include" \
    -I"$SWEEP_SRC/arch/x86/include/uapi" -I"$SWEEP_STUBS/uapi" -I"$SWEEP_SRC/include/uapi" \
    -I"$SWEEP_SRC/$(dirname "$f")" \
    -include "$SWEEP_SRC/include/linux/compiler-version.h" \
    -include "$SWEEP_SRC/include/linux/kconfig.h" \
    -include "$SWEEP_SRC/include/linux/compiler_types.h" >"$out" 2>&1 </dev/null || rc=$?
  end=$(date +%s%N)
  printf '%s\t%s\t%s\n' "$rc" "$(( (end - start) / 1000000 ))" "$f" >> "$SWEEP_RESULTS/status.tsv"
}
export -f worker
echo "==> ndis-tidy over $what of $top/drivers/net, $jobs at a time, ${timeout_s}s per file"
sweep_start=$SECONDS
printf '%s\0' "${files[@]}" | xargs -0 -n 1 -P "$jobs" bash -c 'worker "$1"' _
took=$((SECONDS - sweep_start))

# --- the whole sample at once, through ndis-scan --------------------------------
[[ -n "$scan" ]] || scan="$(dirname "$tidy")/ndis-scan"
[[ "$scan" == none || "$scan" == /* ]] || scan="$PWD/$scan"
scan_summary="skipped (--scan none)"
scan_ok=1
if [[ "$scan" != none ]]; then
  if [[ ! -x "$scan" ]]; then
    scan_summary="skipped: $scan is not built"
  else
    scan_dir="$results/scan"
    mkdir -p "$scan_dir"
    # The same commands as the per-file runs, as a compilation database.
    python3 - "$scan_dir/compile_commands.json" "$src" "$cache/stubs" "${files[@]}" <<'PY'
import json, os, sys
out, src, stubs, files = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
entries = []
for f in files:
    args = ["clang", "-w", "-ferror-limit=0", "-nostdinc", "-D__KERNEL__", "-DMODULE",
            '-DKBUILD_MODNAME="sweep"',
            "-I" + os.path.join(src, "arch/x86/include"), "-I" + stubs,
            "-I" + os.path.join(src, "include"),
            "-I" + os.path.join(src, "arch/x86/include/uapi"), "-I" + os.path.join(stubs, "uapi"),
            "-I" + os.path.join(src, "include/uapi"), "-I" + os.path.join(src, os.path.dirname(f)),
            "-include", os.path.join(src, "include/linux/compiler-version.h"),
            "-include", os.path.join(src, "include/linux/kconfig.h"),
            "-include", os.path.join(src, "include/linux/compiler_types.h"),
            "-c", os.path.join(src, f)]
    entries.append({"directory": src, "file": os.path.join(src, f), "arguments": args})
json.dump(entries, open(out, "w"), indent=1)
PY
    echo "==> ndis-scan over the same ${#files[@]} files at once, $jobs job(s)"
    scan_start=$SECONDS
    scan_rc=0
    timeout --kill-after=10 $((timeout_s * 20)) "$scan" -p "$scan_dir" -j "$jobs" --quiet       >"$scan_dir/out.txt" 2>"$scan_dir/err.txt" </dev/null || scan_rc=$?
    scan_took=$((SECONDS - scan_start))
    scan_broken=$(grep -c ' does not parse: ' "$scan_dir/err.txt" || true)
    scan_summary="exit $scan_rc in ${scan_took}s; $scan_broken file(s) named as not parsing"
    if [[ $scan_rc -ne 0 ]] || grep -qE 'Stack dump|PLEASE submit a bug report|ERROR: (Address|Leak|Undefined)Sanitizer|runtime error:'          "$scan_dir/out.txt" "$scan_dir/err.txt"; then
      scan_ok=0
      scan_summary="FAILED: $scan_summary (output in $scan_dir/)"
    fi
  fi
fi

# --- the report ----------------------------------------------------------------
crashes=() hangs=() not_run=() with_findings=() parse_failures=0 findings=0 slowest="" slowest_ms=0
while IFS=$'\t' read -r rc ms f; do
  out="$results/out/${f//\//__}.txt"
  if [[ "$rc" == 124 || "$rc" == 137 ]]; then
    hangs+=("$f")
  elif [[ "$rc" == 126 || "$rc" == 127 ]]; then
    not_run+=("$f")
  elif [[ "$rc" -ge 128 ]] || grep -qE 'Stack dump|PLEASE submit a bug report|ERROR: (Address|Leak|Undefined)Sanitizer|runtime error:' "$out"; then
    crashes+=("$f (exit $rc)")
  fi
  n=$(grep -cE 'warning: .*\[ndis-[a-z-]+\]$' "$out" || true)
  if [[ "$n" -gt 0 ]]; then findings=$((findings + n)); with_findings+=("$f ($n)"); fi
  grep -qE '(^|: )(fatal )?error: ' "$out" && parse_failures=$((parse_failures + 1))
  if [[ $ms -gt $slowest_ms ]]; then slowest_ms=$ms; slowest=$f; fi
done < "$results/status.tsv"
ran=$(wc -l < "$results/status.tsv")
{
  echo "sweep of $top/drivers/net with $tidy"
  echo "  files:           $ran ($what)"
  echo "  time:            ${took}s with $jobs job(s)"
  echo "  crashes:         ${#crashes[@]}"
  echo "  hangs (>${timeout_s}s):    ${#hangs[@]}"
  [[ ${#not_run[@]} -eq 0 ]] || echo "  NOT RUN:         ${#not_run[@]} (the tool could not be started; e.g. ${not_run[0]})"
  echo "  ndis-* findings: $findings"
  echo "  parse failures:  $parse_failures of $ran ($(( ran ? parse_failures * 100 / ran : 0 ))%): files with a compiler error"
  printf '  slowest file:    %s (%d.%03ds)\n' "$slowest" $((slowest_ms / 1000)) $((slowest_ms % 1000))
  echo "  ndis-scan:       $scan_summary"
  for c in "${crashes[@]}"; do echo "  CRASH: $c"; done
  for h in "${hangs[@]}"; do echo "  HANG: $h"; done
  for w in "${with_findings[@]}"; do echo "  FINDING: $w"; done
  echo "  per-file output: $results/out/, exit statuses and times: $results/status.tsv"
} | tee "$results/summary.txt"
[[ $ran -eq ${#files[@]} && ${#crashes[@]} -eq 0 && ${#hangs[@]} -eq 0 && ${#not_run[@]} -eq 0 &&
   $findings -eq 0 && $scan_ok -eq 1 ]]
