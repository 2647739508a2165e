// 4096 `__defer`s in one function and 512 in branches of another, generated
// with macros: no pathological time or crash in any tier.
// RUN: %cdefer_cc -c -o /dev/null %s
// RUN: %cdefer_cc -O2 -c -o /dev/null %s

void f(int);
#define D1(n) __defer f(n);
#define D4(n) D1(n) D1(n + 1) D1(n + 2) D1(n + 3)
#define D16(n) D4(n) D4(n + 4) D4(n + 8) D4(n + 12)
#define D256(n) D16(n) D16(n + 16) D16(n + 32) D16(n + 48) D16(n + 64)     \
  D16(n + 80) D16(n + 96) D16(n + 112) D16(n + 128) D16(n + 144)           \
  D16(n + 160) D16(n + 176) D16(n + 192) D16(n + 208) D16(n + 224)         \
  D16(n + 240)
#define D4096(n) D256(n) D256(n + 256) D256(n + 512) D256(n + 768)         \
  D256(n + 1024) D256(n + 1280) D256(n + 1536) D256(n + 1792)              \
  D256(n + 2048) D256(n + 2304) D256(n + 2560) D256(n + 2816)              \
  D256(n + 3072) D256(n + 3328) D256(n + 3584) D256(n + 3840)

void straight(void) { D4096(0) }

void branches(int x) {
  if (x) {
    D256(0)
  } else {
    D256(1000)
  }
}

// The block form, 256 times.
#define B1(n) __defer { f(n); f(x); }
#define B4(n) B1(n) B1(n + 1) B1(n + 2) B1(n + 3)
#define B16(n) B4(n) B4(n + 4) B4(n + 8) B4(n + 12)
void blocks(int x) { B16(0) B16(16) B16(32) B16(48) B16(64) B16(80) B16(96) B16(112)
                     B16(128) B16(144) B16(160) B16(176) B16(192) B16(208) B16(224) B16(240) }
