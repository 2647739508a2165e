// `-fplugin-arg-cdefer-Rtier` puts a remark at each `__defer` naming its tier
// and why (SPEC 3; Go's -gcflags=-d=defer): open-coded unless the function
// cannot be, a frame-allocated record for a `__defer` that runs at most once
// in such a function, a pooled record for one that can run again.
// `tier=frame` and `tier=pool` move every `__defer` that can take that tier;
// `tier=open` changes nothing, since open-coding is already the first choice.
// RUN: %cdefer_cc %{cdefer_arg}Wno-loop %{cdefer_arg}Rtier -fsyntax-only -Xclang -verify=expected,auto %s
// RUN: %cdefer_cc %{cdefer_arg}Wno-loop %{cdefer_arg}Rtier %{cdefer_arg}tier=open -fsyntax-only -Xclang -verify=expected,auto %s
// RUN: %cdefer_cc %{cdefer_arg}Wno-loop %{cdefer_arg}Rtier %{cdefer_arg}tier=frame -fsyntax-only -Xclang -verify=expected,frame %s
// RUN: %cdefer_cc %{cdefer_arg}Wno-loop %{cdefer_arg}Rtier %{cdefer_arg}tier=pool -fsyntax-only -Xclang -verify=expected,pool %s
// Without Rtier, no remark.
// RUN: %cdefer_cc %{cdefer_arg}Wno-loop -fsyntax-only -Xclang -verify=quiet %s
// quiet-no-diagnostics
#include <setjmp.h>

void f(int);

void straight(int n) {
  __defer f(1); // auto-remark {{'__defer' is open-coded}} frame-remark {{'__defer' uses a frame-allocated record: tier=frame}} pool-remark {{'__defer' uses a pooled record: tier=pool}}
  if (n)
    __defer f(2); // auto-remark {{'__defer' is open-coded}} frame-remark {{'__defer' uses a frame-allocated record: tier=frame}} pool-remark {{'__defer' uses a pooled record: tier=pool}}
}

// A loop's `__defer` is pooled whatever is forced; the function's other
// defers need a record too, to keep one LIFO order with it.
void loop(int n) {
  __defer f(0); // auto-remark {{'__defer' uses a frame-allocated record: another '__defer' of 'loop' needs a pooled record}} frame-remark {{'__defer' uses a frame-allocated record: another '__defer' of 'loop' needs a pooled record}} pool-remark {{'__defer' uses a pooled record: tier=pool}}
  for (int i = 0; i < n; i++)
    __defer f(i); // expected-remark {{'__defer' uses a pooled record: it is in a loop}}
}

void backward_goto(int n) {
again:
  __defer f(n); // expected-remark {{'__defer' uses a pooled record: a backward goto can run it again}}
  if (n--)
    goto again;
}

// A longjmp back to the setjmp re-runs what follows it, `__defer`s included:
// each of them may register twice.
jmp_buf env;
void calls_setjmp(void) {
  __defer f(1); // expected-remark {{'__defer' uses a pooled record: 'calls_setjmp' calls '_setjmp': a longjmp back into it can run it again}}
  if (setjmp(env))
    return;
}

void calls_builtin_setjmp(void **buf) {
  __defer f(1); // expected-remark {{'__defer' uses a pooled record: 'calls_builtin_setjmp' calls '__builtin_setjmp': a longjmp back into it can run it again}}
  if (__builtin_setjmp(buf))
    return;
}

// A computed goto that only jumps forward cannot make a loop, but it keeps
// the function from being open-coded.
void computed_goto(int n) {
  void *target = n ? &&out : &&also;
  __defer f(n); // auto-remark {{'__defer' uses a frame-allocated record: 'computed_goto' has a computed goto}} frame-remark {{'__defer' uses a frame-allocated record: 'computed_goto' has a computed goto}} pool-remark {{'__defer' uses a pooled record: tier=pool}}
  goto *target;
also:
  f(0);
out:
  return;
}

// Sixteen open-coded defers fit the bit mask; the seventeenth does not.
#define D4(base) __defer f(base); __defer f(base + 1); __defer f(base + 2); __defer f(base + 3);
void sixteen(void) {
  // auto-remark@+2 16 {{'__defer' is open-coded}}
  // frame-remark@+1 16 {{'__defer' uses a frame-allocated record: tier=frame}} pool-remark@+1 16 {{'__defer' uses a pooled record: tier=pool}}
  D4(0) D4(4) D4(8) D4(12)
}
void seventeen(void) {
  // auto-remark@+2 17 {{'__defer' uses a frame-allocated record: 'seventeen' has 17 defers, more than the 16 that can be open-coded}}
  // frame-remark@+1 17 {{'__defer' uses a frame-allocated record: 'seventeen' has 17 defers}} pool-remark@+1 17 {{'__defer' uses a pooled record: tier=pool}}
  D4(0) D4(4) D4(8) D4(12) __defer f(16);
}
