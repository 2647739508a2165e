// The plugin's own warnings obey -Werror and -w like Clang's: -Werror makes
// them errors (the compile fails), -w hides them with their notes, and -w
// wins over -Werror. (They have no -W group, so -Werror=<name> and
// -Wno-<name> cannot name them; -fplugin-arg-cdefer-Wno-loop silences the
// loop warning.)
// RUN: %cdefer_cc -fsyntax-only -Xclang -verify=warn %s
// RUN: %cdefer_cc -Werror -fsyntax-only -Xclang -verify=werror %s
// RUN: not %cdefer_cc -Werror -c -o /dev/null %s
// RUN: %cdefer_cc -w -fsyntax-only -Xclang -verify=silent %s
// RUN: %cdefer_cc -w -Werror -fsyntax-only -Xclang -verify=silent %s
// silent-no-diagnostics

void f(int);
void g(int *);

void loop(int n) {
  for (int i = 0; i < n; i++) // warn-note {{loop is here}} werror-note {{loop is here}}
    __defer f(i); // warn-warning {{'__defer' inside a loop: its runs pile up until 'loop' returns}} werror-error {{'__defer' inside a loop: its runs pile up until 'loop' returns}}
}

void address(int c) {
  if (c) {
    int x = c; // warn-note {{'x' is declared here, in a block that ends before 'address' returns}} werror-note {{'x' is declared here, in a block that ends before 'address' returns}}
    __defer g(&x); // warn-warning {{deferred call takes the address of 'x', which does not live until 'address' returns}} werror-error {{deferred call takes the address of 'x', which does not live until 'address' returns}}
  }
}
