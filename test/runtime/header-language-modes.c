/*
 * <cdefer.h> included as an ordinary header (not the plugin's system-header
 * copy of cdefer_abi.h): its inline push and frame exit draw no warning
 * under -Wall -Wextra -Wpedantic in any C mode from C89 to C23, nor as C++
 * from C++98 to C++23, and a unit that calls them the way plugin code does
 * compiles at -O0 and -O2. cdefer_abi.h alone must also hold on a 32-bit
 * target, where the counters are `long long` (C89 has none).
 *
 * RUN: %clang -c -o /dev/null -I%cdefer_include -Wall -Wextra -Wpedantic -Werror -std=c89 -O0 %s
 * RUN: %clang -c -o /dev/null -I%cdefer_include -Wall -Wextra -Wpedantic -Werror -std=c89 -O2 %s
 * RUN: %clang -c -o /dev/null -I%cdefer_include -Wall -Wextra -Wpedantic -Werror -std=gnu89 -O2 %s
 * RUN: %clang -c -o /dev/null -I%cdefer_include -Wall -Wextra -Wpedantic -Werror -std=c99 -O2 %s
 * RUN: %clang -c -o /dev/null -I%cdefer_include -Wall -Wextra -Wpedantic -Werror -std=c11 -O2 %s
 * RUN: %clang -c -o /dev/null -I%cdefer_include -Wall -Wextra -Wpedantic -Werror -std=gnu17 -O2 %s
 * RUN: %clang -c -o /dev/null -I%cdefer_include -Wall -Wextra -Wpedantic -Werror -std=c23 -O0 %s
 * RUN: %clang -c -o /dev/null -I%cdefer_include -Wall -Wextra -Wpedantic -Werror -std=c23 -O2 %s
 * RUN: %clang -x c++ -c -o /dev/null -I%cdefer_include -Wall -Wextra -Wpedantic -Werror -std=c++98 -O0 %s
 * RUN: %clang -x c++ -c -o /dev/null -I%cdefer_include -Wall -Wextra -Wpedantic -Werror -std=c++98 -O2 %s
 * RUN: %clang -x c++ -c -o /dev/null -I%cdefer_include -Wall -Wextra -Wpedantic -Werror -std=c++11 -O2 %s
 * RUN: %clang -x c++ -c -o /dev/null -I%cdefer_include -Wall -Wextra -Wpedantic -Werror -std=c++17 -O2 %s
 * RUN: %clang -x c++ -c -o /dev/null -I%cdefer_include -Wall -Wextra -Wpedantic -Werror -std=c++23 -O2 %s
 * RUN: %clang -m32 -c -o /dev/null -I%cdefer_include -Wall -Wextra -Wpedantic -Werror -std=c89 -O2 -DABI_ONLY %s
 * RUN: %clang -m32 -x c++ -c -o /dev/null -I%cdefer_include -Wall -Wextra -Wpedantic -Werror -std=c++98 -O2 -DABI_ONLY %s
 */
#ifdef ABI_ONLY
#include <cdefer_abi.h> /* <cdefer.h> wants the target's C library headers */
#else
#include <cdefer.h>
#endif

static void deferred(void *ctx) {
  (void)ctx;
}

void pooled_in_a_loop(int n);
void pooled_in_a_loop(int n) {
  struct __cdefer_frame frame __attribute__((cleanup(__cdefer_frame_exit))) = {0, 0, 0, 0};
  int i;
  for (i = 0; i < n; i++)
    __cdefer_push(&frame, deferred, &i, sizeof i, "header-language-modes.c:1:pooled_in_a_loop");
}

void both_tiers(int n);
void both_tiers(int n) {
  struct __cdefer_record record;
  struct __cdefer_frame frame __attribute__((cleanup(__cdefer_frame_exit))) = {0, 0, 0, 0};
  struct __cdefer_frame *hook __attribute__((cleanup(__cdefer_hook_exit))) = &frame;
  (void)hook;
  __cdefer_push_frame(&frame, &record, deferred, 0, "header-language-modes.c:2:both_tiers");
  __cdefer_push(&frame, deferred, 0, 0, "header-language-modes.c:3:both_tiers");
  __cdefer_push(&frame, deferred, &n, sizeof n, "header-language-modes.c:4:both_tiers");
}
