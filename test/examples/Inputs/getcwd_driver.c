/* getcwd_driver.c - runs one copy of bsd_getcwd through checks that reach
 * every error path, for test/examples/bsd_getcwd.test and
 * bench/realcode_getcwd.sh.
 *
 * Build it with -DMODULE='"path/to/copy.c"': the copy is #included below,
 * after macros that route its malloc, realloc, free, stat, fstat, opendir,
 * readdir and closedir through counting wrappers, so the copy itself is
 * compiled unchanged (examples/bsd_getcwd.c has a main; it is renamed away).
 *
 *   getcwd_driver paths DIR...     for each DIR (absolute): chdir to it and
 *                                  compare bsd_getcwd with libc's getcwd,
 *                                  allocating, into a caller's buffer, into
 *                                  one too small (ERANGE), size 0 (EINVAL)
 *   getcwd_driver inject KINDS DIR STOP
 *                                  chdir to DIR; then for n = 1, 2, ... make
 *                                  the n-th call of one of KINDS fail (a
 *                                  comma list of malloc, realloc, stat,
 *                                  fstat, opendir, readdir, or all) until a
 *                                  call completes without reaching n. Calls
 *                                  made once the walk up has reached STOP,
 *                                  an ancestor of DIR, do not count: the
 *                                  directories above it may change between
 *                                  two runs (lit runs tests in parallel),
 *                                  which would change how often readdir is
 *                                  called, and no two runs would compare
 *   getcwd_driver mktree DIR       make the directories the checks use under
 *                                  DIR: a/b/c; long/ with 5 levels of
 *                                  250-byte names (a path longer than the
 *                                  1020 bytes bsd_getcwd allocates first);
 *                                  deep/ with 260 levels of "dddd" (more
 *                                  "../" than its first "../" buffer holds);
 *                                  links longest and deepest to their ends
 *   getcwd_driver here             bsd_getcwd of the current directory, which
 *                                  may have been removed (ENOENT)
 *   getcwd_driver bench N DIR      chdir to DIR, call bsd_getcwd N times
 *                                  (and N times into a too-small buffer);
 *                                  built with -DDRIVER_NO_WRAP for timing,
 *                                  so that the copy calls libc directly
 *
 * After every call it prints what is still allocated (blocks) or open
 * (dirs) besides the result, which the caller frees: anything but 0 is a
 * leak. The last line of inject counts the calls that leaked.
 */
#define _DEFAULT_SOURCE 1
#include <sys/param.h>
#include <sys/stat.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static long live_blocks, open_dirs; /* what the copy holds right now */
static long fail_at, calls;         /* fail the fail_at-th counted call */
static unsigned kinds;              /* which calls count */
static int counting;                /* off once the walk reaches stop_dir */
static dev_t stop_dev;
static ino_t stop_ino;
static const char *failed;          /* the call that was made to fail */

enum { K_MALLOC = 1, K_REALLOC = 2, K_STAT = 4, K_FSTAT = 8, K_OPENDIR = 16,
       K_READDIR = 32 };
static const char *const kind_names[] = {"malloc", "realloc", "stat",
                                         "fstat", "opendir", "readdir"};

static int inject(unsigned kind, const char *name, int err) {
  if (!counting || !(kinds & kind) || ++calls != fail_at)
    return 0;
  failed = name;
  errno = err;
  return 1;
}

static void *fi_malloc(size_t n) {
  if (inject(K_MALLOC, "malloc", ENOMEM))
    return NULL;
  void *p = malloc(n);
  live_blocks += p != NULL;
  return p;
}
static void *fi_realloc(void *p, size_t n) {
  if (inject(K_REALLOC, "realloc", ENOMEM))
    return NULL;
  void *q = realloc(p, n);
  live_blocks += p == NULL && q != NULL;
  return q;
}
static void fi_free(void *p) {
  live_blocks -= p != NULL;
  free(p);
}
static int fi_stat(const char *path, struct stat *s) {
  if (inject(K_STAT, "stat", EIO))
    return -1;
  int r = stat(path, s);
  if (r == 0 && s->st_dev == stop_dev && s->st_ino == stop_ino)
    counting = 0; /* the walk is above the tree: its directories may change */
  return r;
}
static int fi_fstat(int fd, struct stat *s) {
  return inject(K_FSTAT, "fstat", EIO) ? -1 : fstat(fd, s);
}
static DIR *fi_opendir(const char *path) {
  if (inject(K_OPENDIR, "opendir", EACCES))
    return NULL;
  DIR *d = opendir(path);
  open_dirs += d != NULL;
  return d;
}
static struct dirent *fi_readdir(DIR *d) {
  return inject(K_READDIR, "readdir", EBADF) ? NULL : readdir(d);
}
static int fi_closedir(DIR *d) {
  open_dirs -= d != NULL;
  return closedir(d);
}

/* The copy under test, with its calls routed to the wrappers above (not
   with -DDRIVER_NO_WRAP, for timing: bench mode needs no wrappers). */
#ifndef DRIVER_NO_WRAP
#define malloc(n) fi_malloc(n)
#define realloc(p, n) fi_realloc(p, n)
#define free(p) fi_free(p)
#define stat(p, s) fi_stat(p, s)
#define fstat(fd, s) fi_fstat(fd, s)
#define opendir(p) fi_opendir(p)
#define readdir(d) fi_readdir(d)
#define closedir(d) fi_closedir(d)
#endif
#define main bsd_getcwd_example_main
#include MODULE
#undef main
#undef malloc
#undef realloc
#undef free
#undef stat
#undef fstat
#undef opendir
#undef readdir
#undef closedir

static const char *errname(int e) {
  switch (e) {
  case ENOMEM: return "ENOMEM";
  case EIO: return "EIO";
  case EACCES: return "EACCES";
  case EBADF: return "EBADF";
  case ENOENT: return "ENOENT";
  case ERANGE: return "ERANGE";
  case EINVAL: return "EINVAL";
  default: return strerror(e);
  }
}

/* What is left besides the result: a call that leaks shows up here. */
static int report_leaks(void) {
  printf(", leaks: %ld blocks, %ld dirs\n", live_blocks, open_dirs);
  int leaked = live_blocks != 0 || open_dirs != 0;
  live_blocks = open_dirs = 0; /* count the next call on its own */
  return leaked;
}

/* A result as a line: libc's view of the same directory decides "ok". */
static void show(const char *what, const char *r, const char *want) {
  if (r == NULL)
    printf("%s: NULL, errno %s", what, errname(errno));
  else
    printf("%s: %s", what, strcmp(r, want) == 0 ? "ok" : "WRONG PATH");
}

static int paths(int n, char **dirs) {
  int bad = 0;
  for (int i = 0; i < n; i++) {
    char want[8192];
    if (chdir(dirs[i]) != 0 || getcwd(want, sizeof want) == NULL) {
      printf("%s: cannot use: %s\n", dirs[i], strerror(errno));
      bad = 1;
      continue;
    }
    printf("%s (%zu bytes)\n", dirs[i], strlen(want));
    char *r = bsd_getcwd(NULL, 0);
    show("  allocated", r, want);
    bad |= r == NULL || strcmp(r, want) != 0;
    if (r)
      fi_free(r);
    bad |= report_leaks();

    /* This getcwd wants one byte more than the path and its NUL (its
       length check counts a leading '/' for the last name too), so the
       path fits in strlen + 2 bytes and not in strlen + 1, except "/". */
    size_t len = strlen(want);
    size_t size = len == 1 ? 2 : len + 2;
    char *buf = fi_malloc(size);
    r = bsd_getcwd(buf, size);
    show("  caller's buffer", r, want);
    bad |= r != buf;
    fi_free(buf);
    bad |= report_leaks();

    /* Not for "/": upstream writes the '/' of a 1-byte buffer before it. */
    if (len > 1) {
      buf = fi_malloc(len + 1);
      errno = 0;
      r = bsd_getcwd(buf, len + 1);
      show("  buffer too small", r, want);
      bad |= r != NULL || errno != ERANGE;
      fi_free(buf);
      bad |= report_leaks();
    }

    char one[1];
    r = bsd_getcwd(one, 0);
    show("  size 0", r, want);
    bad |= r != NULL || errno != EINVAL;
    bad |= report_leaks();
  }
  return bad;
}

static int inject_all(const char *list, const char *dir, const char *stop) {
  char copy[256];
  snprintf(copy, sizeof copy, "%s", list);
  for (char *k = strtok(copy, ","); k; k = strtok(NULL, ",")) {
    unsigned before = kinds;
    for (unsigned i = 0; i < sizeof kind_names / sizeof *kind_names; i++)
      if (strcmp(k, "all") == 0 || strcmp(k, kind_names[i]) == 0)
        kinds |= 1u << i;
    if (kinds == before) {
      fprintf(stderr, "getcwd_driver: unknown kind '%s'\n", k);
      return 2;
    }
  }
  struct stat st;
  if (stat(stop, &st) != 0) {
    fprintf(stderr, "getcwd_driver: cannot stat '%s'\n", stop);
    return 2;
  }
  stop_dev = st.st_dev;
  stop_ino = st.st_ino;
  char want[8192];
  if (chdir(dir) != 0 || getcwd(want, sizeof want) == NULL) {
    fprintf(stderr, "getcwd_driver: cannot use '%s': %s\n", dir,
            strerror(errno));
    return 2;
  }
  long leaky = 0, n;
  for (n = 1;; n++) {
    fail_at = n;
    calls = 0;
    counting = 1;
    failed = NULL;
    errno = 0;
    char *r = bsd_getcwd(NULL, 0);
    if (failed == NULL) { /* the n-th call never came: every path is done */
      show("no failure", r, want);
      if (r)
        fi_free(r);
      leaky += report_leaks();
      break;
    }
    char what[64];
    snprintf(what, sizeof what, "#%ld %s fails", n, failed);
    show(what, r, want);
    if (r)
      fi_free(r);
    leaky += report_leaks();
  }
  printf("%ld failures injected, %ld calls leaked\n", n - 1, leaky);
  return 0;
}

static int bench(long n, const char *dir) {
  if (chdir(dir) != 0) {
    fprintf(stderr, "getcwd_driver: cannot chdir to '%s'\n", dir);
    return 2;
  }
  size_t total = 0;
  for (long i = 0; i < n; i++) {
    char *r = bsd_getcwd(NULL, 0); /* success: the walk up to "/" */
    total += strlen(r);
    free(r);
    char small[4];
    if (bsd_getcwd(small, sizeof small) == NULL) /* ERANGE: an error exit */
      total++;
  }
  printf("%zu\n", total);
  return 0;
}

/* Makes ROOT/SUB/NAME/NAME/... (LEVELS times NAME) and, if LINK, a
   symbolic link ROOT/LINK to the last one, for a command line to name. */
static int mkpath(const char *root, const char *sub, const char *name,
                  int levels, const char *link) {
  static char target[8192];
  if (chdir(root) != 0 || (mkdir(sub, 0755) != 0 && errno != EEXIST) ||
      chdir(sub) != 0)
    return 1;
  int len = snprintf(target, sizeof target, "%s", sub);
  for (int i = 0; i < levels; i++) {
    if ((mkdir(name, 0755) != 0 && errno != EEXIST) || chdir(name) != 0)
      return 1;
    len += snprintf(target + len, sizeof target - len, "/%s", name);
  }
  return link && (chdir(root) != 0 || symlink(target, link) != 0);
}

static int mktree(const char *root) {
  char name[251];
  memset(name, 'x', 250);
  name[250] = '\0';
  if (mkpath(root, "a", "b", 1, NULL) || mkpath(root, "a/b", "c", 1, NULL) ||
      mkpath(root, "long", name, 5, "longest") ||
      mkpath(root, "deep", "dddd", 260, "deepest")) {
    fprintf(stderr, "getcwd_driver: mktree: %s\n", strerror(errno));
    return 2;
  }
  return 0;
}

static int here(void) {
  errno = 0;
  char *r = bsd_getcwd(NULL, 0);
  if (r == NULL)
    printf("here: NULL, errno %s", errname(errno));
  else
    printf("here: %s", r);
  if (r)
    fi_free(r);
  return report_leaks();
}

int main(int argc, char **argv) {
  if (argc == 3 && strcmp(argv[1], "mktree") == 0)
    return mktree(argv[2]);
  if (argc == 2 && strcmp(argv[1], "here") == 0)
    return here();
  if (argc >= 3 && strcmp(argv[1], "paths") == 0)
    return paths(argc - 2, argv + 2);
  if (argc == 5 && strcmp(argv[1], "inject") == 0)
    return inject_all(argv[2], argv[3], argv[4]);
  if (argc == 4 && strcmp(argv[1], "bench") == 0)
    return bench(atol(argv[2]), argv[3]);
  fprintf(stderr,
          "usage: %s mktree DIR | paths DIR... | inject KINDS DIR STOP | here |"
          " bench N DIR\n",
          argv[0]);
  return 2;
}
