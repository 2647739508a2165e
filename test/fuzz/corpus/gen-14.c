#include <cdefer.h>
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

static struct B f0(unsigned d, unsigned p0, unsigned p1);
static struct P f1(unsigned d, unsigned p0, unsigned p1);
static unsigned char f2(unsigned d, unsigned p0, unsigned p1);
static struct P f3(unsigned d, unsigned p0, unsigned p1);
static struct B f4(unsigned d, unsigned p0, unsigned p1);
static struct P f5(unsigned d, unsigned p0, unsigned p1);
static struct B f6(unsigned d, unsigned p0, unsigned p1);
static unsigned long long f7(unsigned d, unsigned p0, unsigned p1);

static struct B f0(unsigned d, unsigned p0, unsigned p1) {
  unsigned v0 = ((unsigned)(2147483647u < 3u) - (g2 ^ p1));
  unsigned v1 = d;
  trfn fp = trA;
  struct P sp = {p0, {1u, 2u, p1}};
  struct B sb = {{p0, p1}};
  unsigned vn = 1u + p0 % 4u;
  unsigned vla[vn];
  for (unsigned k = 0; k < vn; k++) vla[k] = k * 3u + p1;
  if (d)
    __defer (void)f0((d - 1u), (unsigned)((sb.x[0] << ((g0) & 7u)) < (unsigned)(vn < vla[(sp.a) % vn])), d);
  __defer tr(1u, d);
  if (d)
    __defer f0((d - 1u), ((sb.x[5] ? vla[(d) % vn] : sp.a) / (((sb.x[19] + sb.x[0])) | 1u)), ((sp.a >> ((g0) & 7u)) & p0));
  __defer {
    unsigned t1 = ((2u & sp.b[0]) * (0u + sp.b[0]));
    {
      unsigned i2 = 0;
      while (i2++ < 2u)
        {
          unsigned t3 = (3u ? (sp.a ^ 3u) : 5u);
          unsigned t4 __attribute__((cleanup(cleanup_u))) = 2147483647u;
          tr(2u, 2u);
          tr(3u, (((t4 ? sp.a : 42300u) ? t3 : (g0 ? 1u : sp.b[0])) ? 0u : ((5u - i2) % ((65535u) | 1u))));
          if ((((sp.b[2] | g1) ? sp.b[0] : (d % ((256u) | 1u))) & 1u))
            continue;
        }
    }
    {
      unsigned t5 = ((t1 + g0) ? (d ? d : p1) : sp.b[0]);
      tr(4u, g2);
      tr(5u, (((0u >> ((vn) & 7u)) ^ 100u) - (sp.b[0] * (g2 | p0))));
      tr(6u, (256u ? (sb.x[0] | sb.x[19]) : sp.a));
      sb.x[19] = side(7u, (sb.x[5] ? (d ^ v1) : sb.x[5]));
    }
  }
  __defer tr(8u, (d ? ((sp.b[2] % ((d) | 1u)) ^ (15993u ? sp.a : vla[(1u) % vn])) : (3u % ((g2) | 1u))));
  __defer {
    sb.x[5] += (((d ^ sp.b[2]) ? sp.b[2] : v0) ? p0 : sb.x[5]);
    g1 = 0u;
    tr(9u, (((sb.x[0] * g1) ^ (40184u ? sp.b[2] : v1)) & (sb.x[19] / (((g2 ? d : 5u)) | 1u))));
    tr(10u, ((sp.b[0] ? (v1 ? 65535u : 7u) : (v0 + d)) / ((g1) | 1u)));
  }
  __defer (void)fp(11u, 2u);
  if (d)
    __defer f0((d - 1u), (p1 + v0), (2147483647u + p1));
  __defer (void)trb(12u, sb);
  __defer {
    unsigned i6 = 0;
    do
      {
        tr(13u, (v0 & (sp.a ? (i6 ? v0 : i6) : 0u)));
       L7:;
      }
    while (i6++ < 0u);
  }
  __defer (void)tr3(14u, side(15u, ((sp.b[2] ? sb.x[0] : v1) | p1)), (vla[(v0) % vn] ? (10u ^ (d + sp.a)) : (1u % (((sp.b[2] / ((v1) | 1u))) | 1u))), (p1 ? sp.b[0] : (5u ? (sp.a % ((sb.x[5]) | 1u)) : g1)));
  __defer ((tr(16u, (((sb.x[5] ? g0 : vla[(g0) % vn]) ^ (sp.a / ((256u) | 1u))) ? ((sb.x[5] & v0) + (unsigned)(vn < p1)) : ((g2 ^ g0) - (100u ? g2 : v0))))));
  __defer ((unsigned)(((v1 * v0) + 2u) < 100u) ? trA : trB)(17u, ((d ^ sp.b[0]) ? p0 : ((unsigned)(v1 < sb.x[0]) ? (unsigned)(sp.b[2] < sp.b[0]) : (0u / ((p1) | 1u)))));
  __defer ((tr(18u, side(19u, 2u))));
  __defer tr(20u, sp.b[0]);
  __defer {
    unsigned t8 = ((sp.b[2] + sp.a) ^ (sb.x[5] + sb.x[0]));
    unsigned t9 = sb.x[19];
    switch (((unsigned)((unsigned)(vn < t8) < (0u + p0))) % 3u) {
    case 1:
     L10:
      break;
      tr(21u, ((1u * (1u ? 100u : sb.x[0])) << ((((v0 | p0) + (p1 ? g0 : t9))) & 7u)));
      break;
    }
    tr(22u, g2);
  }
  switch ((((256u + g2) ? g1 : (63503u * vla[(g0) % vn]))) % 2u) {
  case 0:
   L11:
  default:
    if (d)
      f0((d - 1u), (255u ? (sb.x[0] ^ sb.x[5]) : (vn ^ 65535u)), ((g0 | sp.b[0]) ? d : sp.b[2]));
  }
  tr(23u, ((unsigned)(v0 < (sb.x[5] ? 2u : 2u)) ^ ((1000u ^ sb.x[19]) & v0)));
  __defer for (unsigned i12 = 0; i12 < 3u; i12++)
    {
      tr(24u, (unsigned)(g0 < d));
      tr(25u, ((255u ? sp.b[0] : vn) & ((d ? 7u : p1) + (v0 | 10u))));
      break;
      tr(26u, ((unsigned)((sp.a & v1) < (sp.a | 65535u)) & (unsigned)((65535u << ((v1) & 7u)) < (sp.a + g0))));
    }
  switch (((vn + (v0 ? 1u : sp.b[0]))) % 4u) {
  case 1:
    if ((((sp.b[2] ^ 4294967295u) + (vla[(4u) % vn] + 7u)) & 1u))
      break;
    fp = trB;
  }
  return sb;
}

static struct P f1(unsigned d, unsigned p0, unsigned p1) {
  unsigned v0 = ((0u >> ((g1) & 7u)) % (((100u + d)) | 1u));
  unsigned v1 = ((p1 & g2) ^ (4294967295u << ((p0) & 7u)));
  unsigned v2 = (2u ? (p1 ? g0 : g0) : 2u);
  trfn fp = trB;
  struct P sp = {p0, {1u, 2u, p1}};
  struct B sb = {{p0, p1}};
  unsigned bg2 = 0;
 L1:
  if (bg2++ < 1u) goto L1;
  __defer {
    p1 = (sp.b[0] * ((10u + g0) ^ g2));
    tr(27u, ((sp.b[2] << (((1000u + 5u)) & 7u)) & (d % ((10u) | 1u))));
    sp.b[2] = (d ? f1((d - 1u), (p0 << (((g0 ? v1 : v1)) & 7u)), sp.b[0]).a : 0u);
  }
  tr(28u, (sb.x[0] >> ((((5u & sp.b[0]) + (0u ? sb.x[5] : sb.x[5]))) & 7u)));
  __defer tr3(29u, (1u >> ((sp.a) & 7u)), ((v1 | (v0 * 1000u)) | (1000u + (p0 ^ v0))), (g0 ^ (p0 / (((sp.b[0] ? v1 : sb.x[0])) | 1u))));
  sp.b[0] = v2;
  v2 ^= (((p1 ? sp.b[0] : 2147483647u) ^ 1u) >> ((7u) & 7u));
  tr(30u, (((v1 % ((v0) | 1u)) + sb.x[5]) << ((p0) & 7u)));
  sp.a = (g1 ? (g1 >> (((unsigned)(v0 < 2147483647u)) & 7u)) : ((d & p1) ^ (p1 ^ d)));
  return mkp(255u, ((v2 + sp.b[2]) ^ (sb.x[0] ^ 0u)));
}

static unsigned char f2(unsigned d, unsigned p0, unsigned p1) {
  unsigned v0 = p1;
  unsigned v1 = ((v0 ? 4294967295u : g1) ^ (p1 / ((d) | 1u)));
  trfn fp = trA;
  struct P sp = {p0, {1u, 2u, p1}};
  struct B sb = {{p0, p1}};
  unsigned bg3 = 0;
  unsigned bg6 = 0;
  tr(31u, (unsigned)(((unsigned)(d < 7u) * (sb.x[0] % ((5u) | 1u))) < sp.a));
  tr(32u, (p1 % (((sb.x[0] ? (53928u ? d : p0) : (d - g1))) | 1u)));
  sb.x[19] = (((v0 ? 2147483647u : g0) % (((sp.b[2] ? sb.x[0] : g0)) | 1u)) + ((sb.x[0] ^ v0) ? (sp.b[0] ? sb.x[19] : 3u) : (1000u / ((sp.b[2]) | 1u))));
  g2 += sb.x[0];
 L2:
  __defer {
    fp(33u, d);
  }
  if (bg3++ < 1u) goto L2;
 L1:
  tr(34u, (5u & ((4294967295u - p1) ? (sb.x[0] >> ((4294967295u) & 7u)) : (v0 & p1))));
  __defer {
    if ((((4294967295u * g1) / (((5u + 100u)) | 1u)) & 1u)) goto L4;
   L4:
    if ((unsigned)(((sb.x[5] << ((v1) & 7u)) + (sp.b[0] ? sb.x[19] : sb.x[0])) < 100u)) goto L5;
   L5:
    if (bg6++ < 2u) goto L5;
    tr(35u, g0);
  }
  return sp.b[0];
}

static struct P f3(unsigned d, unsigned p0, unsigned p1) {
  static unsigned s0 = 79u;
  unsigned v0 = (unsigned)(g1 < (s0 ^ g0));
  unsigned v1 = (g0 >> ((g0) & 7u));
  trfn fp = trA;
  struct P sp = {p0, {1u, 2u, p1}};
  fp = trB;
  __defer {
    unsigned t3 = p0;
    unsigned t4 __attribute__((cleanup(cleanup_u))) = ((unsigned)(p0 < s0) * 333u);
    if ((unsigned)(256u < 100u))
      {
        tr(36u, (((p0 * 3u) & (2147483647u * t4)) | ((sp.b[0] | t4) * d)));
      }
  }
 L1:
  {
    unsigned i5 = 0;
    do
      f2(0u, sp.a, (unsigned)((sp.b[0] % ((2147483647u) | 1u)) < (0u ^ sp.b[0])));
    while (i5++ < 1u);
  }
  switch ((((g1 ? g0 : g0) + (unsigned)(7u < d))) % 2u) {
  case 0:
    p1 = (((0u << ((g2) & 7u)) << (((2u ? 0u : v1)) & 7u)) ? ((g2 ? p1 : p0) << ((g0) & 7u)) : (sp.b[2] / ((p0) | 1u)));
    break;
  default:
    break;
  }
 L2:
  switch ((2u) % 3u) {
  case 2:
    break;
  }
  return sp;
}

static struct B f4(unsigned d, unsigned p0, unsigned p1) {
  unsigned v0 = ((g1 / ((d) | 1u)) - d);
  unsigned v1 = (g0 ? g1 : g2);
  trfn fp = trA;
  struct B sb = {{p0, p1}};
  unsigned vn = 1u + p0 % 4u;
  unsigned vla[vn];
  for (unsigned k = 0; k < vn; k++) vla[k] = k * 3u + p1;
  for (unsigned i1 = 0; i1 < 1u; i1++)
    __defer {
      tr(37u, (((v0 - g1) ? sb.x[5] : (v1 * d)) << (((p1 | (4294967295u ^ v1))) & 7u)));
     L2:;
    }
  vla[(g1) % vn] = ((g1 + (p0 * g0)) ? ((unsigned)(sb.x[19] < vn) / ((63025u) | 1u)) : ((v0 ? g1 : sb.x[0]) - (d & g2)));
  tr(38u, ((256u >> (((vla[(v1) % vn] / ((v0) | 1u))) & 7u)) ? ((g0 * 7u) / (((5u / ((100u) | 1u))) | 1u)) : ((sb.x[5] + v1) ? (2u ? 1000u : 2147483647u) : (p1 ? vla[(p0) % vn] : 5u))));
  switch (((255u ^ (10u << ((1000u) & 7u)))) % 4u) {
  case 2:
    __defer tr(39u, sb.x[5]);
    break;
  default:
    __defer {
      sb.x[5] = side(40u, g0);
      if ((((unsigned)(v0 < sb.x[5]) ? (sb.x[5] % ((g1) | 1u)) : sb.x[19]) & 1u)) goto L4;
      if ((unsigned)((v1 ? p0 : 4294967295u) < 2u)) goto L4;
     L3:
     L4:;
    }
    break;
  }
  return sb;
}

static struct P f5(unsigned d, unsigned p0, unsigned p1) {
  static unsigned s0 = 85u;
  unsigned v0 = g1;
  unsigned v1 = 2147483647u;
  unsigned v2 = (unsigned)(8390u < (unsigned)(p1 < p1));
  trfn fp = trA;
  struct P sp = {p0, {1u, 2u, p1}};
  g2 += v1;
  __defer ((fp(41u, p0)));
  if ((unsigned)(((s0 + 4294967295u) + (g2 ^ g1)) < 1048576u))
    return sp;
  tr(42u, (((255u * g2) ? s0 : (d + 100u)) * (unsigned)((s0 * p0) < 1u)));
  if ((7u & 1u))
    f4(1u, g2, 1000u);
  fp = trA;
  return sp;
}

static struct B f6(unsigned d, unsigned p0, unsigned p1) {
  static unsigned s0 = 13u;
  unsigned v0 = ((d | 7u) - (g1 & 7u));
  unsigned v1 = ((g2 ^ p0) + p1);
  unsigned v2 = (s0 << ((v0) & 7u));
  trfn fp = trB;
  struct P sp = {p0, {1u, 2u, p1}};
  struct B sb = {{p0, p1}};
  unsigned vn = 1u + p0 % 4u;
  unsigned vla[vn];
  for (unsigned k = 0; k < vn; k++) vla[k] = k * 3u + p1;
  unsigned cu __attribute__((cleanup(cleanup_u))) = ((p1 ? 256u : 0u) ? (v1 ? sb.x[0] : vn) : (4294967295u & 3u));
  switch (((0u ? (2147483647u ? 2147483647u : 10u) : (sp.b[2] ? 2u : v1))) % 2u) {
  case 1:;
  }
  __defer trv(43u, vn, vla);
  tr(44u, 1000u);
  __defer ((f4(1u, (4294967295u / ((v1) | 1u)), g1)));
  {
    __defer tr(45u, g2);
  }
  {
    __defer ((tr3(46u, 2147483647u, (unsigned)(((29858u ^ v2) + sb.x[0]) < ((5u + 65535u) << (((v2 << ((2147483647u) & 7u))) & 7u))), side(47u, vla[(6u) % vn]))));
    __defer tr(48u, v2);
   L1:
    __defer tr(49u, (((3u ? sb.x[19] : sp.a) ? vn : (vn | vn)) / ((((255u >> ((100u) & 7u)) ^ (sp.b[0] % ((sp.b[0]) | 1u)))) | 1u)));
  }
  g1 ^= (p1 | (unsigned)((4294967295u | 65535u) < sp.b[0]));
  __defer {
    unsigned t2 = (vn << ((v0) & 7u));
    tr(50u, (((sb.x[0] ? 7u : g1) * (v0 ? 0u : 1000u)) | sb.x[19]));
    sp.a ^= (((s0 % ((g1) | 1u)) - sb.x[0]) | (sp.b[0] ? v1 : (vn + sp.b[2])));
    tr(51u, (((17231u | d) / (((g0 ? sb.x[19] : 1u)) | 1u)) + sb.x[5]));
    f4(1u, ((unsigned)(sp.b[2] < g1) ? g0 : (p0 ^ v1)), g1);
  }
  return sb;
}

static unsigned long long f7(unsigned d, unsigned p0, unsigned p1) {
  static unsigned s0 = 82u;
  unsigned v0 = s0;
  trfn fp = trA;
  unsigned cu __attribute__((cleanup(cleanup_u))) = ((g0 % ((g2) | 1u)) ^ (d & p0));
  unsigned bg3 = 0;
  if ((g1 & 1u))
    f0(1u, ((256u ? 5u : g0) >> (((d + d)) & 7u)), v0);
  __defer {
    f3(1u, (p0 ? (g1 ? v0 : v0) : (v0 * 255u)), ((cu + g1) ? (unsigned)(p0 < 3u) : (4294967295u ? g2 : g0)));
    if ((((g0 | g1) ? (s0 ? g2 : cu) : (p0 & g2)) & 1u)) goto L1;
    goto L1;
    f4(1u, 1000u, g2);
   L1:;
  }
  __defer tr(52u, (((g0 ^ 1u) | (g0 ? p1 : g2)) >> ((3u) & 7u))), tr(53u, ((g0 & (g1 ? p0 : p0)) ? ((g2 + g0) ? (p0 ? p1 : 4294967295u) : g1) : g1));
  {
   L2:
    if ((unsigned)(((d ^ d) ? 0u : cu) < 5u))
      {
        __defer if ((unsigned)(p1 < 2u))
          tr(54u, (g1 >> ((((g0 ^ d) ? p1 : (g0 ? g0 : 1000u))) & 7u)));
        __defer ((fp(55u, (((d << ((2u) & 7u)) >> ((2147483647u) & 7u)) | ((p1 ^ 2147483647u) % (((s0 | s0)) | 1u))))));
        p1 = ((p0 * g1) >> ((((s0 & p0) ? cu : s0)) & 7u));
      }
    else
      {
        __defer ((fp(56u, (((s0 - 255u) ? (v0 << ((30940u) & 7u)) : (cu + 0u)) << ((((10u ? g2 : 3u) & (g0 & s0))) & 7u)))));
        if (bg3++ < 1u) goto L2;
      }
  }
  __defer ((tr3(57u, g1, 0u, g1)));
  __defer tr(58u, (((g0 ^ p1) - p0) ? ((unsigned)(v0 < g2) % (((cu >> ((s0) & 7u))) | 1u)) : ((d - p1) / (((cu ? p0 : s0)) | 1u)))), tr(59u, ((v0 ? (g2 >> ((p0) & 7u)) : v0) ? ((p1 ^ s0) + 3u) : (p0 / (((p1 ? g0 : g2)) | 1u))));
  __defer s0 += (((g1 ? g2 : g1) ? cu : g2) ? 14871u : ((2u / ((0u) | 1u)) << ((d) & 7u)));
  return ((unsigned)f2(1u, ((cu % ((s0) | 1u)) << ((v0) & 7u)), g0) + 9u);
}

int main(void) {
  __defer tr(60u, g0);
  __defer {
    tr(61u, g1);
  }
  { struct B r = f0(0u, 472u, 2147483648u); unsigned s = 0; for (int i = 0; i < 20; i++) s = s * 31u + r.x[i]; printf("R0 %u %u\n", r.x[0], s); }
  { struct P r = f1(0u, 508u, 2147483648u); printf("R1 %u %u %u %u\n", r.a, r.b[0], r.b[1], r.b[2]); }
  { struct P r = f1(0u, 930u, 2147483648u); printf("R2 %u %u %u %u\n", r.a, r.b[0], r.b[1], r.b[2]); }
  { struct P r = f1(0u, 40u, 4294967295u); printf("R3 %u %u %u %u\n", r.a, r.b[0], r.b[1], r.b[2]); }
  printf("R4 %u\n", (unsigned)f2(0u, 883u, 0u));
  printf("R5 %u\n", (unsigned)f2(0u, 774u, 2147483648u));
  { struct P r = f3(0u, 683u, 1u); printf("R6 %u %u %u %u\n", r.a, r.b[0], r.b[1], r.b[2]); }
  { struct P r = f3(2u, 854u, 4294967295u); printf("R7 %u %u %u %u\n", r.a, r.b[0], r.b[1], r.b[2]); }
  { struct B r = f4(2u, 715u, 2147483648u); unsigned s = 0; for (int i = 0; i < 20; i++) s = s * 31u + r.x[i]; printf("R8 %u %u\n", r.x[0], s); }
  { struct B r = f4(0u, 777u, 1u); unsigned s = 0; for (int i = 0; i < 20; i++) s = s * 31u + r.x[i]; printf("R9 %u %u\n", r.x[0], s); }
  { struct P r = f5(1u, 410u, 2147483648u); printf("R10 %u %u %u %u\n", r.a, r.b[0], r.b[1], r.b[2]); }
  { struct B r = f6(1u, 398u, 0u); unsigned s = 0; for (int i = 0; i < 20; i++) s = s * 31u + r.x[i]; printf("R11 %u %u\n", r.x[0], s); }
  { struct B r = f6(0u, 936u, 0u); unsigned s = 0; for (int i = 0; i < 20; i++) s = s * 31u + r.x[i]; printf("R12 %u %u\n", r.x[0], s); }
  printf("R13 %llu\n", f7(1u, 642u, 4294967295u));
  printf("R14 %llu\n", f7(1u, 694u, 7u));
  printf("G %u %u %u\n", g0, g1, g2);
  return 0;
}
