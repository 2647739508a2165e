// A panic raised in a signal handler unwinds through the kernel's signal
// frame (which the runtime's unwinder leaves to libgcc, and takes the
// frames after it back) into the interrupted code, and a frame there
// recovers. The handler's own unwind-only frames run their deferred code,
// and so does the registered frame that raised the signal. A frame that is
// unwind-only and was interrupted in a call of a function declared not to
// throw (raise is, in glibc) would not: no landing pad covers that call
// (docs/semantics.md §14, Limits). SA_NODEFER: a recovery leaves the
// handler as longjmp does, without restoring the signal mask.
// RUN: %cdefer_cc -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#define _XOPEN_SOURCE 700 /* sigaction, SA_NODEFER under -std=cNN */
#include <cdefer.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

// CHECK:      boom: deferred
// CHECK-NEXT: handler: deferred
// CHECK-NEXT: raiser: deferred
// CHECK-NEXT: run: recovered 5
// CHECK-NEXT: run returned 0
// CHECK-NEXT: boom: deferred
// CHECK-NEXT: handler: deferred
// CHECK-NEXT: raiser: deferred
// CHECK-NEXT: run: recovered 5
// CHECK-NEXT: run returned 0

static void boom(void) {
  __defer puts("boom: deferred");
  cdefer_panic((void *)5);
}

static void on_signal(int sig) {
  (void)sig;
  __defer puts("handler: deferred");
  boom();
}

void say(const char *what);

// Its deferred code calls a function defined further down, which the
// plugin cannot see through: it registers, and the panic runs its deferred
// code from its registration.
__attribute__((noinline)) static void raiser(void) {
  __defer say("raiser: deferred");
  raise(SIGUSR1);
}

void say(const char *what) { puts(what); }

static int run(void) {
  __defer { printf("run: recovered %d\n", (int)(long)cdefer_recover()); }
  raiser();
  return 1;
}

int main(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_signal;
  sa.sa_flags = SA_NODEFER;
  sigaction(SIGUSR1, &sa, NULL);
  printf("run returned %d\n", run());
  printf("run returned %d\n", run());
  return 0;
}
