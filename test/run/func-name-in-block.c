// `__func__` in a deferred block names the function that wrote the defer,
// not the plugin's outlined function.
// RUN: %cdefer_cc -Werror -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdio.h>

static void enclosing_function(void) {
  __defer { printf("block: %s\n", __func__); }
  __defer { printf("block __FUNCTION__: %s\n", __FUNCTION__); }
  __defer printf("call: %s\n", __func__);
}

int main(void) {
  enclosing_function();
  // CHECK:      call: enclosing_function
  // CHECK-NEXT: block __FUNCTION__: enclosing_function
  // CHECK-NEXT: block: enclosing_function
  return 0;
}
