/*===- fatal.c - errors the runtime cannot continue from ------------------===*
 *
 * A broken invariant of the chain, or no memory for a record, ends the
 * process: continuing would run deferred calls out of order, run them twice,
 * or silently drop one. The message names the function from the site of the
 * `__defer` concerned:
 *
 *   cdefer: fatal: <what went wrong>, in <function> (<file>:<line>)
 *
 * It is built in a fixed buffer (no malloc: we may be out of memory) and
 * written with one call, then abort() leaves a core for the debugger.
 *===----------------------------------------------------------------------===*/
#include "internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* Sites are "file:line:function"; a file name may itself hold colons, a
 * function name cannot, so the last colon separates them. */
CDEFER_HIDDEN const char *__cdefer_site_function(const char *site, int *where_len) {
  if (site == NULL) {
    *where_len = 1;
    return "?";
  }
  const char *colon = strrchr(site, ':');
  if (colon == NULL) {
    *where_len = 0;
    return site;
  }
  *where_len = (int)(colon - site);
  return colon + 1;
}

/* Called from any runtime file when it cannot go on. site may be NULL when
 * no `__defer` can be blamed. */
CDEFER_HIDDEN _Noreturn void __cdefer_fatal(const char *site, const char *fmt, ...) {
  char msg[1024];
  size_t len = 0;
  int n = snprintf(msg, sizeof msg, "cdefer: fatal: ");
  if (n > 0)
    len = (size_t)n;

  va_list ap;
  va_start(ap, fmt);
  n = vsnprintf(msg + len, sizeof msg - len, fmt, ap);
  va_end(ap);
  if (n > 0)
    len += (size_t)n;
  if (len >= sizeof msg)
    len = sizeof msg - 1;

  int where_len;
  const char *fn = __cdefer_site_function(site, &where_len);
  if (site == NULL)
    snprintf(msg + len, sizeof msg - len, ", in an unknown function\n");
  else
    snprintf(msg + len, sizeof msg - len, ", in %s (%.*s)\n", fn, where_len, site);
  len = strlen(msg);
  if (msg[len - 1] != '\n') /* truncated: still end the line */
    msg[len - 1] = '\n';

  fputs(msg, stderr);
  fflush(stderr);
  abort();
}
