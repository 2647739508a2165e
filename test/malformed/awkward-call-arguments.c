// Deferred calls whose snapshot has awkward types: long double, complex,
// __int128, _BitInt(200), a big struct by value, a bit-field value, a pointer
// to a VLA, an unprototyped callee, variadic arguments, builtins as callees.
// RUN: %cdefer_cc -c -o /dev/null %s
// RUN: %cdefer_cc -O2 -c -o /dev/null %s

struct Big { int a[64]; };
struct Bits { int bf : 3; unsigned u : 1; };
void wide(long double, _Complex double, __int128, _BitInt(200));
void big(struct Big);
void ints(int, unsigned);
void vm(int n, int (*p)[n]);
void old();
int printf(const char *, ...);

void g(long double a, _Complex double b, __int128 c, _BitInt(200) d,
       struct Big s, struct Bits bits, int n, int (*p)[n], float fl, char ch) {
  __defer wide(a, b, c, d);
  __defer { wide(a, b, c, d); }
  __defer big(s);
  __defer ints(bits.bf, bits.u);
  __defer vm(n, p);
  __defer old(fl, ch, 1.0f);
  __defer printf("%Lf %d %f\n", a, ch, fl);
  __defer __builtin_trap();
  __defer __builtin_unreachable();
  __defer __builtin_memset(&s, 0, sizeof s);
}
