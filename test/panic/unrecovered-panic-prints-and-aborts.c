// A panic nobody recovers runs every deferred statement on its way, then
// prints its value (through the printer hook, if set) and where it began,
// and aborts. A recovered panic that is followed by a new, unrecovered one
// prints both, the first marked [recovered] (Go's printpanics).
// RUN: %cdefer_cc -O0 %s -o %t %cdefer_rt
// RUN: not --crash %t plain 2>%t.plain.err | FileCheck --check-prefix=OUT %s
// RUN: FileCheck --check-prefix=PLAIN --match-full-lines %s < %t.plain.err
// RUN: not --crash %t repanic 2>&1 >/dev/null | FileCheck --check-prefix=REPANIC --match-full-lines %s
#include <cdefer.h>
#include <stdio.h>
#include <string.h>

static void print_string(FILE *out, void *value) { fprintf(out, "\"%s\"", (const char *)value); }

// PLAIN:      panic: "disk on fire"
static void plain(void) {
  __defer { puts("deferred code ran"); fflush(stdout); }
  cdefer_panic("disk on fire");
  // PLAIN-NEXT: cdefer: panic began at {{.*}}unrecovered-panic-prints-and-aborts.c:[[@LINE-1]] in plain()
  // PLAIN-NEXT: cdefer: the panic was not recovered; aborting
}

static void repanic(void) {
  __defer {
    void *v = cdefer_recover();
    cdefer_panic(strcmp(v, "first") == 0 ? "second" : "?");
  }
  cdefer_panic("first");
}

int main(int argc, char **argv) {
  cdefer_set_panic_printer(print_string);
  if (argc > 1 && strcmp(argv[1], "plain") == 0)
    plain();
  else
    repanic();
  return 0;
}
// OUT: deferred code ran
// REPANIC:      panic: "first" [recovered]
// REPANIC-NEXT: 	panic: "second"
// REPANIC-NEXT: cdefer: panic began at {{.*}} in repanic()
// REPANIC-NEXT: cdefer: the panic was not recovered; aborting
