/* process_files.c - a `__defer` in a loop, and the helper that avoids it
 *
 *   usage: process_files FILE...
 *
 * Counts the lines and bytes of each FILE, twice, and prints a summary.
 *
 * count_all_in_loop() opens each file in a loop and writes
 * `__defer close_file(f, path);` in the loop body. That is correct - each
 * iteration registers one more run of the deferred call, with that
 * iteration's f and path (the call form evaluates its arguments when the
 * `__defer` runs) - but nothing is closed until the function returns: with
 * N files, N streams are open at once, and closed last-opened first. For a
 * long list that runs out of file descriptors. This is Go's "defer in a loop"
 * pitfall, and the plugin warns about it:
 *
 *   process_files.c:...: warning: '__defer' inside a loop: its runs pile up
 *   until 'count_all_in_loop' returns
 *
 * (-fplugin-arg-cdefer-Wno-loop silences it when the pile-up is intended.)
 *
 * count_all_with_helper() is the usual fix: the loop calls count_one(), a
 * function of its own whose `__defer` closes the file when *it* returns, so
 * one stream is open at a time. The output shows both orders of closing.
 *
 * Build: clang-22 -fplugin=CDefer.so process_files.c \
 *          libcdefer.a -pthread
 *===----------------------------------------------------------------------===*/
#include <errno.h>
#include <stdio.h>
#include <string.h>

struct totals {
  unsigned long files, unreadable, lines, bytes;
  int peak_open; /* most streams open at once */
};

static int open_now; /* streams this program has open */

static FILE *open_file(const char *path, struct totals *t) {
  FILE *f = fopen(path, "rb");
  if (f == NULL) {
    printf("%s: cannot open: %s\n", path, strerror(errno));
    t->unreadable++;
    return NULL;
  }
  if (++open_now > t->peak_open)
    t->peak_open = open_now;
  return f;
}

static void close_file(FILE *f, const char *path) {
  fclose(f);
  open_now--;
  printf("  closed %s\n", path);
}

/* Adds f's lines and bytes to t; prints the file's own counts. */
static void count_stream(FILE *f, const char *path, struct totals *t) {
  unsigned long lines = 0, bytes = 0;
  int c;
  while ((c = getc(f)) != EOF) {
    bytes++;
    lines += c == '\n';
  }
  printf("%s: %lu lines, %lu bytes\n", path, lines, bytes);
  t->files++;
  t->lines += lines;
  t->bytes += bytes;
}

/* Every stream stays open until this function returns. */
static void count_all_in_loop(int n, char **paths, struct totals *t) {
  for (int i = 0; i < n; i++) {
    FILE *f = open_file(paths[i], t);
    if (f == NULL)
      continue;
    __defer close_file(f, paths[i]);
    count_stream(f, paths[i], t);
  }
  printf("end of loop: %d streams open\n", open_now);
} /* the pending close_file calls run here, newest first */

/* One file: its stream is closed when this returns, on either path. */
static int count_one(const char *path, struct totals *t) {
  FILE *f = open_file(path, t);
  if (f == NULL)
    return -1;
  __defer close_file(f, path);
  count_stream(f, path, t);
  return 0;
}

static void count_all_with_helper(int n, char **paths, struct totals *t) {
  for (int i = 0; i < n; i++)
    (void)count_one(paths[i], t);
  printf("end of loop: %d streams open\n", open_now);
}

static void summary(const char *how, const struct totals *t) {
  printf("%s: %lu files, %lu lines, %lu bytes, %lu unreadable, "
         "at most %d open at once\n",
         how, t->files, t->lines, t->bytes, t->unreadable, t->peak_open);
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: %s FILE...\n", argv[0]);
    return 2;
  }
  struct totals in_loop = {0}, with_helper = {0};

  puts("== __defer in the loop ==");
  count_all_in_loop(argc - 1, argv + 1, &in_loop);
  puts("== __defer in a helper ==");
  count_all_with_helper(argc - 1, argv + 1, &with_helper);

  puts("== summary ==");
  summary("in the loop", &in_loop);
  summary("in a helper", &with_helper);
  return in_loop.unreadable == 0 ? 0 : 1;
}
