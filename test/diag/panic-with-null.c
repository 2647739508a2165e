// cdefer_recover returns NULL both for a panic with a null value and when
// nothing panics (SPEC 4), so a null value the plugin can see in
// cdefer_panic draws a warning, which -Werror makes an error. Any other
// value does not.
// RUN: %cdefer_cc -fsyntax-only -Xclang -verify %s
// RUN: %cdefer_cc -Werror -fsyntax-only -Xclang -verify=werror %s
#include <cdefer.h>
#include <stddef.h>

void f(int n) {
  if (n == 0)
    cdefer_panic(NULL); // expected-warning {{panicking with a null value: cdefer_recover() returns NULL for it, as when nothing panics}} werror-error {{panicking with a null value}}
  if (n == 1)
    cdefer_panic(0); // expected-warning {{panicking with a null value}} werror-error {{panicking with a null value}}
  if (n == 2)
    (cdefer_panic)((void *)0); // expected-warning {{panicking with a null value}} werror-error {{panicking with a null value}}
  cdefer_panic("not null");
}
