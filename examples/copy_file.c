/* copy_file.c - copy a file, releasing everything on every path
 *
 *   usage: copy_file FROM TO        (COPY_VERBOSE=1 traces each cleanup)
 *
 * The classic C shape for this is a ladder of `goto fail_N` labels at the
 * bottom of the function, one per resource, in reverse order of acquisition.
 * With `__defer` the release of each resource is written right after the
 * code that acquires it, and each of the function's seven `return`s releases
 * exactly what was acquired before it, newest first:
 *
 *   - the input stream and the buffer use the call form,
 *     `__defer close_stream(in, from);`: the callee and its arguments are
 *     evaluated when the `__defer` runs, so the call made at return is the
 *     one written, with the values `in` and `from` had then;
 *   - the output stream uses the block form, `__defer { ... }`, which refers
 *     to variables, not values: it looks at `out` when the function returns.
 *     The success path closes `out` itself, because a full disk is often
 *     only reported by fclose and that error must reach the caller; it then
 *     sets `out = NULL`, and the deferred block closes the stream only on
 *     the paths that did not. Deferred code cannot change the value being
 *     returned, so an error that only a cleanup can see has to be handled
 *     before the `return`, as here.
 *
 * The block may name `out` because `out` lives until copy_file returns: it
 * is declared in the function's outermost block. A variable of an inner
 * block would be a compile-time error (see docs/semantics.md).
 *
 * Build: clang-22 -fplugin=CDefer.so copy_file.c libcdefer.a -pthread
 *===----------------------------------------------------------------------===*/
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { BUF_SIZE = 64 * 1024 };

static int verbose; /* COPY_VERBOSE=1: print each cleanup step to stderr */

static void trace(const char *fmt, ...) {
  if (!verbose)
    return;
  va_list ap;
  va_start(ap, fmt);
  fputs("cleanup: ", stderr);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
}

static void close_stream(FILE *f, const char *name) {
  trace("close '%s'", name);
  fclose(f);
}

static void release_buffer(char *buf) {
  trace("free buffer");
  free(buf);
}

/* Copies from to to. Returns 0, or -1 after a message on stderr. */
static int copy_file(const char *from, const char *to) {
  FILE *in = fopen(from, "rb");
  if (in == NULL) {
    fprintf(stderr, "copy_file: cannot open '%s' for reading: %s\n", from,
            strerror(errno));
    return -1; /* nothing deferred yet: nothing runs */
  }
  __defer close_stream(in, from);

  char *buf = malloc(BUF_SIZE);
  if (buf == NULL) {
    fprintf(stderr, "copy_file: out of memory\n");
    return -1; /* closes in */
  }
  __defer release_buffer(buf);

  FILE *out = fopen(to, "wb");
  if (out == NULL) {
    fprintf(stderr, "copy_file: cannot open '%s' for writing: %s\n", to,
            strerror(errno));
    return -1; /* frees buf, then closes in */
  }
  __defer {
    if (out != NULL) /* an error path: the copy is incomplete */
      close_stream(out, to);
  }

  size_t n;
  while ((n = fread(buf, 1, BUF_SIZE, in)) > 0) {
    if (fwrite(buf, 1, n, out) != n) {
      fprintf(stderr, "copy_file: cannot write '%s': %s\n", to,
              strerror(errno));
      return -1; /* closes out, frees buf, closes in */
    }
  }
  if (ferror(in)) {
    fprintf(stderr, "copy_file: cannot read '%s': %s\n", from,
            strerror(errno));
    return -1;
  }

  FILE *done = out;
  out = NULL; /* from here on the deferred block leaves the stream alone */
  if (fclose(done) != 0) {
    fprintf(stderr, "copy_file: cannot write '%s': %s\n", to,
            strerror(errno));
    return -1;
  }
  return 0; /* frees buf, closes in */
}

int main(int argc, char **argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: %s FROM TO\n", argv[0]);
    return 2;
  }
  const char *v = getenv("COPY_VERBOSE");
  verbose = v != NULL && strcmp(v, "1") == 0;
  return copy_file(argv[1], argv[2]) == 0 ? 0 : 1;
}
