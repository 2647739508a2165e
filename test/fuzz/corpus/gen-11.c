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
static unsigned long long f1(unsigned d, unsigned p0, unsigned p1);
static unsigned f2(unsigned d, unsigned p0, unsigned p1);
static struct P f3(unsigned d, unsigned p0, unsigned p1);
static unsigned char f4(unsigned d, unsigned p0, unsigned p1);
static unsigned char f5(unsigned d, unsigned p0, unsigned p1);
static struct B f6(unsigned d, unsigned p0, unsigned p1);

static struct B f0(unsigned d, unsigned p0, unsigned p1) {
  static unsigned s0 = 57u;
  unsigned v0 = ((g0 ^ p0) ^ (g1 ? 1000u : g2));
  unsigned v1 = p1;
  unsigned v2 = g0;
  trfn fp = trA;
  struct B sb = {{p0, p1}};
  unsigned bg5 = 0;
  unsigned bg6 = 0;
  v2 += ((1u + (3u + p0)) | ((unsigned)(sb.x[0] < p1) ? s0 : (p0 ^ sb.x[19])));
 L1:
  tr(1u, ((g0 / ((39864u) | 1u)) + v2));
  if (d)
    __defer f0((d - 1u), 4294967295u, p1);
  if (d)
    f0((d - 1u), (v2 % ((sb.x[0]) | 1u)), 65535u);
  __defer {
    unsigned t2 = (g1 - g1);
    unsigned t3 = (p1 >> ((sb.x[0]) & 7u));
   L4:
    tr(2u, g1);
  }
  tr(3u, v0);
  if (bg5++ < 2u) goto L1;
  if (bg6++ < 1u) { void *jp = &&L1; goto *jp; }
  return sb;
}

static unsigned long long f1(unsigned d, unsigned p0, unsigned p1) {
  unsigned v0 = p0;
  unsigned v1 = g2;
  unsigned v2 = 2147483647u;
  trfn fp = trB;
  unsigned bg4 = 0;
  __defer ((trptr(4u, &v0)));
  if (d)
    f1((d - 1u), ((v2 % ((v2) | 1u)) / ((v1) | 1u)), 100u);
  __defer {
    unsigned t1 = g0;
    tr(5u, g0);
    tr(6u, (g0 ? (p0 * (d ? v1 : g0)) : ((p1 << ((4294967295u) & 7u)) >> (((g1 & t1)) & 7u))));
    v2 = 1000u;
  }
  v0 = (v1 % (((v2 ^ (g0 ? v0 : v1))) | 1u));
  __defer {
    unsigned t2 = (3u ^ p1);
    if ((((g0 ? v2 : v2) ? (v0 >> ((5u) & 7u)) : (t2 ? v0 : v2)) & 1u))
      p0 = (100u >> ((v2) & 7u));
    if ((((v0 >> ((v1) & 7u)) - (p1 % ((t2) | 1u))) & 1u)) goto L3;
   L3:
    if (bg4++ < 1u) goto L3;
  }
  g2 = (((v0 + v0) >> (((v2 >> ((v2) & 7u))) & 7u)) - d);
  return (g0 * 2u);
}

static unsigned f2(unsigned d, unsigned p0, unsigned p1) {
  unsigned v0 = g0;
  unsigned v1 = ((unsigned)(p0 < g1) ^ (65535u ? v0 : g2));
  unsigned v2 = ((v1 ^ d) ? d : (p0 ? v1 : p1));
  trfn fp = trB;
  unsigned bg15 = 0;
  unsigned bg16 = 0;
  __defer tr3(7u, 42427u, v1++, g2);
  {
    unsigned i2 = 0;
    while (i2++ < 2u)
      {
        __defer {
          v0 ^= ((d | (p1 % ((1u) | 1u))) & ((v0 ^ g1) & 255u));
        }
        __defer tr3(8u, (((10u ? 5u : i2) ? v1 : (g1 & g0)) ? ((p0 | g2) / ((65535u) | 1u)) : (v1 ? 256u : (g0 / ((255u) | 1u)))), side(9u, ((g2 << ((5u) & 7u)) / (((g1 - 5u)) | 1u))), (g0 << ((g0) & 7u)));
       L4:
        __defer tr(10u, g0);
        __defer tr(11u, (((p1 ? i2 : 100u) % (((d ^ i2)) | 1u)) % ((d) | 1u)));
       L3:;
      }
  }
 L1:
  __defer tr(12u, p1++);
  __defer {
    unsigned i5 = 0;
    while (i5++ < 3u)
      {
        switch ((i5) % 4u) {
        case 3:
          if ((unsigned)((i5 - (255u ? 100u : v0)) < 5u))
            break;
          tr(13u, i5);
          break;
        case 1:
          break;
        case 2:
          if (((v2 ? g1 : (i5 ^ v2)) & 1u))
            break;
          break;
        case 0:
         L6:
         L7:
          if ((unsigned)((2147483647u + (100u ^ p1)) < 2u))
            break;
          tr(14u, (((v2 ? p0 : 55261u) ? (v0 + g2) : g1) ? 5u : ((256u + p0) * g2)));
          break;
        }
      }
  }
  if ((g1 & 1u))
    {
      unsigned t8 = ((g1 >> ((v0) & 7u)) ? (100u >> ((0u) & 7u)) : v0);
      __defer {
        unsigned i9 = 0;
        while (i9++ < 2u)
          {
            unsigned t10 __attribute__((cleanup(cleanup_u))) = ((i9 ^ v2) * d);
            unsigned t11 = ((v2 & v1) ? (v2 + g0) : (v1 ? v2 : v1));
            tr(15u, (((1000u + v0) - (v1 & 27096u)) - ((5u | v0) / (((t11 & v1)) | 1u))));
            if (((unsigned)((v1 / ((p1) | 1u)) < p1) & 1u))
              break;
            if (((d >> (((65535u | t11)) & 7u)) & 1u))
              continue;
          }
      }
      __defer ((f0(1u, v1, v2)));
      p1 = 255u;
    }
  else
    {
      __defer {
        unsigned i12 = 0;
        do
          {
            tr(16u, (((g1 >> ((g2) & 7u)) ^ (g2 + i12)) - ((d + v0) << (((g0 ^ p0)) & 7u))));
           L13:
           L14:;
          }
        while (i12++ < 1u);
      }
      fp = trB;
    }
  return (((2147483647u << ((v1) & 7u)) - (v0 ? p1 : 255u)) ? (v0 + (3u ^ v1)) : 100u);
  {
    if (bg15++ < 2u) goto L1;
    __defer (void)trptr(17u, &v2);
    g0 = side(18u, ((v1 * 2u) ^ (v1 + 7u)));
  }
  if (bg16++ < 1u) goto L1;
  return ((unsigned)f1(1u, v2, g0) + 0u);
}

static struct P f3(unsigned d, unsigned p0, unsigned p1) {
  unsigned v0 = ((g0 * p1) & g2);
  unsigned v1 = (v0 + 256u);
  trfn fp = trA;
  struct P sp = {p0, {1u, 2u, p1}};
  sp.b[0] = sp.a;
  __defer tr(19u, (g2 += (256u ^ sp.b[0])));
  __defer ((tr(20u, (((sp.a >> ((d) & 7u)) >> ((sp.b[2]) & 7u)) % ((((v1 ? sp.b[0] : g1) ? p0 : (d ? sp.b[0] : v0))) | 1u)))));
  __defer for (unsigned i1 = 0; i1 < 0u; i1++)
    if ((i1 & 1u))
      break;
  __defer {
    unsigned t2 = 10u;
    unsigned t3 = sp.b[0];
    tr(21u, (2u + (sp.a + g1)));
  }
  __defer tr(22u, (((g0 % ((g2) | 1u)) - (d ? sp.b[2] : 256u)) ? ((v0 ? 10u : p0) ? d : (v0 ? v1 : 100u)) : ((p0 / ((g2) | 1u)) * (g1 >> ((sp.b[0]) & 7u))))), tr(23u, (g2 & p1));
  v1 += ((v1 + sp.b[0]) & v0);
  f2(1u, ((v1 ? v0 : g2) * g2), ((1000u + g0) + (3u - 1u)));
  return mkp(v1, ((d / ((g0) | 1u)) % (((256u / ((sp.a) | 1u))) | 1u)));
}

static unsigned char f4(unsigned d, unsigned p0, unsigned p1) {
  unsigned v0 = 5u;
  unsigned v1 = g1;
  trfn fp = trB;
  unsigned cu __attribute__((cleanup(cleanup_u))) = 5u;
  __defer {
    {
      unsigned t1 __attribute__((cleanup(cleanup_u))) = ((v0 ? d : g1) - p0);
      unsigned t2 = g0;
      t1 ^= (((p1 ? 2147483647u : v0) ? (7u ? v1 : 7u) : (unsigned)(g0 < g2)) << ((cu) & 7u));
    }
  }
  p1 ^= ((0u + v0) % ((g2) | 1u));
  __defer ((unsigned)(((g1 + 3u) ? (p0 ^ d) : g1) < 1048576u) ? trA : trB)(24u, ((cu + (2u | g1)) * ((d + 1000u) ? (2u ^ 32947u) : (256u | g1))));
  __defer (void)tr(25u, (g2 += (1000u + d)));
  g1 += ((g1 + 2147483647u) | ((1000u + g2) ? p1 : (g2 ^ cu)));
  __defer if ((((13217u ? 4294967295u : g1) ? (g0 + g2) : (v1 | g1)) & 1u))
    tr(26u, (g0 & g1));
  g0 ^= v0;
  g1 = f0(0u, ((4294967295u / ((v0) | 1u)) % (((2u * v0)) | 1u)), ((255u ? 1u : 10u) << (((v0 / ((p0) | 1u))) & 7u))).x[3];
  return v1;
}

static unsigned char f5(unsigned d, unsigned p0, unsigned p1) {
  unsigned v0 = g1;
  unsigned v1 = ((g1 + v0) ? (3u ? g2 : 4294967295u) : d);
  unsigned v2 = ((g0 ^ v0) + g0);
  trfn fp = trA;
  struct P sp = {p0, {1u, 2u, p1}};
  unsigned bg5 = 0;
  unsigned bg11 = 0;
  __defer if ((((g2 | g2) ? (d & p0) : (sp.b[0] % ((sp.b[0]) | 1u))) & 1u))
    {
      tr(27u, (((sp.b[0] ? 65535u : d) ? p0 : g2) ? (g0 ^ (2u & g1)) : ((p1 >> ((sp.b[2]) & 7u)) ? (g1 - 1000u) : (sp.b[2] % ((g0) | 1u)))));
    }
  else
    tr(28u, g1);
  __defer tr(29u, p0), tr(30u, (((255u - v1) & (p0 | sp.b[0])) / ((((d ? g2 : v2) ? sp.a : p0)) | 1u)));
  __defer {
    tr(31u, (((p1 / ((sp.b[0]) | 1u)) % (((2147483647u ? 100u : g2)) | 1u)) ^ ((v2 | p1) ? (p1 >> ((d) & 7u)) : (g0 & v0))));
  }
  __defer ((f3(0u, ((10u * sp.b[2]) - (p1 + sp.b[2])), (g1 << (((10u ^ p1)) & 7u)))));
  __defer (void)trp(32u, sp);
  __defer ((tr3(33u, (((v1 - sp.b[0]) + (v2 + v2)) - ((v1 + 65535u) ^ p1)), sp.b[0]++, 4294967295u)));
  __defer ((trptr(34u, &v0)));
  __defer ((tr3(35u, 5u, ((p1 - (g2 & d)) ? ((v2 / ((g2) | 1u)) + (unsigned)(4294967295u < v0)) : p1), side(36u, d))));
  __defer (void)tr3(37u, (((sp.b[2] >> ((g1) & 7u)) ? (1u - v2) : 4294967295u) ? v0 : ((1u + d) + (d + v0))), (((sp.b[2] / ((sp.b[0]) | 1u)) ^ sp.a) << ((10u) & 7u)), (g1 += (v0 >> ((10u) & 7u))));
  __defer ((tr(38u, g2++)));
  __defer {
    unsigned t1 = ((g1 ^ d) | v2);
    switch (((unsigned)(3u < v1)) % 3u) {
    case 0:
      if ((unsigned)(g1 < 100u)) goto L2;
      v2 = (unsigned)f2(0u, ((255u >> ((5u) & 7u)) >> ((1000u) & 7u)), ((256u ^ g0) % ((sp.a) | 1u)));
    case 1:
      sp.b[0] = g2;
      f0(0u, sp.b[0], ((d / ((sp.b[2]) | 1u)) ? (10u ^ g0) : v2));
    default:
      g0 += ((sp.a ? (d << ((v2) & 7u)) : 1u) ? p0 : ((0u << ((t1) & 7u)) * g0));
     L3:
     L4:
      v1 = v2;
    }
   L2:
    tr(39u, sp.a);
    if (bg5++ < 1u) goto L2;
  }
  __defer ((tr(40u, (sp.b[0] ^ (d ^ (2u - sp.b[0]))))));
  __defer {
    if (((p0 * 65535u) & 1u))
      {
        tr(41u, p1);
        p1 = (2147483647u ? (sp.b[0] ? 7u : (p1 & 1000u)) : d);
        tr(42u, sp.a);
        tr(43u, sp.b[0]);
      }
    else
      tr(44u, ((7u - (g0 ? v1 : 100u)) * (v0 + (v0 + 256u))));
    {
      unsigned t6 = sp.a;
      tr(45u, 3u);
      tr(46u, (((3u * v0) >> ((1000u) & 7u)) ? g2 : ((sp.b[0] / ((g1) | 1u)) + (p0 ? v1 : p0))));
      tr(47u, (p0 % ((5u) | 1u)));
      f0(1u, ((sp.b[0] & g2) - (1000u + 2147483647u)), ((g0 % ((t6) | 1u)) & g2));
    }
    tr(48u, (((5u & sp.a) - (65535u ? p0 : v0)) / ((((v1 % ((sp.b[2]) | 1u)) ? (g0 * sp.a) : (v1 >> ((d) & 7u)))) | 1u)));
    p1 ^= (100u ? (0u & p0) : (3u ^ (g2 | sp.b[0])));
  }
  __defer tr3(49u, (((256u ? p0 : g0) ^ 2u) / ((((sp.b[0] ? p0 : v0) + (g1 ? 255u : g1))) | 1u)), (((unsigned)(sp.a < p1) ^ (v0 + p1)) ? (256u << (((g2 ? g0 : 65535u)) & 7u)) : (100u ? g0 : (g1 << ((p1) & 7u)))), (((sp.b[0] ? g0 : sp.b[2]) >> (((unsigned)(g0 < g0)) & 7u)) ? ((v0 + v0) << ((g0) & 7u)) : ((g0 % ((1u) | 1u)) ^ (g2 ^ g1))));
  __defer (void)trptr(50u, &sp.b[0]);
  __defer ((tr(51u, (v2 ? (unsigned)((v0 % ((p1) | 1u)) < (v1 >> ((g1) & 7u))) : (sp.b[2] ? g0 : (v2 | g2))))));
  __defer tr3(52u, (p1 ^ (sp.b[2] ^ (256u & sp.b[2]))), (((sp.a ? g2 : g0) + (unsigned)(2147483647u < v0)) ? sp.a : ((100u ^ g0) | (sp.b[0] + sp.a))), v0++);
  {
    unsigned i7 = 0;
    do
      {
        unsigned t8 = p0;
        unsigned t9 = ((i7 | v2) + p0);
       L10:
        __defer tr(53u, p1++);
        if (bg11++ < 2u) goto L10;
        if ((unsigned)(((sp.a ? v2 : sp.b[0]) | (v1 ^ p1)) < 2u))
          {
            unsigned t12 = ((v2 & i7) / (((g1 ? p0 : p0)) | 1u));
            unsigned t13 = t9;
            if ((unsigned)(255u < 2u))
              break;
            __defer {
              fp(54u, 4294967295u);
            }
            fp = trA;
            __defer sp.a ^= (g0 * ((0u ? sp.b[0] : 3u) % (((sp.b[0] >> ((g0) & 7u))) | 1u)));
           L14:;
          }
        else
          __defer if ((unsigned)(((7u ? sp.a : sp.b[0]) % ((v0) | 1u)) < 100u))
            {
              tr(55u, ((g0 ? (v0 * sp.b[0]) : (sp.b[0] ? sp.b[2] : p0)) / ((v0) | 1u)));
            }
          else
            tr(56u, g2);
      }
    while (i7++ < 3u);
  }
  return (f3(1u, v0, ((d - p0) ? d : g2)).a + 9u);
}

static struct B f6(unsigned d, unsigned p0, unsigned p1) {
  unsigned v0 = p1;
  unsigned v1 = ((10u * g1) - (p0 + 3u));
  unsigned v2 = ((255u ? d : g2) ? (unsigned)(g1 < g0) : (d ? g2 : 255u));
  trfn fp = trA;
  struct B sb = {{p0, p1}};
  __defer tr3(57u, sb.x[0], sb.x[19]++, sb.x[19]++);
  if ((unsigned)((sb.x[19] ? (v2 & sb.x[19]) : p0) < 100u))
    fp = trB;
  tr(58u, ((v1 % (((g0 | sb.x[19])) | 1u)) / (((2u << (((d + g0)) & 7u))) | 1u)));
  if ((unsigned)((g0 | (v2 * sb.x[0])) < 1048576u))
    {
      __defer {
        unsigned t2 = (unsigned)(p0 < (g2 ? sb.x[0] : g2));
        tr(59u, (v2 << (((g0 ^ g1)) & 7u)));
        tr(60u, v2);
        f5(0u, (v2 ? (unsigned)(v0 < g2) : sb.x[19]), (unsigned)((sb.x[0] << ((d) & 7u)) < (g0 | p0)));
      }
     L1:
      __defer tr(61u, p1++);
      __defer tr(62u, 65535u);
    }
  else
    {
      tr(63u, ((g1 ? (unsigned)(54947u < v1) : (p0 + 2u)) ? ((d >> ((g1) & 7u)) >> (((100u / ((v2) | 1u))) & 7u)) : v0));
    }
  __defer {
    unsigned t3 = v1;
    tr(64u, (unsigned)(sb.x[0] < 256u));
    g0 ^= (1u >> ((((5u ? p0 : sb.x[0]) % (((v0 ^ t3)) | 1u))) & 7u));
    tr(65u, sb.x[0]);
  }
  tr(66u, v1);
  __defer {
    {
      f2(1u, ((v1 ? g2 : d) ? (1u ? 4294967295u : g1) : d), ((100u | p1) ^ (sb.x[5] | sb.x[5])));
    }
    sb.x[19] = side(67u, p1);
  }
  return sb;
}

int main(void) {
  { struct B r = f0(0u, 580u, 4294967295u); unsigned s = 0; for (int i = 0; i < 20; i++) s = s * 31u + r.x[i]; printf("R0 %u %u\n", r.x[0], s); }
  { struct B r = f0(2u, 595u, 2147483648u); unsigned s = 0; for (int i = 0; i < 20; i++) s = s * 31u + r.x[i]; printf("R1 %u %u\n", r.x[0], s); }
  { struct B r = f0(0u, 984u, 1u); unsigned s = 0; for (int i = 0; i < 20; i++) s = s * 31u + r.x[i]; printf("R2 %u %u\n", r.x[0], s); }
  printf("R3 %llu\n", f1(1u, 641u, 1u));
  printf("R4 %llu\n", f1(1u, 845u, 2147483648u));
  printf("R5 %llu\n", f1(0u, 719u, 2147483648u));
  printf("R6 %u\n", (unsigned)f2(0u, 661u, 0u));
  printf("R7 %u\n", (unsigned)f2(1u, 168u, 2147483648u));
  printf("R8 %u\n", (unsigned)f2(0u, 932u, 0u));
  { struct P r = f3(1u, 862u, 1u); printf("R9 %u %u %u %u\n", r.a, r.b[0], r.b[1], r.b[2]); }
  printf("R10 %u\n", (unsigned)f4(0u, 246u, 7u));
  printf("R11 %u\n", (unsigned)f4(2u, 867u, 4294967295u));
  printf("R12 %u\n", (unsigned)f5(1u, 983u, 2147483648u));
  printf("R13 %u\n", (unsigned)f5(0u, 479u, 7u));
  { struct B r = f6(2u, 701u, 7u); unsigned s = 0; for (int i = 0; i < 20; i++) s = s * 31u + r.x[i]; printf("R14 %u %u\n", r.x[0], s); }
  { struct B r = f6(2u, 714u, 1u); unsigned s = 0; for (int i = 0; i < 20; i++) s = s * 31u + r.x[i]; printf("R15 %u %u\n", r.x[0], s); }
  printf("G %u %u %u\n", g0, g1, g2);
  return 0;
}
