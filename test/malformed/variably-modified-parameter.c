// A deferred block naming a parameter of variably modified type (an array
// parameter `int a[n][n]` is a pointer to a VLA). Parameters live until the
// function returns (SPEC 2.5), so this is valid; so is the call form.
// XFAIL: *
// Not supported yet (noted on the core issue): a variably modified parameter or local used by a deferred block is rejected with an error today (its bounds are not captured).
// RUN: %cdefer_cc -c -o /dev/null %s
// RUN: %cdefer_cc -O2 -c -o /dev/null %s

void f(int);

void g(int n, int a[n][n]) {
  __defer { f(a[0][0]); }
  __defer f(a[n - 1][n - 1]);
}

void h(int n, int (*p)[n]) {
  __defer { f(p[0][n - 1]); }
}
