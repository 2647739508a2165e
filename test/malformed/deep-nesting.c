// Deeply nested deferred statements, generated with macros: 200 nested
// blocks, a chain of 1024 else-ifs, 128 nested statement expressions in
// both forms, 128 nested loops. The plugin's walks are recursive.
// RUN: %cdefer_cc -c -o /dev/null %s
// RUN: %cdefer_cc -O2 -c -o /dev/null %s
// RUN: %cdefer_cc -fsyntax-only -fplugin-arg-cdefer-Wno-loop -Werror %s

void f(int);

#define N2(m, x) m(m(x))
#define BLK(x) { x }
#define BLK8(x) N2(BLK, N2(BLK, N2(BLK, x)))
#define BLK64(x) BLK8(BLK8(x))
#define BLK200(x) BLK64(BLK64(BLK64(BLK8(x))))

void blocks(int x) {
  __defer BLK200(f(x);)
}

#define EI1(n) else if (x == (n)) f(n);
#define EI4(n) EI1(n) EI1(n + 1) EI1(n + 2) EI1(n + 3)
#define EI16(n) EI4(n) EI4(n + 4) EI4(n + 8) EI4(n + 12)
#define EI64(n) EI16(n) EI16(n + 16) EI16(n + 32) EI16(n + 48)
#define EI256(n) EI64(n) EI64(n + 64) EI64(n + 128) EI64(n + 192)
#define EI1024(n) EI256(n) EI256(n + 256) EI256(n + 512) EI256(n + 768)

void else_ifs(int x) {
  __defer {
    if (x < 0)
      f(-1);
    EI1024(0)
  }
}

#define SE(e) ({ e; })
#define SE8(e) N2(SE, N2(SE, N2(SE, e)))
#define SE128(e) SE8(SE8(N2(SE, e)))

void statement_expressions(int x) {
  __defer f(SE128(x));
  __defer { f(SE128(x + 1)); }
}

#define LOOP(s) for (int i = 0; i < 2; i++) s
#define LOOP8(s) N2(LOOP, N2(LOOP, N2(LOOP, s)))
#define LOOP128(s) LOOP8(LOOP8(N2(LOOP, s)))

void loops(int x) {
  __defer { LOOP128(if (i) break; else continue;) f(x); }
}
