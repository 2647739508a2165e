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

static double f0(unsigned d, unsigned p0, unsigned p1);
static struct B f1(unsigned d, unsigned p0, unsigned p1);
static struct P f2(unsigned d, unsigned p0, unsigned p1);
static double f3(unsigned d, unsigned p0, unsigned p1);
static double f4(unsigned d, unsigned p0, unsigned p1);
static struct B f5(unsigned d, unsigned p0, unsigned p1);
static double f6(unsigned d, unsigned p0, unsigned p1);
static struct P f7(unsigned d, unsigned p0, unsigned p1);

static double f0(unsigned d, unsigned p0, unsigned p1) {
  static unsigned s0 = 18u;
  unsigned v0 = d;
  unsigned v1 = (d << (((256u | 255u)) & 7u));
  trfn fp = trB;
  unsigned vn = 1u + p0 % 4u;
  unsigned vla[vn];
  for (unsigned k = 0; k < vn; k++) vla[k] = k * 3u + p1;
  unsigned bg9 = 0;
  {
    __defer switch ((((10u & s0) ? (256u | d) : (255u ? s0 : 3u))) % 4u) {
    case 3:
      fp = trA;
      break;
    case 0:
      if ((unsigned)(vn < 5u))
        break;
     L4:
      tr(1u, (((p1 >> ((p0) & 7u)) ^ (p0 << ((g2) & 7u))) ^ v0));
     L3:
    case 2:
      if ((unsigned)((g2 ? 3u : (0u ? 1000u : v1)) < 1048576u)) goto L5;
     L5:
    case 1:
      tr(2u, (65535u + (p0 >> ((2u) & 7u))));
      break;
    }
    __defer {
      {
        unsigned i6 = 0;
        do
          if (d)
            f0((d - 1u), ((s0 ? p0 : vn) & (unsigned)(v0 < g2)), g2);
        while (i6++ < 3u);
      }
      tr(3u, (2u & ((4294967295u % ((255u) | 1u)) >> (((v0 ? p1 : g1)) & 7u))));
    }
    __defer tr3(4u, v1, side(5u, (10u | (d ? vla[(vn) % vn] : 10u))), (((g1 ^ g1) / (((unsigned)(65535u < 4294967295u)) | 1u)) ^ (255u ? d : g1)));
  }
 L2:
  switch ((p0) % 2u) {
  case 0:
    break;
  }
  {
    unsigned t7 = ((65535u ? 2691u : g2) % (((s0 ? vn : p1)) | 1u));
    unsigned t8 = p1;
    return (((g0 ^ g2) + (1u | g2)) ? ((g1 ? v0 : vla[(g0) % vn]) ? t7 : g2) : t8);
  }
  if (bg9++ < 2u) { void *jp = &&L2; goto *jp; }
  __defer {
    unsigned t10 = ((d << ((d) & 7u)) / (((g2 / ((g2) | 1u))) | 1u));
    unsigned t11 = ((vn | d) << ((t10) & 7u));
    {
      tr(6u, v0);
    }
  }
  g1 = (d ? (unsigned)f0((d - 1u), ((100u * g2) % ((3u) | 1u)), ((g2 + g1) ? vla[(s0) % vn] : (v1 % ((g2) | 1u)))) : 0u);
  tr(7u, (d % ((255u) | 1u)));
 L1:
  return (v1 ? ((g0 ^ 2147483647u) ? v1 : (vn << ((10u) & 7u))) : 7u);
}

static struct B f1(unsigned d, unsigned p0, unsigned p1) {
  static unsigned s0 = 10u;
  unsigned v0 = ((255u ? g1 : p1) ? 5u : s0);
  trfn fp = trB;
  struct B sb = {{p0, p1}};
  __defer for (unsigned i1 = 0; i1 < 0u; i1++)
    if ((((d / ((sb.x[5]) | 1u)) ? (5u * s0) : 7u) & 1u))
      break;
  {
    unsigned t2 = (5u << (((7548u * sb.x[0])) & 7u));
    __defer if (((p0 ? (p0 ? g2 : v0) : (p1 ? v0 : 255u)) & 1u))
      {
        tr(8u, (((sb.x[0] << ((v0) & 7u)) ? (unsigned)(d < p1) : 255u) / ((g0) | 1u)));
      }
    else
      tr(9u, (((unsigned)(d < v0) >> (((p1 * 256u)) & 7u)) * (2147483647u ^ (sb.x[5] & sb.x[19]))));
    __defer tr(10u, ((s0 >> (((unsigned)(p0 < t2)) & 7u)) + (t2 >> (((g1 - d)) & 7u))));
  }
  switch (((s0 ? (7u | g2) : (g2 ^ p1))) % 2u) {
  case 0:
   L3:
   L4:
  default:
    break;
  }
  __defer (void)tr3(11u, ((unsigned)((d * v0) < g0) ? 100u : ((2u ? g2 : 7u) + (p0 & s0))), (g1 += sb.x[5]), (0u - ((p1 / ((4294967295u) | 1u)) - (g2 * d))));
  {
    unsigned i5 = 0;
    while (i5++ < 2u)
      {
        __defer tr(12u, ((v0 ? (sb.x[19] + 1000u) : (sb.x[0] / ((d) | 1u))) / ((((5u + p1) % ((2u) | 1u))) | 1u))), tr(13u, (((unsigned)(d < 45216u) ? (unsigned)(v0 < 2790u) : (sb.x[5] ? s0 : v0)) ? 1000u : p1));
      }
  }
  return sb;
}

static struct P f2(unsigned d, unsigned p0, unsigned p1) {
  unsigned v0 = (0u ^ (p0 / ((g0) | 1u)));
  unsigned v1 = p1;
  unsigned v2 = (unsigned)((v0 / ((g0) | 1u)) < v1);
  trfn fp = trB;
  struct P sp = {p0, {1u, 2u, p1}};
  __defer {
    unsigned t2 = ((v1 ^ sp.b[0]) << (((sp.b[2] + sp.a)) & 7u));
    unsigned t3 = v0;
    t2 ^= (p0 + sp.a);
    tr(14u, sp.a);
    if ((unsigned)(((g1 ? 5u : g1) >> ((255u) & 7u)) < 5u))
      tr(15u, (((g2 ? g1 : t3) ^ (d ? t2 : t2)) ? t3 : ((v0 ? sp.b[0] : g0) - sp.b[2])));
  }
  __defer ((tr(16u, (((5u ^ d) % (((v1 + g2)) | 1u)) % (((unsigned)((100u << ((100u) & 7u)) < sp.b[2])) | 1u)))));
  f1(0u, sp.b[2], sp.a);
  g2 = p1;
  __defer {
    unsigned i4 = 0;
    while (i4++ < 3u)
      {
        if ((((p1 ? p1 : v2) - v1) & 1u))
          continue;
        f0(0u, (65535u % (((v2 ^ i4)) | 1u)), (sp.b[2] / ((p1) | 1u)));
        tr(17u, i4);
        tr(18u, (((i4 ? v0 : g0) ? (1000u >> ((2147483647u) & 7u)) : (v0 + sp.b[2])) ? p0 : ((v0 ? 17120u : 256u) ? (v2 ? g2 : p0) : p1)));
      }
  }
  __defer ((tr(19u, 1u)));
 L1:
  __defer tr(20u, (v2 >> (((g2 ^ (v1 | 255u))) & 7u))), tr(21u, ((4294967295u << ((p0) & 7u)) & v2));
  return mkp(((p1 | v1) / ((p0) | 1u)), 1u);
}

static double f3(unsigned d, unsigned p0, unsigned p1) {
  static unsigned s0 = 97u;
  unsigned v0 = (s0 + (s0 * s0));
  trfn fp = trB;
  unsigned vn = 1u + p0 % 4u;
  unsigned vla[vn];
  for (unsigned k = 0; k < vn; k++) vla[k] = k * 3u + p1;
 L1:
 L2:
  __defer {
    tr(22u, (g0 ? ((unsigned)(1000u < 256u) ? vn : (vn - g2)) : (g1 ^ 9563u)));
    {
      fp = trA;
      tr(23u, (v0 / ((d) | 1u)));
      tr(24u, p1);
    }
    tr(25u, (((g2 ? g2 : g1) - (g0 ? 5u : s0)) % ((((v0 * d) ? (d + g2) : 65535u)) | 1u)));
  }
  {
    unsigned i3 = 0;
    while (i3++ < 1u)
      {
        g2 ^= ((g1 * d) ^ g0);
        __defer for (unsigned i4 = 0; i4 < 3u; i4++)
          {
            if ((((p1 ? d : d) ^ (d ^ p1)) & 1u))
              continue;
            if ((unsigned)(p1 < 5u))
              continue;
            tr(26u, ((unsigned)((1000u % ((7u) | 1u)) < (vn >> ((p0) & 7u))) * 1u));
            if ((unsigned)((g1 & i4) < 100u))
              continue;
          }
        __defer tr(27u, (p0 / (((g1 ^ (2u ? p0 : i3))) | 1u)));
      }
  }
  switch ((((d ? g1 : g2) ? (d ? d : v0) : (vla[(g2) % vn] / ((d) | 1u)))) % 4u) {
  case 1:
    __defer g0 ^= (g1 & g2);
    __defer tr(28u, 1u);
    break;
  case 2:;
  }
  p1 = (((vn + s0) ^ d) % ((((65535u | 1000u) + (g2 & g1))) | 1u));
  return 1000u;
}

static double f4(unsigned d, unsigned p0, unsigned p1) {
  static unsigned s0 = 62u;
  unsigned v0 = ((p1 % ((d) | 1u)) - g2);
  trfn fp = trA;
  struct P sp = {p0, {1u, 2u, p1}};
  __defer {
    unsigned t1 = p1;
    tr(29u, p0);
    tr(30u, (((14395u + g0) >> (((sp.b[0] << ((d) & 7u))) & 7u)) ? t1 : (v0 >> ((g2) & 7u))));
    tr(31u, ((p0 ? (t1 ? sp.a : t1) : (unsigned)(g1 < g1)) << ((((d << ((s0) & 7u)) ? 255u : (p0 ? sp.a : sp.b[0]))) & 7u)));
    sp.b[2] = 1000u;
  }
  if ((sp.b[2] & 1u))
    {
      unsigned t2 = (1000u ? 1u : g0);
      unsigned t3 __attribute__((cleanup(cleanup_u))) = ((g0 ? s0 : d) + (p0 ^ sp.b[0]));
      __defer {
        unsigned t4 __attribute__((cleanup(cleanup_u))) = ((g0 - 4294967295u) / ((sp.b[0]) | 1u));
        unsigned t5 = (d - (7u & p1));
        tr(32u, (((g1 ? g0 : 1u) >> ((49369u) & 7u)) + 10u));
        g1 += v0;
        tr(33u, (sp.b[0] | ((sp.b[0] - 4294967295u) << ((g1) & 7u))));
      }
      tr(34u, (((sp.a ? 2147483647u : g0) - d) & ((4294967295u ? t2 : s0) & (sp.a + sp.b[2]))));
      __defer {
        tr(35u, (p1 ? (g1 + (sp.b[2] / ((d) | 1u))) : (p1 & (d + p0))));
      }
    }
  else
    {
      p1 += sp.b[2];
    }
  __defer tr(36u, (g1 += (unsigned)(g2 < g0)));
  __defer tr(37u, (256u ? (p1 - d) : (s0 ? (s0 ? g0 : d) : (3u - d))));
  tr(38u, (s0 ^ ((0u ? g2 : s0) ? s0 : (g0 ? g1 : g1))));
  return (d ? g1 : (s0 / ((sp.b[2]) | 1u)));
}

static struct B f5(unsigned d, unsigned p0, unsigned p1) {
  unsigned v0 = (p1 - (d + g0));
  unsigned v1 = (3u + (v0 >> ((v0) & 7u)));
  unsigned v2 = ((g0 ? p1 : v0) ? 65535u : (v1 << ((v0) & 7u)));
  trfn fp = trB;
  struct P sp = {p0, {1u, 2u, p1}};
  struct B sb = {{p0, p1}};
  unsigned vn = 1u + p0 % 4u;
  unsigned vla[vn];
  for (unsigned k = 0; k < vn; k++) vla[k] = k * 3u + p1;
  unsigned cu __attribute__((cleanup(cleanup_u))) = ((sp.b[2] + v2) ? (sp.a & sp.a) : (g2 & g0));
  __defer (void)f1(0u, g2, ((v1 & vn) ? (v1 ? v1 : 1u) : (d | 7u)));
  __defer tr(39u, g0);
  __defer sb.x[19] += 255u;
  __defer {
    unsigned t1 __attribute__((cleanup(cleanup_u))) = ((sb.x[5] ? v0 : 7u) + 255u);
    cu = side(40u, (g0 & (g1 ^ g1)));
    tr(41u, 0u);
    tr(42u, sp.a);
  }
  __defer {
    tr(43u, ((sp.a ^ (1000u & d)) & ((1000u / ((0u) | 1u)) * g0)));
    tr(44u, 10u);
    tr(45u, (((sb.x[5] | 65535u) ^ (d ? 1u : 0u)) % (((sp.b[0] - (v1 ^ sp.b[2]))) | 1u)));
    tr(46u, (((sp.b[2] ^ 0u) << (((30332u << ((sp.a) & 7u))) & 7u)) ? (v0 - (5u ^ 7u)) : (10u ^ (p0 ? 7u : sp.a))));
  }
  __defer tr3(47u, sb.x[0], (((sb.x[19] % ((g1) | 1u)) % (((sb.x[5] + 59725u)) | 1u)) ^ (sp.b[2] ^ (5u * 100u))), ((sp.b[0] + (sb.x[5] ? 255u : vn)) << ((((10u >> ((v0) & 7u)) * (sb.x[0] / ((g2) | 1u)))) & 7u)));
  __defer {
    fp(48u, (((3u >> ((255u) & 7u)) ? (g0 ^ g0) : (1000u ? 100u : vn)) >> ((((sb.x[5] + p1) & (unsigned)(sp.b[2] < g0))) & 7u)));
  }
  __defer tr(49u, (unsigned)(p0 < (g2 | (1u ^ 100u)))), tr(50u, ((unsigned)((unsigned)(7u < sb.x[0]) < (sp.b[0] << ((sb.x[5]) & 7u))) ^ d));
  __defer {
    unsigned t2 = (sb.x[0] ? g0 : sp.b[0]);
    if ((((p0 ^ 1000u) & (vn >> ((g0) & 7u))) & 1u)) goto L3;
    goto L3;
   L3:
   L4:;
  }
  __defer for (unsigned i5 = 0; i5 < 3u; i5++)
    {
      unsigned t6 = sp.a;
      unsigned t7 = g0;
      if ((((t7 ? p0 : d) & (sp.b[2] % ((100u) | 1u))) & 1u))
        continue;
      if ((sp.b[0] & 1u))
        continue;
    }
  __defer tr(51u, (((sb.x[19] + 100u) ? (sp.a ? 100u : d) : (65535u / ((10u) | 1u))) / ((v1) | 1u))), tr(52u, 1u);
  __defer trp(53u, sp);
  __defer {
    unsigned t8 = sp.b[2];
    unsigned t9 = (sb.x[0] / (((g0 - g2)) | 1u));
    sp.b[0] ^= (((2147483647u & 5u) + (2147483647u + 100u)) ? sp.a : (unsigned)(cu < (v2 ^ 5u)));
    if ((unsigned)(d < 100u)) goto L11;
    goto L11;
   L10:
   L11:;
  }
  if (d)
    __defer f5((d - 1u), p0, (unsigned)((sb.x[0] ? g2 : v1) < (sb.x[0] ? 0u : sb.x[19])));
  __defer {
    tr(54u, (26406u ? ((unsigned)(cu < p1) / ((cu) | 1u)) : v2));
    tr(55u, (((p0 ? 1u : cu) + (sp.a ? sp.b[2] : p1)) ? 255u : 1000u));
    tr(56u, 3u);
    tr(57u, (g0 << (((p0 - d)) & 7u)));
  }
  __defer ;
  __defer {
    unsigned t12 = vn;
    unsigned t13 = 256u;
    tr(58u, (sb.x[0] ? t12 : ((sp.a | 10u) & d)));
  }
  __defer f3(0u, v0, ((100u ? sp.b[2] : sb.x[0]) << (((sp.a % ((cu) | 1u))) & 7u)));
  __defer tr(59u, v2);
  if ((((1u ? sb.x[0] : p0) ? (sp.b[2] >> ((cu) & 7u)) : (g2 ? v2 : p1)) & 1u))
    {
      __defer (void)tr(60u, 4294967295u);
    }
  else
    {
     L15:
      __defer {
        tr(61u, ((sp.b[0] - (p1 ? sb.x[5] : 255u)) ? sp.a : 2u));
      }
      __defer ((unsigned)(((g0 ? v2 : p1) ^ (sb.x[19] ? sp.a : vn)) < 5u) ? trA : trB)(62u, (((v2 / ((vla[(cu) % vn]) | 1u)) << ((v1) & 7u)) >> ((((sp.b[2] ^ v1) & (cu ? cu : g1))) & 7u)));
    }
 L14:
  if ((2u & 1u))
    return sb;
  for (unsigned i16 = 0; i16 < 0u; i16++)
    {
      __defer trb(63u, sb);
      g0 = (((1000u % ((2u) | 1u)) ^ sb.x[5]) ? (sp.b[0] & (vn ? sp.b[2] : v2)) : cu);
    }
  return sb;
}

static double f6(unsigned d, unsigned p0, unsigned p1) {
  static unsigned s0 = 2u;
  unsigned v0 = (10u ? (unsigned)(d < g2) : g1);
  unsigned v1 = ((d ? g0 : p1) ? (p0 ? g0 : 1000u) : (2u ? g0 : g2));
  trfn fp = trA;
  __defer switch (((v0 ^ (d + p0))) % 3u) {
  case 0:
    if ((unsigned)(p0 < 100u))
      break;
    if ((unsigned)(5u < 100u)) goto L1;
   L1:
    break;
  }
  __defer {
    fp(64u, (((g2 ? p0 : v0) / (((g0 % ((p1) | 1u))) | 1u)) + (unsigned)(s0 < (2u ^ v1))));
  }
  __defer tr(65u, (g1 ^ d));
  __defer (void)tr3(66u, g0, 4294967295u, (65535u - 256u));
  __defer trptr(67u, &v0);
  __defer {
    tr(68u, 4294967295u);
    tr(69u, ((2u ^ (g2 & 3u)) ? g1 : v0));
  }
  __defer {
    if ((unsigned)(p1 < 5u)) goto L3;
    if (((g2 ^ (p1 >> ((g1) & 7u))) & 1u)) goto L2;
    if (((7u << (((g0 >> ((p1) & 7u))) & 7u)) & 1u)) goto L3;
   L3:
    fp = trB;
   L2:;
  }
  __defer {
    unsigned i4 = 0;
    while (i4++ < 2u)
      {
       L5:
        break;
       L6:
        if ((unsigned)((g0 * (p0 >> ((255u) & 7u))) < 2u))
          continue;
        fp = trA;
        if ((unsigned)(((2147483647u - 65535u) ? g0 : (d ^ g0)) < 2u))
          break;
      }
  }
  __defer {
    if ((((d ^ v0) ^ (d | p0)) & 1u))
      {
        unsigned t7 __attribute__((cleanup(cleanup_u))) = ((v1 ? p0 : p0) + (0u ? v1 : v0));
        unsigned t8 = ((v1 * v0) ? (g2 << ((255u) & 7u)) : s0);
        p1 = side(70u, ((d & v1) ^ (100u ? g2 : 3u)));
        tr(71u, s0);
      }
    {
      unsigned t9 = p1;
      unsigned t10 = (p1 >> ((255u) & 7u));
      tr(72u, ((65535u ? v1 : t9) ? g2 : ((unsigned)(0u < v1) / (((v0 ? t10 : t9)) | 1u))));
    }
  }
  __defer if ((unsigned)(g2 < 1048576u))
    {
      tr(73u, ((p0 & 1000u) + ((7u % ((p0) | 1u)) + v0)));
    }
  else
    tr(74u, 4294967295u);
  __defer {
    unsigned t11 __attribute__((cleanup(cleanup_u))) = d;
    unsigned t12 = (p0 % (((g0 - 10u)) | 1u));
    for (unsigned i13 = 0; i13 < 0u; i13++)
      {
        tr(75u, (((v0 - g2) + p0) ? ((255u ? g1 : s0) ? (v1 >> ((p1) & 7u)) : p0) : ((59206u % ((256u) | 1u)) ^ (v1 ^ t12))));
        tr(76u, ((255u | v0) - ((v0 + d) / ((0u) | 1u))));
        if ((unsigned)(((v0 - 255u) ? (i13 ? g0 : g2) : p1) < 100u))
          break;
       L14:;
      }
  }
  __defer {
    unsigned t15 = v1;
    unsigned t16 = p0;
    tr(77u, (((v0 % ((p0) | 1u)) ^ (g0 * 4294967295u)) - ((65535u | 45730u) ? (t15 + s0) : d)));
    f2(1u, s0, (g0 ^ 7u));
  }
  __defer {
    unsigned t17 = (2147483647u ? (0u * d) : (p1 >> ((d) & 7u)));
    unsigned t18 = (p0 ^ g1);
    tr(78u, g1);
  }
  __defer tr3(79u, ((p0 + (g0 ^ v1)) ^ v0), p1, g2);
  v1 = ({ __defer { unsigned i19 = 0; do { tr(80u, d); if ((unsigned)(((4294967295u ? 10u : p0) * (p1 & i19)) < 2u)) break; tr(81u, (((v1 * 5u) >> ((g0) & 7u)) | ((p0 ? s0 : 1000u) | (p1 ? p1 : v1)))); } while (i19++ < 0u); } d; });
  __defer f5(0u, g0, d);
  __defer v0 += ((v0 | (v0 ? 7u : d)) << (((unsigned)((v1 ? g0 : 0u) < (s0 & g2))) & 7u));
  return v0;
}

static struct P f7(unsigned d, unsigned p0, unsigned p1) {
  static unsigned s0 = 66u;
  unsigned v0 = s0;
  trfn fp = trB;
  struct P sp = {p0, {1u, 2u, p1}};
  unsigned bg5 = 0;
  __defer {
    unsigned t1 = g0;
    unsigned t2 __attribute__((cleanup(cleanup_u))) = (p1 >> ((sp.a) & 7u));
    switch ((((sp.b[2] + sp.b[2]) ^ s0)) % 3u) {
    case 2:
      fp = trA;
      f1(0u, ((g1 / ((sp.a) | 1u)) ? g2 : 100u), sp.b[0]);
    default:
      tr(82u, t1);
      if (((s0 ? (sp.b[0] ? sp.b[0] : sp.b[2]) : (t2 - p0)) & 1u))
        break;
      break;
    }
  }
  tr(83u, (((p1 ^ v0) & sp.a) >> (((g2 - (s0 | 1u))) & 7u)));
  switch ((((d ? g2 : s0) % (((d ^ v0)) | 1u))) % 3u) {
  case 2:
    __defer {
      tr(84u, (1u ? g1 : ((sp.a ^ sp.b[0]) ? (g2 + g1) : g0)));
      tr(85u, (((256u ? g0 : p0) ? (sp.b[0] >> ((g0) & 7u)) : (sp.a ^ g1)) | (p1 >> (((sp.b[0] ? p0 : p1)) & 7u))));
    }
    sp.b[2] += p0;
  case 0:
  default:
   L3:
   L4:
    if (bg5++ < 2u) goto L3;
    break;
  }
  __defer {
    tr(86u, (unsigned)(((v0 + sp.a) % (((d | g0)) | 1u)) < ((sp.a & sp.a) ? (sp.b[2] ? sp.a : v0) : (d ^ sp.a))));
    tr(87u, (((g2 + p1) ? (p0 + p0) : s0) ? (sp.b[0] >> ((1u) & 7u)) : (g2 >> (((g1 ^ sp.b[0])) & 7u))));
    tr(88u, (sp.a + (sp.b[0] / (((p1 * 2147483647u)) | 1u))));
    for (unsigned i6 = 0; i6 < 3u; i6++)
      {
        unsigned t7 = 7u;
        if ((unsigned)(256u < 2u))
          continue;
      }
  }
  for (unsigned i8 = 0; i8 < 2u; i8++)
    {
      unsigned t9 = (255u * (i8 + 7u));
      unsigned t10 = (s0 >> (((5u ? 255u : 9629u)) & 7u));
      {
        if ((unsigned)((p1 ? (7u ? p1 : g2) : sp.b[2]) < 1048576u))
          break;
        __defer tr(89u, side(90u, ((p0 | i8) * d)));
        f3(1u, ((sp.b[2] * p0) ? (256u ^ 2u) : 0u), ((i8 >> ((s0) & 7u)) + 7u));
        __defer sp.a = (sp.a + ((d ^ sp.a) % (((g2 - v0)) | 1u)));
      }
    }
  f1(0u, (1u | sp.a), 3u);
  return sp;
}

int main(void) {
  printf("R0 %.1f\n", f0(1u, 556u, 1u));
  { struct B r = f1(1u, 969u, 0u); unsigned s = 0; for (int i = 0; i < 20; i++) s = s * 31u + r.x[i]; printf("R1 %u %u\n", r.x[0], s); }
  { struct B r = f1(2u, 590u, 1u); unsigned s = 0; for (int i = 0; i < 20; i++) s = s * 31u + r.x[i]; printf("R2 %u %u\n", r.x[0], s); }
  { struct P r = f2(1u, 672u, 1u); printf("R3 %u %u %u %u\n", r.a, r.b[0], r.b[1], r.b[2]); }
  { struct P r = f2(2u, 806u, 1u); printf("R4 %u %u %u %u\n", r.a, r.b[0], r.b[1], r.b[2]); }
  { struct P r = f2(0u, 366u, 2147483648u); printf("R5 %u %u %u %u\n", r.a, r.b[0], r.b[1], r.b[2]); }
  printf("R6 %.1f\n", f3(2u, 838u, 0u));
  printf("R7 %.1f\n", f3(2u, 806u, 4294967295u));
  printf("R8 %.1f\n", f3(0u, 767u, 0u));
  printf("R9 %.1f\n", f4(2u, 515u, 4294967295u));
  printf("R10 %.1f\n", f4(2u, 453u, 4294967295u));
  printf("R11 %.1f\n", f4(2u, 81u, 2147483648u));
  { struct B r = f5(0u, 174u, 7u); unsigned s = 0; for (int i = 0; i < 20; i++) s = s * 31u + r.x[i]; printf("R12 %u %u\n", r.x[0], s); }
  printf("R13 %.1f\n", f6(2u, 660u, 1u));
  printf("R14 %.1f\n", f6(2u, 412u, 1u));
  { struct P r = f7(1u, 677u, 2147483648u); printf("R15 %u %u %u %u\n", r.a, r.b[0], r.b[1], r.b[2]); }
  printf("G %u %u %u\n", g0, g1, g2);
  return 0;
}
