/* Hides one entry from directory listings the way libprocesshider hides a miner from ps and
 * top: readdir() and readdir64() skip the entry named by MINEWATCH_TEST_HIDE_PID. Loaded with
 * LD_PRELOAD by minewatch's tests only (crates/minewatch/tests/host.rs). */
#define _GNU_SOURCE
#include <dirent.h>
#include <dlfcn.h>
#include <stdlib.h>
#include <string.h>

#define HOOK(name, type)                                                   \
  type *name(DIR *d) {                                                     \
    static type *(*orig)(DIR *) = NULL;                                    \
    if (!orig) orig = (type * (*)(DIR *)) dlsym(RTLD_NEXT, #name);         \
    const char *hide = getenv("MINEWATCH_TEST_HIDE_PID");                  \
    type *e;                                                               \
    while ((e = orig(d)) != NULL) {                                        \
      if (!hide || strcmp(e->d_name, hide) != 0) break;                    \
    }                                                                      \
    return e;                                                              \
  }

HOOK(readdir, struct dirent)
HOOK(readdir64, struct dirent64)
