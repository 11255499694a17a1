/*===- HostVersionGuard.c - refuse to load into the wrong clang-tidy ------===//
 *
 * This is the file users pass to `clang-tidy -load`. It links no LLVM library,
 * so it loads into any clang-tidy. Its constructor finds out which LLVM release
 * the host runs on; if it is not the release the checks were built for, it
 * stops the process with a message naming both, instead of letting the dynamic
 * loader fail on an undefined symbol or the checks crash on a changed ABI.
 * On a match it loads the checks (NDIS_TIDY_IMPL_NAME, next to this file).
 *
 *===----------------------------------------------------------------------===*/

#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* LLVM 16 and later export this C API entry point from libLLVM. */
typedef void (*GetVersionFn)(unsigned *Major, unsigned *Minor, unsigned *Patch);

/* Reads the major release from a loaded "libLLVM-14.so.1" or "libLLVM.so.19.1"
 * mapping; this works for releases that predate LLVMGetVersion. Returns 0 when
 * the host has no shared libLLVM at all. */
static unsigned majorFromMappedLibLLVM(void) {
  FILE *Maps = fopen("/proc/self/maps", "r");
  char Line[4096];
  unsigned Major = 0;
  if (!Maps)
    return 0;
  while (!Major && fgets(Line, sizeof Line, Maps)) {
    const char *Name = strstr(Line, "/libLLVM");
    if (!Name)
      continue;
    Name += strlen("/libLLVM");
    if (*Name == '-')
      Major = (unsigned)strtoul(Name + 1, NULL, 10);
    else if (strncmp(Name, ".so.", 4) == 0)
      Major = (unsigned)strtoul(Name + 4, NULL, 10);
  }
  fclose(Maps);
  return Major;
}

static unsigned hostLLVMMajor(void) {
  GetVersionFn GetVersion = (GetVersionFn)dlsym(RTLD_DEFAULT, "LLVMGetVersion");
  if (GetVersion) {
    unsigned Major = 0, Minor = 0, Patch = 0;
    GetVersion(&Major, &Minor, &Patch);
    return Major;
  }
  return majorFromMappedLibLLVM();
}

static void stop(const char *Message) {
  fprintf(stderr, "ndis-tidy plugin: %s\n", Message);
  fflush(stderr);
  exit(1);
}

__attribute__((constructor)) static void loadChecksIfHostMatches(void) {
  unsigned Host = hostLLVMMajor();
  char Message[2048];
  Dl_info Self;
  if (Host != NDIS_TIDY_LLVM_MAJOR) {
    char HostName[32];
    if (Host)
      snprintf(HostName, sizeof HostName, "%u", Host);
    else
      snprintf(HostName, sizeof HostName, "an unknown release");
    snprintf(Message, sizeof Message,
             "this plugin was built for clang-tidy %d (LLVM %d) but was "
             "loaded into clang-tidy %s (LLVM %s); load it with "
             "clang-tidy-%d, use build/bin/ndis-tidy, or rebuild ndis-tidy "
             "with -DNDIS_TIDY_LLVM_VERSION=%s",
             NDIS_TIDY_LLVM_MAJOR, NDIS_TIDY_LLVM_MAJOR, HostName, HostName,
             NDIS_TIDY_LLVM_MAJOR, Host ? HostName : "<host release>");
    stop(Message);
  }
  if (!dladdr((void *)&loadChecksIfHostMatches, &Self) || !Self.dli_fname)
    stop("cannot find its own location to load the checks");
  {
    char Path[4096];
    const char *Slash = strrchr(Self.dli_fname, '/');
    int DirLen = Slash ? (int)(Slash - Self.dli_fname) : 1;
    snprintf(Path, sizeof Path, "%.*s/%s", DirLen,
             Slash ? Self.dli_fname : ".", NDIS_TIDY_IMPL_NAME);
    if (!dlopen(Path, RTLD_NOW | RTLD_GLOBAL)) {
      snprintf(Message, sizeof Message, "cannot load the checks from %s: %s",
               Path, dlerror());
      stop(Message);
    }
  }
}
