# shellcheck shell=bash
# Installs what ndis-tidy needs (Debian 12 / Ubuntu), then configures and builds
# it. Sourced by scripts/demo.sh and scripts/test.sh; can also be run alone:
#   bash scripts/setup.sh [--for-tests]
#
# Environment:
#   NDIS_TIDY_LLVM_VERSION  LLVM release to build against: 19 (default) or 22
#   NDIS_TIDY_BUILD_DIR     build directory (default: build for 19, build-22
#                           for 22); relative paths are taken from the
#                           repository root
#   NDIS_TIDY_LLVM_PREFIX   where that release is installed (default
#                           /usr/lib/llvm-N, Debian's layout)
#   NDIS_TIDY_JOBS          parallel build jobs (default 2)
#   NDIS_TIDY_CMAKE_ARGS    more cmake configure arguments, split at spaces
#                           (scripts/test-sanitized.sh: -DNDIS_TIDY_SANITIZE=ON)
#   NDIS_TIDY_BUILD_TARGETS the targets to build, split at spaces (default:
#                           all; scripts/fuzz.sh builds ndis-fuzz-check only)
# --for-tests also requires python3-jsonschema, which the SARIF validator of
# test/scan/sarif needs, and installs Debian's default clang-tidy package, when
# the apt sources have it: an older clang-tidy that the tests use only to prove
# that the plugin refuses to load into another LLVM release.
# --for-fuzzing also installs clang's runtime libraries (libclang-rt-N-dev:
# libFuzzer and the sanitizers) for scripts/fuzz.sh.
#
# After it, these are set: NDIS_TIDY_ROOT, NDIS_TIDY_LLVM_VERSION,
# NDIS_TIDY_BUILD_DIR (absolute).

ndis_setup_main() {
  local for_tests=0 for_fuzzing=0 arg
  for arg in "$@"; do
    case "$arg" in
      --for-tests) for_tests=1 ;;
      --for-fuzzing) for_fuzzing=1 ;;
      *) echo "setup.sh: unknown argument: $arg" >&2; return 2 ;;
    esac
  done

  NDIS_TIDY_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  NDIS_TIDY_LLVM_VERSION="${NDIS_TIDY_LLVM_VERSION:-19}"
  local v="$NDIS_TIDY_LLVM_VERSION"
  case "$v" in
    19|22) ;;
    *) echo "setup.sh: NDIS_TIDY_LLVM_VERSION=$v: ndis-tidy supports LLVM 19 and 22" >&2
       return 1 ;;
  esac
  if [[ -z "${NDIS_TIDY_BUILD_DIR:-}" ]]; then
    if [[ "$v" == 19 ]]; then NDIS_TIDY_BUILD_DIR=build; else NDIS_TIDY_BUILD_DIR="build-$v"; fi
  fi
  [[ "$NDIS_TIDY_BUILD_DIR" == /* ]] || NDIS_TIDY_BUILD_DIR="$NDIS_TIDY_ROOT/$NDIS_TIDY_BUILD_DIR"
  export NDIS_TIDY_ROOT NDIS_TIDY_LLVM_VERSION NDIS_TIDY_BUILD_DIR

  echo "==> ndis-tidy setup: LLVM $v, build directory $NDIS_TIDY_BUILD_DIR"
  ndis_setup_packages "$v" "$for_tests" "$for_fuzzing" || return
  ndis_setup_build "$v" || return
}

# True when a package is installed.
ndis_pkg_installed() {
  [[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" == "install ok installed" ]]
}

# True when the apt sources offer a package (uses the local package lists).
ndis_pkg_available() {
  local candidate
  candidate="$(apt-cache policy "$1" 2>/dev/null | sed -n 's/^ *Candidate: *//p')"
  [[ -n "$candidate" && "$candidate" != "(none)" ]]
}

ndis_setup_packages() {
  local v="$1" for_tests="$2" for_fuzzing="${3:-0}" pkg
  local required=(cmake ninja-build g++ make python3 ccache libgtest-dev
                  "clang-$v" "clang-tidy-$v" "libclang-$v-dev" "llvm-$v-dev" "llvm-$v-tools")
  [[ "$for_fuzzing" == 1 ]] && required+=("libclang-rt-$v-dev")
  # Required, not optional: without it the check of ndis-scan's SARIF output
  # would be skipped, and Debian and Ubuntu both package it.
  [[ "$for_tests" == 1 ]] && required+=(python3-jsonschema)
  local optional=()
  # git and pre-commit: the test of the pre-commit hook (.pre-commit-hooks.yaml)
  # runs them; without them it is reported unsupported.
  [[ "$for_tests" == 1 ]] && optional=(clang-tidy git pre-commit)

  if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "setup.sh: no dpkg here, so the packages cannot be checked; make sure these" \
         "(or your system's equivalents) are installed: ${required[*]}" >&2
    return 0
  fi

  local missing=() missing_optional=()
  for pkg in "${required[@]}"; do ndis_pkg_installed "$pkg" || missing+=("$pkg"); done
  for pkg in "${optional[@]}"; do ndis_pkg_installed "$pkg" || missing_optional+=("$pkg"); done
  if [[ ${#missing[@]} -eq 0 && ${#missing_optional[@]} -eq 0 ]]; then
    echo "==> all needed packages are installed"
    return 0
  fi
  # An optional package that these sources do not know is not worth an
  # `apt-get update` on its own.
  if [[ ${#missing[@]} -eq 0 ]]; then
    local known=()
    for pkg in "${missing_optional[@]}"; do ndis_pkg_available "$pkg" && known+=("$pkg"); done
    missing_optional=("${known[@]}")
    if [[ ${#missing_optional[@]} -eq 0 ]]; then
      echo "==> all needed packages are installed (optional ${optional[*]} is not in the apt sources; skipped)"
      return 0
    fi
  fi

  if [[ "$(id -u)" != 0 ]]; then
    if [[ ${#missing[@]} -eq 0 ]]; then
      echo "==> optional package not installed: ${missing_optional[*]} (one test will be skipped)"
      echo "    to install it: sudo apt-get install -y --no-install-recommends ${missing_optional[*]}"
      return 0
    fi
    echo "setup.sh: missing packages: ${missing[*]}" >&2
    ndis_report_unavailable "$v" "${missing[@]}"
    echo "Install them with (after 'sudo apt-get update' if apt cannot find them):" >&2
    echo "  sudo apt-get install -y --no-install-recommends ${missing[*]}${missing_optional[*]:+ ${missing_optional[*]}}" >&2
    exit 1
  fi

  echo "==> installing: ${missing[*]}${missing_optional[*]:+ ${missing_optional[*]}}"
  if ! DEBIAN_FRONTEND=noninteractive apt-get update; then
    echo "setup.sh: apt-get update failed" >&2
    exit 1
  fi
  if ! ndis_report_unavailable "$v" "${missing[@]}"; then
    exit 1
  fi
  local installable_optional=()
  for pkg in "${missing_optional[@]}"; do
    if ndis_pkg_available "$pkg"; then
      installable_optional+=("$pkg")
    else
      echo "==> optional package $pkg is not in the apt sources; skipped (one test will be skipped)"
    fi
  done
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      "${missing[@]}" "${installable_optional[@]}"; then
    echo "setup.sh: apt-get install failed" >&2
    exit 1
  fi
}

# Says which of the given packages the apt sources do not have; false if any.
ndis_report_unavailable() {
  local v="$1"; shift
  local pkg unavailable=()
  for pkg in "$@"; do ndis_pkg_available "$pkg" || unavailable+=("$pkg"); done
  [[ ${#unavailable[@]} -eq 0 ]] && return 0
  {
    echo "setup.sh: your apt sources do not offer: ${unavailable[*]}"
    if [[ " ${unavailable[*]} " == *"-$v"* ]]; then
      echo "  The LLVM $v packages come from your distribution's apt sources (on"
      echo "  Debian 12: bookworm for LLVM 19, bookworm-security for LLVM 22). If your"
      echo "  release has no LLVM $v, add the LLVM project's apt repository for it"
      echo "  (see apt.llvm.org) to your apt sources, run apt-get update, and run this"
      echo "  again."
      echo "  (Or choose the other supported release: NDIS_TIDY_LLVM_VERSION=19 or 22.)"
    fi
    if [[ "$(id -u)" != 0 ]]; then
      echo "  (The package lists may be stale: run 'sudo apt-get update' first.)"
    fi
  } >&2
  return 1
}

ndis_setup_build() {
  local v="$1" build="$NDIS_TIDY_BUILD_DIR" cached
  if [[ -f "$build/CMakeCache.txt" ]]; then
    cached="$(sed -n 's/^NDIS_TIDY_LLVM_VERSION:[A-Z]*=//p' "$build/CMakeCache.txt")"
    if [[ -n "$cached" && "$cached" != "$v" ]]; then
      echo "setup.sh: $build was configured for LLVM $cached, not $v;" \
           "set NDIS_TIDY_BUILD_DIR to another directory or remove $build" >&2
      exit 1
    fi
  fi
  local extra_args=() targets=()
  read -r -a extra_args <<<"${NDIS_TIDY_CMAKE_ARGS:-}"
  read -r -a targets <<<"${NDIS_TIDY_BUILD_TARGETS:-}"
  echo "==> configuring${extra_args[*]:+ (${extra_args[*]})}"
  cmake -S "$NDIS_TIDY_ROOT" -B "$build" -G Ninja \
        -DNDIS_TIDY_LLVM_VERSION="$v" \
        -DNDIS_TIDY_LLVM_PREFIX="${NDIS_TIDY_LLVM_PREFIX:-/usr/lib/llvm-$v}" \
        "${extra_args[@]}" || exit 1
  echo "==> building (-j${NDIS_TIDY_JOBS:-2})${targets[*]:+: ${targets[*]}}"
  cmake --build "$build" -j "${NDIS_TIDY_JOBS:-2}" ${targets[@]:+--target "${targets[@]}"} || exit 1
  if [[ ${#targets[@]} -gt 0 ]]; then
    echo "==> built in $build: ${targets[*]}"
  else
    echo "==> built: $build/bin/ndis-tidy and $build/lib/libNdisTidyModule.so"
  fi
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  # Run directly.
  set -uo pipefail
  ndis_setup_main "$@"
  exit $?
fi
ndis_setup_main "$@" || exit $?
