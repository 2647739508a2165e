#include <cdefer.h>
#include <setjmp.h>
#include <stdio.h>
struct P { unsigned a; unsigned b[3]; };
struct B { unsigned x[20]; };
typedef void (*trfn)(unsigned, unsigned);
unsigned g0 = 1, g1 = 2, g2 = 3;
static void tr(unsigned id, unsigned v) { printf("%u %u\n", id, v); }
static void tr3(unsigned id, unsigned a, unsigned b, unsigned c) {
  printf("%u %u %u %u\n", id, a, b, c);
}
static void trp(unsigned id, struct P p) {
  printf("%u P %u %u %u %u\n", id, p.a, p.b[0], p.b[1], p.b[2]);
}
static void trb(unsigned id, struct B b) {
  unsigned s = 0;
  for (int i = 0; i < 20; i++) s = s * 31u + b.x[i];
  printf("%u B %u %u\n", id, b.x[0], s);
}
static void trptr(unsigned id, const unsigned *p) { printf("%u * %u\n", id, *p); }
static void trv(unsigned id, unsigned n, const unsigned *a) {
  unsigned s = 0;
  for (unsigned i = 0; i < n; i++) s = s * 7u + a[i];
  printf("%u V %u %u\n", id, n, s);
}
static void tr9(unsigned id, unsigned long long a, unsigned long long b,
                unsigned long long c, unsigned long long d, unsigned long long e,
                unsigned long long f, unsigned long long g, unsigned long long h,
                unsigned long long i) {
  printf("%u 9 %llu %llu %llu %llu %llu %llu %llu %llu %llu\n", id, a, b, c, d,
         e, f, g, h, i);
}
static jmp_buf jbuf;
static void trA(unsigned id, unsigned v) { printf("%u A %u\n", id, v); }
static void trB(unsigned id, unsigned v) { printf("%u B %u\n", id, v); }
static unsigned side(unsigned id, unsigned v) { printf("%u side %u\n", id, v); return v; }
static void cleanup_u(unsigned *p) { printf("cleanup %u\n", *p); }
static struct P mkp(unsigned a, unsigned b) {
  struct P p = {a, {b, a ^ b, 7u}};
  return p;
}

static struct P f0(unsigned d, unsigned p0, unsigned p1);
static void f1(unsigned d, unsigned p0, unsigned p1);
static unsigned f2(unsigned d, unsigned p0, unsigned p1);
static unsigned long long f3(unsigned d, unsigned p0, unsigned p1);
static double f4(unsigned d, unsigned p0, unsigned p1);
static struct B f5(unsigned d, unsigned p0, unsigned p1);
static unsigned long long f6(unsigned d, unsigned p0, unsigned p1);
static double f7(unsigned d, unsigned p0, unsigned p1);

static struct P f0(unsigned d, unsigned p0, unsigned p1) {
  static unsigned s0 = 74u;
  unsigned v0 = ((g0 & s0) + d);
  trfn fp = trB;
  struct P sp = {p0, {1u, 2u, p1}};
  unsigned vn = 1u + p0 % 4u;
  unsigned vla[vn];
  for (unsigned k = 0; k < vn; k++) vla[k] = k * 3u + p1;
  __defer {
    { const char *w3 = cdefer_recover(); if (w3) printf("3 rec %s\n", w3); else printf("3 norec\n"); }
    {
      unsigned t1 = 255u;
      unsigned t2 = g0;
      tr(1u, sp.a);
      tr(2u, t1);
    }
  }
  {
    unsigned i4 = 0;
    do
      {
        if ((unsigned)(sp.a < 1048576u))
          continue;
        __defer (void)tr(4u, ((vla[(s0) % vn] & (10u - sp.a)) - (g2 - (g0 / ((d) | 1u)))));
        if ((unsigned)((p0 ^ (2147483647u / ((1u) | 1u))) < 1048576u))
          continue;
        __defer {
          { const char *w6 = cdefer_recover(); if (w6) printf("6 rec %s\n", w6); else printf("6 norec\n"); }
          {
            if (((sp.a ? (sp.b[2] + d) : (2147483647u / ((sp.b[2]) | 1u))) & 1u)) goto L5;
            if ((unsigned)(((g1 << ((1u) & 7u)) - (p1 << ((19235u) & 7u))) < 100u)) goto L5;
           L5:
            tr(5u, sp.a);
          }
        }
      }
    while (i4++ < 3u);
  }
  __defer ((tr(7u, (g2 % ((((vla[(v0) % vn] + g1) + (4294967295u + 100u))) | 1u)))));
  {
    unsigned t7 = ((d - g0) << (((vn >> ((vla[(g1) % vn]) & 7u))) & 7u));
    unsigned t8 = g0;
    __defer {
      unsigned t9 = ((p1 & p0) ? (65535u ? sp.a : v0) : (d * sp.b[0]));
     L10:
     L11:
      tr(8u, (10u | ((t9 / ((1000u) | 1u)) ? 1000u : (t9 / ((sp.b[0]) | 1u)))));
    }
  }
  if ((((s0 ? g0 : vn) >> ((sp.b[0]) & 7u)) & 1u))
    return mkp(((g2 | 5u) ? sp.b[0] : (2147483647u / ((4294967295u) | 1u))), ((p0 / ((2u) | 1u)) ? (vla[(sp.a) % vn] % ((v0) | 1u)) : g2));
  __defer sp.b[0] = s0;
  return sp;
  tr(9u, (((g2 - sp.a) ^ (s0 * 3u)) % ((((5u - 2147483647u) ? g1 : (unsigned)(4294967295u < d))) | 1u)));
  return mkp((3u * (g0 % ((65535u) | 1u))), s0);
}

static void f1(unsigned d, unsigned p0, unsigned p1) {
  unsigned v0 = g0;
  unsigned v1 = g0;
  unsigned v2 = ((2u ^ p1) & g1);
  trfn fp = trA;
  __defer for (unsigned i1 = 0; i1 < 0u; i1++)
    if ((unsigned)((p1 ^ (v1 ? v0 : v1)) < 1048576u))
      break;
  p0 ^= ((1u ^ (p1 % ((64265u) | 1u))) ? 1u : (unsigned)((g2 ? g1 : g1) < (d ? v1 : 255u)));
  tr(10u, (d | ((g1 ^ 255u) ? (p0 ? v0 : 1000u) : (p1 >> ((v0) & 7u)))));
  f0(0u, (g0 % (((g1 | g0)) | 1u)), v1);
  __defer ((tr9(11u, v1, v0++, (((v1 ? v0 : 65535u) ^ (0u >> ((10u) & 7u))) + d), v0++, side(12u, ((3u ^ g0) + (p0 ? 255u : 2u))), 65535u, (7u % (((p1 * v2)) | 1u)), v0, 23635u)));
}

static unsigned f2(unsigned d, unsigned p0, unsigned p1) {
  unsigned v0 = d;
  trfn fp = trA;
  return (g1 % ((1000u) | 1u));
  if ((unsigned)(((g1 ^ 4294967295u) << (((g0 ^ d)) & 7u)) < 100u))
    {
      unsigned t1 = p0;
      unsigned t2 = ((256u ? 2147483647u : t1) ^ (100u ^ p0));
      tr(13u, 255u);
      __defer f1(1u, 7u, ((g2 ? t1 : v0) ? t1 : g1));
      __defer fp(14u, (((v0 & 63075u) ? 4294967295u : (d >> ((255u) & 7u))) * (unsigned)((0u ^ v0) < (2147483647u ? v0 : g2))));
    }
  __defer trptr(15u, &v0);
  {
    unsigned i3 = 0;
    while (i3++ < 1u)
      {
        __defer tr3(16u, ((g2 ? (p0 ^ g0) : (v0 & g2)) - (g1 << (((g0 & g1)) & 7u))), (unsigned)(((v0 ? p1 : i3) | (i3 * 256u)) < ((g1 / ((p0) | 1u)) + g2)), 3u);
        if ((unsigned)(5u < 1048576u)) cdefer_panic("p17");
        if ((unsigned)(d < 5u))
          break;
      }
  }
  return 2u;
}

static unsigned long long f3(unsigned d, unsigned p0, unsigned p1) {
  unsigned v0 = ((g0 & g0) ? (d ? d : g0) : g1);
  unsigned v1 = ((256u ? g2 : g1) * (v0 << ((d) & 7u)));
  unsigned v2 = g2;
  trfn fp = trA;
  struct P sp = {p0, {1u, 2u, p1}};
  {
    unsigned i1 = 0;
    do
      {
        v1 = side(18u, (i1 >> (((g1 - d)) & 7u)));
        v0 = (((1000u ? sp.a : v0) & (p1 ^ v2)) ^ sp.b[0]);
        f1(1u, ((1000u * v0) & (1000u ? v0 : 5u)), ((d ? sp.a : p0) ? (p1 ? g1 : g1) : (g1 / ((sp.a) | 1u))));
      }
    while (i1++ < 3u);
  }
  {
    unsigned t2 = ((d ? g1 : sp.b[0]) ^ (sp.b[2] * sp.b[0]));
    __defer {
      { const char *w3 = cdefer_recover(); if (w3) printf("20 rec %s\n", w3); else printf("20 norec\n"); }
      {
        fp(19u, (((sp.a ^ p0) + (v1 >> ((g1) & 7u))) ^ ((5u ^ 0u) & (255u ^ sp.b[2]))));
      }
    }
    __defer trp(21u, sp);
  }
  {
    unsigned i4 = 0;
    do
      {
        if ((unsigned)(((65535u << ((i4) & 7u)) ? (i4 * v2) : g0) < 5u)) cdefer_panic("p22");
        tr(23u, 1u);
        __defer {
          { const char *w5 = cdefer_recover(); if (w5) printf("24 rec %s\n", w5); else printf("24 norec\n"); }
          p1 ^= g0;
        }
      }
    while (i4++ < 3u);
  }
  {
    unsigned i6 = 0;
    while (i6++ < 1u)
      {
        unsigned t7 = d;
        unsigned t8 = 0u;
        __defer {
         L9:
          if ((unsigned)(((sp.b[0] * sp.a) + (v0 - sp.b[2])) < 100u)) goto L10;
         L10:;
        }
        __defer fp(25u, side(26u, (g0 % (((7u << ((2u) & 7u))) | 1u))));
      }
  }
  {
    g2 += p1;
  }
  return ((d ? (unsigned)f3((d - 1u), p1, (g1 | (sp.a ? 255u : p0))) : 0u) + 8u);
}

static double f4(unsigned d, unsigned p0, unsigned p1) {
  static unsigned s0 = 63u;
  unsigned v0 = g0;
  trfn fp = trA;
  v0 = (unsigned)f3(1u, d, ((v0 * s0) & (p1 | p1)));
  {
    unsigned i3 = 0;
    while (i3++ < 1u)
      {
       L4:
        if ((255u & 1u)) cdefer_panic("p27");
        __defer trptr(28u, &v0);
      }
  }
  f1(0u, ((5u ? s0 : 100u) ? g0 : g2), 1000u);
  __defer ((tr(29u, v0++)));
  switch ((g0) % 2u) {
  case 0:
    __defer p1 += (p0 ^ 56432u);
    break;
  default:
    __defer {
      unsigned i5 = 0;
      while (i5++ < 1u)
        {
          unsigned t6 = ((p0 + g1) ? (v0 ? g0 : v0) : (unsigned)(v0 < d));
          unsigned t7 = (unsigned)((g0 ^ i5) < (256u % ((i5) | 1u)));
          t7 ^= p1;
        }
    }
  }
  if ((unsigned)(((v0 - d) * (g0 + g0)) < 2u))
    __defer ((fp(30u, (p1 + v0))));
 L2:
  __defer fp(31u, side(32u, (p1 >> (((g0 - 1000u)) & 7u))));
 L1:
  return g2;
}

static struct B f5(unsigned d, unsigned p0, unsigned p1) {
  unsigned v0 = ((255u / ((5u) | 1u)) + (g2 & g2));
  trfn fp = trB;
  struct B sb = {{p0, p1}};
  {
    __defer {
      tr(33u, (p0 - ((10u ^ sb.x[19]) ? (g1 % ((p0) | 1u)) : (d ? sb.x[0] : 65535u))));
    }
    p1 += (p1 ? ((p1 >> ((g1) & 7u)) | p0) : g2);
  }
  tr(34u, (65535u ? g1 : v0));
 L1:
  v0 ^= sb.x[5];
  tr(35u, ((256u - sb.x[0]) ? sb.x[5] : 2147483647u));
  return sb;
}

static unsigned long long f6(unsigned d, unsigned p0, unsigned p1) {
  static unsigned s0 = 56u;
  unsigned v0 = ((s0 << ((5u) & 7u)) + (g0 ? g1 : 256u));
  trfn fp = trB;
  struct P sp = {p0, {1u, 2u, p1}};
  unsigned bg7 = 0;
  unsigned bg8 = 0;
  __defer {
    unsigned t3 = (10u ? d : (v0 << ((5u) & 7u)));
   L5:
    switch ((g1) % 2u) {
    case 1:
      break;
      break;
      break;
    case 0:
     L6:
      if (bg7++ < 2u) goto L5;
    }
    tr(36u, ((g1 * (v0 ? 3u : 65535u)) + (1000u ^ (d ^ sp.b[0]))));
   L4:;
  }
  tr(37u, (unsigned)(((s0 ? 4294967295u : 0u) ? (s0 + 4294967295u) : (sp.b[2] & sp.b[2])) < g0));
 L1:
  if (bg8++ < 2u) goto L1;
 L2:
  if ((unsigned)(((unsigned)(p0 < g0) ^ sp.b[2]) < 1048576u)) cdefer_panic("p38");
  __defer tr(39u, (g2 += sp.a));
  __defer {
    unsigned t9 = ((sp.b[0] ^ sp.b[2]) + d);
    unsigned t10 = sp.b[2];
    tr(40u, d);
    tr(41u, g2);
  }
  if ((unsigned)((9914u & 7u) < 5u)) cdefer_panic("p42");
  return (((sp.a ? v0 : 0u) ? (v0 ? g2 : v0) : (d * v0)) % ((sp.b[2]) | 1u));
}

static double f7(unsigned d, unsigned p0, unsigned p1) {
  static unsigned s0 = 41u;
  unsigned v0 = ((p0 | p0) ? 2u : (g0 ? 10u : g0));
  trfn fp = trB;
  for (unsigned i1 = 0; i1 < 3u; i1++)
    {
      unsigned t2 = (i1 / (((d << ((p1) & 7u))) | 1u));
      __defer tr9(43u, p0++, t2++, side(44u, (10u % (((t2 + g1)) | 1u))), (s0 += p1), (g2 += g1), (((4294967295u % ((v0) | 1u)) | p1) + ((s0 >> ((g0) & 7u)) ? g1 : (d ? g1 : g2))), ((1000u - (s0 ? g0 : i1)) * (d + (255u ? p0 : i1))), (((t2 ? t2 : 2u) + (t2 << ((p1) & 7u))) ? ((g2 << ((p1) & 7u)) / (((g1 ^ g0)) | 1u)) : i1), 8913u);
     L3:;
    }
  __defer {
    { const char *w6 = cdefer_recover(); if (w6) printf("46 rec %s\n", w6); else printf("46 norec\n"); }
    for (unsigned i4 = 0; i4 < 1u; i4++)
      {
        p1 ^= ((v0 ^ 1853u) ? g1 : (unsigned)(i4 < (3u + g2)));
        tr(45u, 10u);
       L5:
        if ((unsigned)(1000u < 5u))
          break;
        g1 ^= g2;
      }
  }
  p0 += (unsigned)(((10u ? p1 : p0) ^ (4294967295u % ((1000u) | 1u))) < ((p1 + p1) ? g0 : (g0 ? p0 : g2)));
  if ((unsigned)(5u < 1048576u))
    return ((p0 << (((g2 >> ((v0) & 7u))) & 7u)) - s0);
  {
    __defer {
      for (unsigned i7 = 0; i7 < 0u; i7++)
        {
          tr(47u, (g1 ^ p0));
          if ((unsigned)(((1000u & g1) / ((i7) | 1u)) < 1048576u))
            break;
          if ((unsigned)((g0 ^ 100u) < 100u))
            break;
        }
    }
    __defer {
      { const char *w8 = cdefer_recover(); if (w8) printf("51 rec %s\n", w8); else printf("51 norec\n"); }
      {
        tr(48u, (g2 & ((g1 % ((g0) | 1u)) ? p0 : 5u)));
        tr(49u, v0);
        tr(50u, (p1 ^ s0));
        p1 += (((p0 * 0u) | (d + 1000u)) ? s0 : ((d + s0) | v0));
      }
    }
    fp = trA;
    tr(52u, g0);
  }
  if ((((65535u & 0u) / (((255u << ((5u) & 7u))) | 1u)) & 1u))
    return 2147483647u;
  __defer fp(53u, (((g0 << ((p0) & 7u)) & g1) ? (unsigned)((v0 | p1) < (0u / ((v0) | 1u))) : (unsigned)((g0 ? v0 : p1) < (g2 << ((v0) & 7u)))));
  return (f0(0u, (p0 ? (s0 & s0) : (v0 ? g0 : p0)), (g1 - (s0 ^ s0))).a + 6u);
}

static void guard0(void) {
  __defer { const char *w = cdefer_recover(); if (w) printf("R0 panic %s\n", w); }
  { struct P r = f0(0u, 526u, 4294967295u); printf("R0 %u %u %u %u\n", r.a, r.b[0], r.b[1], r.b[2]); }
}
static void guard1(void) {
  __defer { const char *w = cdefer_recover(); if (w) printf("R1 panic %s\n", w); }
  { struct P r = f0(1u, 395u, 1u); printf("R1 %u %u %u %u\n", r.a, r.b[0], r.b[1], r.b[2]); }
}
static void guard2(void) {
  __defer { const char *w = cdefer_recover(); if (w) printf("R2 panic %s\n", w); }
  { struct P r = f0(0u, 785u, 4294967295u); printf("R2 %u %u %u %u\n", r.a, r.b[0], r.b[1], r.b[2]); }
}
static void guard3(void) {
  __defer { const char *w = cdefer_recover(); if (w) printf("R3 panic %s\n", w); }
  f1(1u, 830u, 0u); printf("R3 void\n");
}
static void guard4(void) {
  __defer { const char *w = cdefer_recover(); if (w) printf("R4 panic %s\n", w); }
  f1(1u, 702u, 0u); printf("R4 void\n");
}
static void guard5(void) {
  __defer { const char *w = cdefer_recover(); if (w) printf("R5 panic %s\n", w); }
  f1(0u, 10u, 2147483648u); printf("R5 void\n");
}
static void guard6(void) {
  __defer { const char *w = cdefer_recover(); if (w) printf("R6 panic %s\n", w); }
  printf("R6 %u\n", (unsigned)f2(2u, 603u, 7u));
}
static void guard7(void) {
  __defer { const char *w = cdefer_recover(); if (w) printf("R7 panic %s\n", w); }
  printf("R7 %u\n", (unsigned)f2(0u, 721u, 4294967295u));
}
static void guard8(void) {
  __defer { const char *w = cdefer_recover(); if (w) printf("R8 panic %s\n", w); }
  printf("R8 %llu\n", f3(2u, 552u, 0u));
}
static void guard9(void) {
  __defer { const char *w = cdefer_recover(); if (w) printf("R9 panic %s\n", w); }
  printf("R9 %llu\n", f3(0u, 246u, 2147483648u));
}
static void guard10(void) {
  __defer { const char *w = cdefer_recover(); if (w) printf("R10 panic %s\n", w); }
  printf("R10 %.1f\n", f4(2u, 113u, 4294967295u));
}
static void guard11(void) {
  __defer { const char *w = cdefer_recover(); if (w) printf("R11 panic %s\n", w); }
  printf("R11 %.1f\n", f4(1u, 277u, 2147483648u));
}
static void guard12(void) {
  __defer { const char *w = cdefer_recover(); if (w) printf("R12 panic %s\n", w); }
  printf("R12 %.1f\n", f4(1u, 696u, 1u));
}
static void guard13(void) {
  __defer { const char *w = cdefer_recover(); if (w) printf("R13 panic %s\n", w); }
  { struct B r = f5(1u, 69u, 7u); unsigned s = 0; for (int i = 0; i < 20; i++) s = s * 31u + r.x[i]; printf("R13 %u %u\n", r.x[0], s); }
}
static void guard14(void) {
  __defer { const char *w = cdefer_recover(); if (w) printf("R14 panic %s\n", w); }
  { struct B r = f5(1u, 234u, 7u); unsigned s = 0; for (int i = 0; i < 20; i++) s = s * 31u + r.x[i]; printf("R14 %u %u\n", r.x[0], s); }
}
static void guard15(void) {
  __defer { const char *w = cdefer_recover(); if (w) printf("R15 panic %s\n", w); }
  printf("R15 %llu\n", f6(0u, 475u, 2147483648u));
}
static void guard16(void) {
  __defer { const char *w = cdefer_recover(); if (w) printf("R16 panic %s\n", w); }
  printf("R16 %llu\n", f6(2u, 559u, 2147483648u));
}
static void guard17(void) {
  __defer { const char *w = cdefer_recover(); if (w) printf("R17 panic %s\n", w); }
  printf("R17 %llu\n", f6(1u, 450u, 4294967295u));
}
static void guard18(void) {
  __defer { const char *w = cdefer_recover(); if (w) printf("R18 panic %s\n", w); }
  printf("R18 %.1f\n", f7(0u, 364u, 0u));
}
static void guard19(void) {
  __defer { const char *w = cdefer_recover(); if (w) printf("R19 panic %s\n", w); }
  printf("R19 %.1f\n", f7(2u, 501u, 7u));
}
static void guard20(void) {
  __defer { const char *w = cdefer_recover(); if (w) printf("R20 panic %s\n", w); }
  printf("R20 %.1f\n", f7(2u, 477u, 1u));
}
int main(void) {
  guard0();
  guard1();
  guard2();
  guard3();
  guard4();
  guard5();
  guard6();
  guard7();
  guard8();
  guard9();
  guard10();
  guard11();
  guard12();
  guard13();
  guard14();
  guard15();
  guard16();
  guard17();
  guard18();
  guard19();
  guard20();
  printf("G %u %u %u\n", g0, g1, g2);
  return 0;
}
