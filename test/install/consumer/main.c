/* An installed cdefer, used without any header: the plugin defines __defer.
 * "after" coming last shows the deferred calls ran when work() returned,
 * newest first. */
#include <stdio.h>

static int work(void) {
  __defer puts("cleanup");
  __defer puts("registered second, runs first");
  puts("work");
  return 0;
}

int main(void) {
  work();
  puts("after");
  return 0;
}
