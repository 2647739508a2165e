/* An installed cdefer through its header, with the short spelling `defer`. */
#define CDEFER_SHORT_NAMES
#include <cdefer.h>
#include <stdio.h>

static int work(void) {
  defer puts("cleanup");
  defer puts("registered second, runs first");
  puts("work");
  return 0;
}

int main(void) {
  work();
  puts("after");
  return 0;
}
