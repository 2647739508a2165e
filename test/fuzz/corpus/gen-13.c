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
static void trA(unsigned id, unsigned v) { printf("%u A %u\n", id, v); }
static void trB(unsigned id, unsigned v) { printf("%u B %u\n", id, v); }
static unsigned side(unsigned id, unsigned v) { printf("%u side %u\n", id, v); return v; }
static void cleanup_u(unsigned *p) { printf("cleanup %u\n", *p); }
static struct P mkp(unsigned a, unsigned b) {
  struct P p = {a, {b, a ^ b, 7u}};
  return p;
}

static struct P f0(unsigned d, unsigned p0, unsigned p1);
static struct B f1(unsigned d, unsigned p0, unsigned p1);
static struct P f2(unsigned d, unsigned p0, unsigned p1);
static void f3(unsigned d, unsigned p0, unsigned p1);
static double f4(unsigned d, unsigned p0, unsigned p1);
static double f5(unsigned d, unsigned p0, unsigned p1);
static struct B f6(unsigned d, unsigned p0, unsigned p1);
static struct P f7(unsigned d, unsigned p0, unsigned p1);

static struct P f0(unsigned d, unsigned p0, unsigned p1) {
  unsigned v0 = p1;
  unsigned v1 = ((p1 & 5u) - (4294967295u ^ g0));
  unsigned v2 = (63803u ? (v0 / ((p1) | 1u)) : g1);
  trfn fp = trB;
  struct P sp = {p0, {1u, 2u, p1}};
  unsigned cu __attribute__((cleanup(cleanup_u))) = (g2 * sp.a);
  g1 += sp.b[0];
  __defer {
    unsigned t1 = ((g1 / ((3u) | 1u)) ? (d >> ((65535u) & 7u)) : (sp.b[2] ? g2 : sp.a));
    unsigned t2 = sp.b[0];
    goto L4;
    goto L3;
   L3:
   L4:;
  }
  g2 = ((d ? (v1 ? g0 : p0) : (g1 * g0)) ? g2 : (p0 / ((p1) | 1u)));
  __defer fp(1u, (d + g2));
  __defer (void)tr(2u, v1);
  __defer {
    unsigned t5 = 2u;
    switch ((((2147483647u + 5u) + (v0 + 3u))) % 4u) {
    case 2:
      tr(3u, (((v2 << ((256u) & 7u)) ? cu : (5u * p0)) ? (t5 + sp.b[0]) : (unsigned)((p1 ^ v0) < (g1 ^ p0))));
      break;
    case 3:
      break;
    case 0:
      if ((v2 & 1u))
        break;
    default:
      tr(4u, 2u);
      tr(5u, 256u);
      break;
    }
    tr(6u, (((sp.b[2] << ((30857u) & 7u)) ^ (4294967295u | d)) >> (((unsigned)(sp.b[2] < sp.a)) & 7u)));
  }
  tr(7u, p0);
  return mkp(((v1 / ((g1) | 1u)) << ((g0) & 7u)), ((cu ? sp.b[2] : v0) - (g1 ? d : g1)));
}

static struct B f1(unsigned d, unsigned p0, unsigned p1) {
  unsigned v0 = ((g2 ? p0 : g2) ^ p0);
  unsigned v1 = p0;
  trfn fp = trA;
  struct B sb = {{p0, p1}};
  p0 += (v0 ? g1 : sb.x[0]);
  switch (((p1 - 2u)) % 3u) {
  case 1:
   L3:
    break;
  }
 L2:
  {
    unsigned i4 = 0;
    while (i4++ < 1u)
      {
        unsigned t5 __attribute__((cleanup(cleanup_u))) = v1;
        __defer tr(8u, (7u | ((d + p0) ? (v0 ^ d) : (v0 + v0))));
      }
  }
  __defer tr(9u, (((255u * p0) ^ v1) ^ g2));
  __defer (void)trb(10u, sb);
  {
    unsigned i6 = 0;
    do
      {
        unsigned t7 = ((p0 / ((v1) | 1u)) ? (sb.x[0] / ((v1) | 1u)) : 1u);
        unsigned t8 = ((p1 * i6) + (p0 ? p0 : i6));
       L9:
        __defer fp(11u, (65535u ^ (p0 + (v1 ^ g2))));
        f0(0u, ((sb.x[0] ? sb.x[0] : 256u) ^ (t7 ? 2147483647u : g0)), (t7 ? (t7 & p0) : (g2 ? v1 : v0)));
      }
    while (i6++ < 3u);
  }
  __defer (void)((unsigned)(1u < 2u) ? trA : trB)(12u, (sb.x[5] ? ((g2 << ((v0) & 7u)) % (((7u ? sb.x[5] : v0)) | 1u)) : ((p1 ^ v0) & v1)));
  return sb;
 L1:
  return sb;
}

static struct P f2(unsigned d, unsigned p0, unsigned p1) {
  unsigned v0 = (g1 & (1000u & d));
  unsigned v1 = v0;
  trfn fp = trB;
  struct P sp = {p0, {1u, 2u, p1}};
  struct B sb = {{p0, p1}};
  __defer {
    v0 = (((p1 ? sb.x[0] : p1) + (g1 & v0)) >> ((v0) & 7u));
    p1 = ({ tr(13u, (p1 ^ v0)); (sp.a / ((sb.x[0]) | 1u)); });
    tr(14u, (sb.x[0] ? ((v0 ? 1000u : sb.x[0]) | (256u ? p1 : sp.b[2])) : ((65535u - g2) >> (((g1 ? 1000u : g2)) & 7u))));
  }
 L2:
  switch ((((10u ? g0 : sp.b[2]) ? (sp.b[0] ? 5u : 1u) : (g0 + sp.b[2]))) % 3u) {
  case 1:
  case 2:
    __defer tr3(15u, (3u / (((g0 ? sb.x[5] : (sp.a + 1u))) | 1u)), (8311u ^ ((p0 << ((2u) & 7u)) ^ (4294967295u ? v0 : sb.x[19]))), 1u);
    break;
  }
  tr(16u, g0);
 L1:
  g0 ^= (65535u & ((sb.x[5] ? v1 : d) ^ g2));
  return sp;
}

static void f3(unsigned d, unsigned p0, unsigned p1) {
  static unsigned s0 = 20u;
  unsigned v0 = g0;
  unsigned v1 = (s0 >> ((g0) & 7u));
  trfn fp = trB;
  unsigned cu __attribute__((cleanup(cleanup_u))) = (unsigned)(v0 < (p0 | 7u));
  if ((unsigned)(((unsigned)(p0 < g2) ? (v0 << ((0u) & 7u)) : s0) < 1048576u)) goto L1;
  tr(17u, s0);
 L1:
  for (unsigned i3 = 0; i3 < 2u; i3++)
    __defer tr(18u, (((10u ? v0 : 2147483647u) + (v0 & s0)) & ((unsigned)(v0 < g2) & (2147483647u + s0))));
 L2:
  tr(19u, (((v0 - p1) + (p0 - v0)) % ((1u) | 1u)));
  return;
}

static double f4(unsigned d, unsigned p0, unsigned p1) {
  unsigned v0 = ((2u | g1) ? (p1 ? 5u : g1) : (p0 & d));
  unsigned v1 = 0u;
  trfn fp = trA;
  unsigned bg2 = 0;
  unsigned bg3 = 0;
  __defer ((trptr(20u, &v0)));
 L1:
  if (bg2++ < 1u) goto L1;
  __defer tr(21u, (((p1 % ((g0) | 1u)) + (d & 255u)) ? (unsigned)(p1 < (5u % ((p0) | 1u))) : v1));
  v1 = g2;
  if (bg3++ < 1u) goto L1;
  return (f1(0u, g0, ((g1 ? v0 : v0) ? 7u : v1)).x[3] + 9u);
}

static double f5(unsigned d, unsigned p0, unsigned p1) {
  unsigned v0 = g0;
  unsigned v1 = v0;
  trfn fp = trA;
  struct B sb = {{p0, p1}};
  unsigned vn = 1u + p0 % 4u;
  unsigned vla[vn];
  for (unsigned k = 0; k < vn; k++) vla[k] = k * 3u + p1;
  unsigned bg3 = 0;
  unsigned bg4 = 0;
  tr(22u, d);
  __defer {
    unsigned i1 = 0;
    do
      {
        if ((unsigned)(p1 < 5u))
          continue;
       L2:
        if (bg3++ < 2u) goto L2;
        if (bg4++ < 2u) goto L2;
        break;
      }
    while (i1++ < 3u);
  }
  {
    unsigned t5 = ((g2 ^ v0) | (vla[(v1) % vn] % ((v1) | 1u)));
    {
     L6:
      f0(0u, sb.x[5], ((t5 ^ sb.x[19]) / (((unsigned)(sb.x[19] < g2)) | 1u)));
    }
  }
  {
    unsigned t7 __attribute__((cleanup(cleanup_u))) = (p1 * 65535u);
    unsigned t8 = (sb.x[5] - sb.x[19]);
    tr(23u, (((unsigned)(t7 < sb.x[5]) ? (65535u ? v0 : vla[(g1) % vn]) : (t8 >> ((sb.x[0]) & 7u))) << ((t8) & 7u)));
    __defer ((tr(24u, side(25u, ((0u * g1) | (sb.x[0] >> ((g0) & 7u)))))));
    sb.x[19] += ((100u * 0u) + 1000u);
    __defer ((trv(26u, vn, vla)));
  }
  return (f1(0u, ((1000u ? sb.x[19] : vla[(v0) % vn]) ? (sb.x[19] ^ g0) : (unsigned)(p0 < g1)), ((sb.x[19] * d) * (3u ^ g2))).x[3] + 6u);
}

static struct B f6(unsigned d, unsigned p0, unsigned p1) {
  static unsigned s0 = 35u;
  unsigned v0 = (p0 ^ (unsigned)(d < p1));
  trfn fp = trA;
  struct P sp = {p0, {1u, 2u, p1}};
  struct B sb = {{p0, p1}};
  unsigned bg3 = 0;
  __defer {
    {
      if (((unsigned)((4294967295u | p0) < s0) & 1u)) goto L2;
      if ((unsigned)(v0 < 5u)) goto L2;
    }
   L2:
    s0 = ({ tr(27u, 100u); tr(28u, v0); sb.x[5]; });
    {
      tr(29u, (((sp.a * 2147483647u) % (((4294967295u | d)) | 1u)) / ((((5u ? sb.x[19] : 3u) - (sb.x[19] ^ 10u))) | 1u)));
      if (bg3++ < 1u) goto L2;
    }
  }
  tr(30u, (((unsigned)(sp.b[0] < sb.x[5]) ? sp.a : (10u + p1)) ^ sb.x[19]));
 L1:
  __defer ;
  return sb;
}

static struct P f7(unsigned d, unsigned p0, unsigned p1) {
  static unsigned s0 = 19u;
  unsigned v0 = ((10u ? s0 : d) / (((3u ? 2u : p1)) | 1u));
  unsigned v1 = 0u;
  unsigned v2 = d;
  trfn fp = trB;
  struct P sp = {p0, {1u, 2u, p1}};
  tr(31u, 2u);
  switch (((g2 - d)) % 3u) {
  case 0:
    fp = trA;
    fp = trB;
    break;
  default:
    g0 += p1;
   L1:
    break;
  }
  {
    unsigned i2 = 0;
    while (i2++ < 3u)
      {
        unsigned t3 = ((v2 ? g2 : sp.a) + (s0 ? sp.b[2] : 256u));
        g2 ^= 7u;
        p0 = ((g2 / (((unsigned)(sp.b[0] < sp.b[0])) | 1u)) ? ((t3 ^ 5u) * 2147483647u) : p1);
        if (((g2 ? (p1 ^ g2) : (v0 ^ g1)) & 1u))
          break;
      }
  }
  switch ((((sp.b[0] ? p0 : g2) * sp.b[0])) % 4u) {
  case 1:
   L4:
   L5:
    break;
  case 0:
    __defer if ((unsigned)(((v0 << ((100u) & 7u)) + (sp.a ? sp.b[0] : sp.b[0])) < 2u))
      tr(32u, 100u);
    break;
  case 3:
    __defer f1(0u, v0, ((sp.b[0] * v0) * (unsigned)(g0 < p0)));
    __defer {
      unsigned t6 = ((sp.b[0] & 2u) / (((v2 ^ g1)) | 1u));
      if ((unsigned)(sp.b[0] < 5u))
        {
          unsigned t7 = sp.a;
          unsigned t8 = t7;
         L10:
          tr(33u, 3u);
         L9:;
        }
      tr(34u, (255u - 256u));
    }
  case 2:
    tr(35u, ((d ^ 7u) | d));
  }
  if ((unsigned)(g2 < 2u))
    {
      tr(36u, (g1 + (sp.a ^ sp.b[0])));
      __defer if (((p0 % ((v2) | 1u)) & 1u))
        tr(37u, (sp.b[0] >> ((((v1 ^ p1) & (g1 ^ g0))) & 7u)));
      tr(38u, (v2 >> ((sp.a) & 7u)));
      tr(39u, s0);
    }
  else
    v1 = f1(1u, ((unsigned)(100u < v2) + (s0 * sp.b[2])), ((2u ^ v0) << (((sp.b[2] & sp.a)) & 7u))).x[3];
  __defer {
    unsigned i11 = 0;
    while (i11++ < 2u)
      sp.b[2] ^= (d ? ((3u + sp.b[2]) >> (((4294967295u << ((0u) & 7u))) & 7u)) : p0);
  }
  __defer tr(40u, s0);
  return sp;
}

int main(void) {
  __defer tr(41u, g0);
  __defer {
    tr(42u, g1);
  }
  { struct P r = f0(1u, 62u, 2147483648u); printf("R0 %u %u %u %u\n", r.a, r.b[0], r.b[1], r.b[2]); }
  { struct P r = f0(0u, 20u, 4294967295u); printf("R1 %u %u %u %u\n", r.a, r.b[0], r.b[1], r.b[2]); }
  { struct P r = f0(2u, 381u, 1u); printf("R2 %u %u %u %u\n", r.a, r.b[0], r.b[1], r.b[2]); }
  { struct B r = f1(2u, 877u, 1u); unsigned s = 0; for (int i = 0; i < 20; i++) s = s * 31u + r.x[i]; printf("R3 %u %u\n", r.x[0], s); }
  { struct P r = f2(1u, 239u, 4294967295u); printf("R4 %u %u %u %u\n", r.a, r.b[0], r.b[1], r.b[2]); }
  { struct P r = f2(0u, 153u, 0u); printf("R5 %u %u %u %u\n", r.a, r.b[0], r.b[1], r.b[2]); }
  { struct P r = f2(0u, 621u, 1u); printf("R6 %u %u %u %u\n", r.a, r.b[0], r.b[1], r.b[2]); }
  f3(0u, 650u, 1u); printf("R7 void\n");
  f3(2u, 526u, 1u); printf("R8 void\n");
  f3(0u, 295u, 1u); printf("R9 void\n");
  printf("R10 %.1f\n", f4(0u, 219u, 4294967295u));
  printf("R11 %.1f\n", f5(0u, 654u, 4294967295u));
  printf("R12 %.1f\n", f5(0u, 329u, 2147483648u));
  { struct B r = f6(0u, 171u, 0u); unsigned s = 0; for (int i = 0; i < 20; i++) s = s * 31u + r.x[i]; printf("R13 %u %u\n", r.x[0], s); }
  { struct P r = f7(0u, 576u, 4294967295u); printf("R14 %u %u %u %u\n", r.a, r.b[0], r.b[1], r.b[2]); }
  printf("G %u %u %u\n", g0, g1, g2);
  return 0;
}
