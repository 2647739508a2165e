/*===- fast_unwind.c - stepping x86-64 frames without libgcc --------------===*
 *
 * A panic has to step every frame between cdefer_panic and the frame that
 * recovers. libgcc's DWARF unwinder costs about 1.3k instructions a frame
 * (it finds the FDE, parses it and its CIE, runs the CFA program, every
 * time), and a landing pad costs about 4.6k more, since the _Unwind_Resume
 * after it starts the unwinder again. Go pays about 380 a frame.
 *
 * This file steps a frame from a rule cached per return address: where
 * the CFA is (%rsp or %rbp plus an offset), where the callee-saved
 * registers and the return address were saved, and the frame's C landing
 * pad for that call, if any. A rule is made once from the FDE (found by
 * function_of.c through _dl_find_object and .eh_frame_hdr), its CIE and
 * its CFA program, and the LSDA's call-site table; a thread keeps the last
 * 256 in a direct-mapped cache, which a panic forgets when a shared object
 * was unloaded since the rules were made (dl_iterate_phdr's dlpi_subs).
 *
 * Only what GCC and Clang write for ordinary x86-64 functions is followed:
 * a CFA of %rsp or %rbp plus an offset, registers saved at an offset from
 * it, the C personality (__gcc_personality_v0) or none. A frame with
 * anything else (a signal frame, a DWARF expression, a stack realigned
 * through DRAP, C++'s personality, no FDE at all) gets no rule, and panic.c
 * hands the unwind to libgcc from there. panic.c says how the pieces fit.
 *===----------------------------------------------------------------------===*/
#define _GNU_SOURCE
#include "fast_unwind.h"

#if CDEFER_FAST_UNWIND
#include <link.h>
#include <pthread.h>
#include <string.h>
#include <unwind.h>

/* The C personality: a frame with it runs cleanups only, selector 0. */
extern _Unwind_Reason_Code __gcc_personality_v0(int, _Unwind_Action, _Unwind_Exception_Class,
                                                struct _Unwind_Exception *,
                                                struct _Unwind_Context *);

enum {
  DW_EH_PE_absptr = 0x00,
  DW_EH_PE_uleb128 = 0x01,
  DW_EH_PE_udata2 = 0x02,
  DW_EH_PE_udata4 = 0x03,
  DW_EH_PE_udata8 = 0x04,
  DW_EH_PE_sleb128 = 0x09,
  DW_EH_PE_sdata2 = 0x0a,
  DW_EH_PE_sdata4 = 0x0b,
  DW_EH_PE_sdata8 = 0x0c,
  DW_EH_PE_pcrel = 0x10,
  DW_EH_PE_indirect = 0x80,
  DW_EH_PE_omit = 0xff,
};

/* DWARF register numbers of x86-64. */
enum { REG_RBP = 6, REG_RSP = 7, REG_RA = 16 };

/*--- Reading .eh_frame ----------------------------------------------------*/

static int read_uleb(const uint8_t **pp, const uint8_t *end, uint64_t *out) {
  uint64_t v = 0;
  unsigned shift = 0;
  for (const uint8_t *p = *pp; p < end && shift < 64; shift += 7) {
    uint8_t b = *p++;
    v |= (uint64_t)(b & 0x7f) << shift;
    if (!(b & 0x80)) {
      *pp = p;
      *out = v;
      return 1;
    }
  }
  return 0;
}

static int read_sleb(const uint8_t **pp, const uint8_t *end, int64_t *out) {
  uint64_t v = 0;
  unsigned shift = 0;
  for (const uint8_t *p = *pp; p < end && shift < 64;) {
    uint8_t b = *p++;
    v |= (uint64_t)(b & 0x7f) << shift;
    shift += 7;
    if (!(b & 0x80)) {
      if (shift < 64 && (b & 0x40))
        v |= ~(uint64_t)0 << shift;
      *pp = p;
      *out = (int64_t)v;
      return 1;
    }
  }
  return 0;
}

/* A little-endian field of n bytes (x86-64 is little-endian), sign-extended
 * if is_signed. */
static int read_fixed(const uint8_t **pp, const uint8_t *end, unsigned n, int is_signed,
                      uint64_t *out) {
  if ((size_t)(end - *pp) < n)
    return 0;
  uint64_t v = 0;
  memcpy(&v, *pp, n);
  if (is_signed && n < 8 && ((v >> (8 * n - 1)) & 1))
    v |= ~(uint64_t)0 << (8 * n);
  *pp += n;
  *out = v;
  return 1;
}

/* A pointer in encoding enc, as libgcc's read_encoded_value_with_base
 * reads it with a base of 0: only absolute and pc-relative applications
 * (the ones .eh_frame and LSDAs use here). A zero value stays zero. */
static int read_encoded(uint8_t enc, const uint8_t **pp, const uint8_t *end, uintptr_t *out) {
  const uint8_t *p = *pp;
  uintptr_t field = (uintptr_t)p;
  uint64_t v;
  if (enc == DW_EH_PE_omit) {
    *out = 0;
    return 1;
  }
  switch (enc & 0x0f) {
  case DW_EH_PE_absptr:
  case DW_EH_PE_udata8:
  case DW_EH_PE_sdata8:
    if (!read_fixed(&p, end, 8, 0, &v))
      return 0;
    break;
  case DW_EH_PE_udata4:
  case DW_EH_PE_sdata4:
  case DW_EH_PE_udata2:
  case DW_EH_PE_sdata2:
    if (!read_fixed(&p, end, (enc & 0x07) == DW_EH_PE_udata4 ? 4 : 2,
                    enc & 0x08, &v))
      return 0;
    break;
  case DW_EH_PE_uleb128:
    if (!read_uleb(&p, end, &v))
      return 0;
    break;
  case DW_EH_PE_sleb128: {
    int64_t s;
    if (!read_sleb(&p, end, &s))
      return 0;
    v = (uint64_t)s;
    break;
  }
  default:
    return 0;
  }
  switch (enc & 0x70) {
  case 0:
    break;
  case DW_EH_PE_pcrel:
    if (v != 0)
      v += field;
    break;
  default: /* textrel, datarel, funcrel, aligned: not written for x86-64 */
    return 0;
  }
  if ((enc & DW_EH_PE_indirect) && v != 0)
    memcpy(&v, (const void *)(uintptr_t)v, sizeof v);
  *pp = p;
  *out = (uintptr_t)v;
  return 1;
}

struct cie {
  const uint8_t *insns, *end;
  uint64_t code_align;
  int64_t data_align;
  uintptr_t personality;
  uint8_t fde_enc, lsda_enc, augmented;
};

/* The CIE at p; 0 for one this does not follow (a signal frame among
 * them: its IP is not after a call). */
static int parse_cie(const uint8_t *p, struct cie *c) {
  uint32_t len, id;
  memcpy(&len, p, 4);
  if (len == 0 || len == 0xffffffffu)
    return 0;
  const uint8_t *end = p + 4 + len;
  p += 4;
  memcpy(&id, p, 4);
  p += 4;
  if (id != 0)
    return 0;
  uint8_t version = *p++;
  if (version != 1 && version != 3)
    return 0;
  const char *aug = (const char *)p;
  size_t n = strnlen(aug, (size_t)(end - p));
  p += n + 1;
  if (p > end || (aug[0] != 'z' && aug[0] != 0))
    return 0;
  uint64_t ra_reg;
  if (!read_uleb(&p, end, &c->code_align) || !read_sleb(&p, end, &c->data_align))
    return 0;
  if (version == 1) {
    if (p >= end)
      return 0;
    ra_reg = *p++;
  } else if (!read_uleb(&p, end, &ra_reg)) {
    return 0;
  }
  if (ra_reg != REG_RA)
    return 0;
  c->fde_enc = DW_EH_PE_absptr;
  c->lsda_enc = DW_EH_PE_omit;
  c->personality = 0;
  c->augmented = aug[0] == 'z';
  if (c->augmented) {
    uint64_t alen;
    if (!read_uleb(&p, end, &alen) || alen > (uint64_t)(end - p))
      return 0;
    const uint8_t *aend = p + alen;
    for (const char *a = aug + 1; *a; a++) {
      switch (*a) {
      case 'R':
        if (p >= aend)
          return 0;
        c->fde_enc = *p++;
        break;
      case 'L':
        if (p >= aend)
          return 0;
        c->lsda_enc = *p++;
        break;
      case 'P': {
        if (p >= aend)
          return 0;
        uint8_t enc = *p++;
        if (!read_encoded(enc, &p, aend, &c->personality))
          return 0;
        break;
      }
      default: /* 'S' (a signal frame), and anything unknown */
        return 0;
      }
    }
    p = aend;
  }
  c->insns = p;
  c->end = end;
  return 1;
}

/*--- Running a CFA program ------------------------------------------------*/

/* A column's rule: saved at an offset from the CFA, unchanged, or one
 * this does not follow. */
#define RULE_BAD (INT32_MIN + 1)

struct rules {
  int64_t cfa_off;
  uint64_t cfa_reg; /* a DWARF register number; REG_RSP or REG_RBP to be followed */
  int cfa_bad;      /* a DWARF expression */
  uint64_t args_size;
  int32_t saved[__CDEFER_UW_COLUMNS];
};

static int column_of(uint64_t reg) {
  switch (reg) {
  case 3:
    return __CDEFER_UW_RBX;
  case 6:
    return __CDEFER_UW_RBP;
  case 12:
  case 13:
  case 14:
  case 15:
    return __CDEFER_UW_R12 + (int)(reg - 12);
  case 16:
    return __CDEFER_UW_RA;
  default:
    return -1;
  }
}

static void set_saved(struct rules *r, uint64_t reg, int64_t off) {
  int col = column_of(reg);
  if (col < 0)
    return;
  r->saved[col] = off >= INT32_MIN + 8 && off <= INT32_MAX ? (int32_t)off : RULE_BAD;
}

static void set_rule(struct rules *r, uint64_t reg, int32_t rule) {
  int col = column_of(reg);
  if (col >= 0)
    r->saved[col] = rule;
}

/* DW_CFA_restore: reg's rule back to the CIE's, in initial; 0 while
 * running the CIE itself (initial NULL). */
static int restore(struct rules *r, uint64_t reg, const struct rules *initial) {
  if (initial == NULL)
    return 0;
  int col = column_of(reg);
  if (col >= 0)
    r->saved[col] = initial->saved[col];
  return 1;
}

/* Runs the CFA instructions [p, end) on *r from location loc while the
 * location is below target (libgcc's condition: the rules in force at the
 * instruction before a return address). initial: the CIE's rules, for
 * DW_CFA_restore; NULL while running the CIE's own. Returns 0 on an
 * instruction this does not know. */
static int run_cfa(const uint8_t *p, const uint8_t *end, const struct cie *c, uintptr_t loc,
                   uintptr_t target, struct rules *r, const struct rules *initial) {
  struct rules remembered[8];
  unsigned depth = 0;
  while (p < end && loc < target) {
    uint8_t op = *p++;
    uint64_t reg, u, u2;
    int64_t s;
    switch (op >> 6) {
    case 1: /* DW_CFA_advance_loc */
      loc += (op & 0x3f) * c->code_align;
      continue;
    case 2: /* DW_CFA_offset */
      if (!read_uleb(&p, end, &u))
        return 0;
      set_saved(r, op & 0x3f, (int64_t)u * c->data_align);
      continue;
    case 3: /* DW_CFA_restore */
      if (!restore(r, op & 0x3f, initial))
        return 0;
      continue;
    }
    switch (op) {
    case 0x00: /* DW_CFA_nop */
      break;
    case 0x01: { /* DW_CFA_set_loc */
      uintptr_t v;
      if (!read_encoded(c->fde_enc, &p, end, &v))
        return 0;
      loc = v;
      break;
    }
    case 0x02: /* DW_CFA_advance_loc1 */
      if (p >= end)
        return 0;
      loc += *p++ * c->code_align;
      break;
    case 0x03: /* DW_CFA_advance_loc2 */
    case 0x04: /* DW_CFA_advance_loc4 */
      if (!read_fixed(&p, end, op == 0x03 ? 2 : 4, 0, &u))
        return 0;
      loc += u * c->code_align;
      break;
    case 0x05: /* DW_CFA_offset_extended */
      if (!read_uleb(&p, end, &reg) || !read_uleb(&p, end, &u))
        return 0;
      set_saved(r, reg, (int64_t)u * c->data_align);
      break;
    case 0x06: /* DW_CFA_restore_extended */
      if (!read_uleb(&p, end, &reg) || !restore(r, reg, initial))
        return 0;
      break;
    case 0x07: /* DW_CFA_undefined */
    case 0x09: /* DW_CFA_register */
      if (!read_uleb(&p, end, &reg) || (op == 0x09 && !read_uleb(&p, end, &u2)))
        return 0;
      set_rule(r, reg, RULE_BAD);
      break;
    case 0x08: /* DW_CFA_same_value */
      if (!read_uleb(&p, end, &reg))
        return 0;
      set_rule(r, reg, __CDEFER_UW_SAME);
      break;
    case 0x0a: /* DW_CFA_remember_state: the CFA rule too, as libgcc does */
      if (depth == sizeof remembered / sizeof remembered[0])
        return 0;
      remembered[depth++] = *r;
      break;
    case 0x0b: /* DW_CFA_restore_state */
      if (depth == 0)
        return 0;
      *r = remembered[--depth];
      break;
    case 0x0c: /* DW_CFA_def_cfa */
      if (!read_uleb(&p, end, &r->cfa_reg) || !read_uleb(&p, end, &u))
        return 0;
      r->cfa_off = (int64_t)u;
      r->cfa_bad = 0;
      break;
    case 0x0d: /* DW_CFA_def_cfa_register */
      if (!read_uleb(&p, end, &r->cfa_reg))
        return 0;
      break;
    case 0x0e: /* DW_CFA_def_cfa_offset */
      if (!read_uleb(&p, end, &u))
        return 0;
      r->cfa_off = (int64_t)u;
      break;
    case 0x0f: /* DW_CFA_def_cfa_expression */
      if (!read_uleb(&p, end, &u) || u > (uint64_t)(end - p))
        return 0;
      p += u;
      r->cfa_bad = 1;
      break;
    case 0x10: /* DW_CFA_expression */
    case 0x16: /* DW_CFA_val_expression */
      if (!read_uleb(&p, end, &reg) || !read_uleb(&p, end, &u) || u > (uint64_t)(end - p))
        return 0;
      p += u;
      set_rule(r, reg, RULE_BAD);
      break;
    case 0x11: /* DW_CFA_offset_extended_sf */
      if (!read_uleb(&p, end, &reg) || !read_sleb(&p, end, &s))
        return 0;
      set_saved(r, reg, s * c->data_align);
      break;
    case 0x12: /* DW_CFA_def_cfa_sf */
      if (!read_uleb(&p, end, &r->cfa_reg) || !read_sleb(&p, end, &s))
        return 0;
      r->cfa_off = s * c->data_align;
      r->cfa_bad = 0;
      break;
    case 0x13: /* DW_CFA_def_cfa_offset_sf */
      if (!read_sleb(&p, end, &s))
        return 0;
      r->cfa_off = s * c->data_align;
      break;
    case 0x14: /* DW_CFA_val_offset */
      if (!read_uleb(&p, end, &reg) || !read_uleb(&p, end, &u))
        return 0;
      set_rule(r, reg, RULE_BAD);
      break;
    case 0x15: /* DW_CFA_val_offset_sf */
      if (!read_uleb(&p, end, &reg) || !read_sleb(&p, end, &s))
        return 0;
      set_rule(r, reg, RULE_BAD);
      break;
    case 0x2e: /* DW_CFA_GNU_args_size */
      if (!read_uleb(&p, end, &r->args_size))
        return 0;
      break;
    case 0x2f: /* DW_CFA_GNU_negative_offset_extended */
      if (!read_uleb(&p, end, &reg) || !read_uleb(&p, end, &u))
        return 0;
      set_saved(r, reg, -(int64_t)u * c->data_align);
      break;
    default:
      return 0;
    }
  }
  return 1;
}

/*--- The LSDA's call-site table -------------------------------------------*/

/* The landing pad for the call before return address ip of the function
 * at start, as __gcc_personality_v0 finds it: 0 if none, (uintptr_t)-1 if
 * the table is in a form this does not read. */
static uintptr_t landing_pad(const uint8_t *lsda, uintptr_t start, uintptr_t ip) {
  /* No bounds are given for an LSDA: its own lengths are trusted, as the
   * personality trusts them. */
  const uint8_t *end = (const uint8_t *)UINTPTR_MAX;
  const uint8_t *p = lsda;
  uintptr_t lpstart = start, pc = ip - 1;
  uint8_t enc = *p++;
  if (enc != DW_EH_PE_omit && !read_encoded(enc, &p, end, &lpstart))
    return (uintptr_t)-1;
  uint8_t ttype_enc = *p++;
  uint64_t skip;
  if (ttype_enc != DW_EH_PE_omit && !read_uleb(&p, end, &skip))
    return (uintptr_t)-1;
  uint8_t cs_enc = *p++;
  uint64_t cs_len;
  if (!read_uleb(&p, end, &cs_len))
    return (uintptr_t)-1;
  const uint8_t *cs_end = p + cs_len;
  while (p < cs_end) {
    uintptr_t cs_start, cs_range, cs_lp;
    uint64_t action;
    if (!read_encoded(cs_enc, &p, cs_end, &cs_start) ||
        !read_encoded(cs_enc, &p, cs_end, &cs_range) ||
        !read_encoded(cs_enc, &p, cs_end, &cs_lp) || !read_uleb(&p, cs_end, &action))
      return (uintptr_t)-1;
    /* The table is sorted: past pc's place, no entry holds it. */
    if (pc < start + cs_start)
      return 0;
    if (pc < start + cs_start + cs_range)
      return cs_lp != 0 ? lpstart + cs_lp : 0;
  }
  return 0;
}

/*--- Making a rule --------------------------------------------------------*/

/* The rule of return address ip into *f (f->ok 0 for a frame left to
 * libgcc). */
static void make_rule(uintptr_t ip, struct __cdefer_uw_rule *f) {
  memset(f, 0, sizeof *f);
  f->ip = ip;
  uintptr_t start;
  const uint8_t *fde = __cdefer_fde_of(ip - 1, &start);
  if (fde == NULL)
    return;
  uint32_t len;
  int32_t cie_off;
  memcpy(&len, fde, 4);
  const uint8_t *end = fde + 4 + len, *p = fde + 4;
  memcpy(&cie_off, p, 4);
  struct cie c;
  if (!parse_cie(p - cie_off, &c))
    return;
  p += 4;
  uintptr_t pc_begin, pc_range, lsda = 0;
  if (!read_encoded(c.fde_enc, &p, end, &pc_begin) ||
      !read_encoded(c.fde_enc & 0x0f, &p, end, &pc_range) || pc_begin != start)
    return;
  if (c.augmented) {
    uint64_t alen;
    if (!read_uleb(&p, end, &alen) || alen > (uint64_t)(end - p))
      return;
    const uint8_t *aend = p + alen;
    if (c.lsda_enc != DW_EH_PE_omit && !read_encoded(c.lsda_enc, &p, aend, &lsda))
      return;
    p = aend;
  }
  struct rules initial = {.cfa_reg = REG_RSP}, r;
  for (int i = 0; i < __CDEFER_UW_COLUMNS; i++)
    initial.saved[i] = __CDEFER_UW_SAME;
  if (!run_cfa(c.insns, c.end, &c, 0, UINTPTR_MAX, &initial, NULL))
    return;
  r = initial;
  if (!run_cfa(p, end, &c, start, ip, &r, &initial))
    return;
  if (r.cfa_bad || (r.cfa_reg != REG_RSP && r.cfa_reg != REG_RBP) || r.cfa_off < INT32_MIN ||
      r.cfa_off > INT32_MAX || r.args_size > UINT32_MAX)
    return;
  for (int i = 0; i < __CDEFER_UW_COLUMNS; i++)
    if (r.saved[i] == RULE_BAD)
      return;
  if (r.saved[__CDEFER_UW_RA] == __CDEFER_UW_SAME)
    return;
  if (c.personality != 0) {
    if (c.personality != (uintptr_t)&__gcc_personality_v0)
      return;
    if (lsda != 0) {
      f->lp = landing_pad((const uint8_t *)lsda, start, ip);
      if (f->lp == (uintptr_t)-1)
        return;
    }
  }
  f->start = start;
  f->cfa_off = (int32_t)r.cfa_off;
  f->cfa_rbp = r.cfa_reg == REG_RBP;
  f->args_size = (uint32_t)r.args_size;
  memcpy(f->saved, r.saved, sizeof f->saved);
  f->ok = 1;
}

/*--- The cache ------------------------------------------------------------*/

#define CACHE_RULES 256

struct cache {
  unsigned long long subs; /* dlpi_subs when the rules were made */
  struct __cdefer_uw_rule rule[CACHE_RULES];
};

/* initial-exec, as panic.c's state: no __tls_get_addr per frame. */
static _Thread_local struct cache *tcache __attribute__((tls_model("initial-exec")));
static pthread_key_t cache_key;
static pthread_once_t cache_once = PTHREAD_ONCE_INIT;
static int cache_key_error;

static void free_cache(void *c) {
  free(c);
  tcache = NULL;
}

static void create_cache_key(void) {
  cache_key_error = pthread_key_create(&cache_key, free_cache);
}

static int read_subs(struct dl_phdr_info *info, size_t size, void *data) {
  if (size < offsetof(struct dl_phdr_info, dlpi_subs) + sizeof info->dlpi_subs)
    return -1;
  *(unsigned long long *)data = info->dlpi_subs;
  return 1;
}

/* Called by panic.c at the start of each panic (its comment is in
 * fast_unwind.h). Without a cache (no memory, no key) rules are made for
 * every frame, which is still faster than libgcc. */
CDEFER_HIDDEN int __cdefer_uw_begin(void) {
  unsigned long long subs = 0;
  if (dl_iterate_phdr(read_subs, &subs) != 1)
    return 0;
  if (tcache == NULL) {
    if (pthread_once(&cache_once, create_cache_key) != 0 || cache_key_error != 0)
      return 1;
    struct cache *c = calloc(1, sizeof *c);
    if (c == NULL)
      return 1;
    if (pthread_setspecific(cache_key, c) != 0) {
      free(c);
      return 1;
    }
    c->subs = subs;
    tcache = c;
  } else if (tcache->subs != subs) {
    memset(tcache->rule, 0, sizeof tcache->rule);
    tcache->subs = subs;
  }
  return 1;
}

CDEFER_HIDDEN int __cdefer_uw_rule_of(const struct __cdefer_uw_regs *r,
                                      struct __cdefer_uw_rule *out) {
  uintptr_t ip = r->ip;
  if (ip == 0)
    return 0;
  struct cache *c = tcache;
  if (c == NULL) {
    make_rule(ip, out);
    return out->ok;
  }
  struct __cdefer_uw_rule *slot = &c->rule[(ip ^ (ip >> 8) ^ (ip >> 16)) % CACHE_RULES];
  if (slot->ip != ip)
    make_rule(ip, slot);
  *out = *slot;
  return out->ok;
}

CDEFER_HIDDEN int __cdefer_uw_step(struct __cdefer_uw_regs *r, const struct __cdefer_uw_rule *f) {
  /* The CFA first: it may be this frame's %rbp, which the loop restores. */
  uintptr_t cfa = (f->cfa_rbp ? r->rbp : r->sp) + (uintptr_t)(intptr_t)f->cfa_off;
  uintptr_t *regs[] = {&r->rbx, &r->rbp, &r->r12, &r->r13, &r->r14, &r->r15};
  for (int i = 0; i < __CDEFER_UW_RA; i++)
    if (f->saved[i] != __CDEFER_UW_SAME)
      *regs[i] = *(const uintptr_t *)(cfa + (uintptr_t)(intptr_t)f->saved[i]);
  /* Always saved at an offset: make_rule gives no rule otherwise. */
  r->ip = *(const uintptr_t *)(cfa + (uintptr_t)(intptr_t)f->saved[__CDEFER_UW_RA]);
  r->sp = cfa;
  return r->ip != 0;
}

/* The two ends that C cannot write. Neither is ever stepped through: a
 * walk starts at capture's caller, and install does not return. */
__asm__(".text\n"
        ".p2align 4\n"
        ".globl __cdefer_uw_capture\n"
        ".hidden __cdefer_uw_capture\n"
        ".type __cdefer_uw_capture,@function\n"
        "__cdefer_uw_capture:\n"
        ".cfi_startproc\n"
        "  movq (%rsp), %rax\n"
        "  movq %rax, 0(%rdi)\n"
        "  leaq 8(%rsp), %rax\n"
        "  movq %rax, 8(%rdi)\n"
        "  movq %rbx, 16(%rdi)\n"
        "  movq %rbp, 24(%rdi)\n"
        "  movq %r12, 32(%rdi)\n"
        "  movq %r13, 40(%rdi)\n"
        "  movq %r14, 48(%rdi)\n"
        "  movq %r15, 56(%rdi)\n"
        "  ret\n"
        ".cfi_endproc\n"
        ".size __cdefer_uw_capture, .-__cdefer_uw_capture\n"
        ".p2align 4\n"
        ".globl __cdefer_uw_install\n"
        ".hidden __cdefer_uw_install\n"
        ".type __cdefer_uw_install,@function\n"
        "__cdefer_uw_install:\n"
        ".cfi_startproc\n"
        "  movq %rdx, %rax\n"
        "  movq %rsi, %rcx\n"
        "  movq 16(%rdi), %rbx\n"
        "  movq 24(%rdi), %rbp\n"
        "  movq 32(%rdi), %r12\n"
        "  movq 40(%rdi), %r13\n"
        "  movq 48(%rdi), %r14\n"
        "  movq 56(%rdi), %r15\n"
        "  movq 8(%rdi), %rsp\n"
        "  xorl %edx, %edx\n"
        "  jmpq *%rcx\n"
        ".cfi_endproc\n"
        ".size __cdefer_uw_install, .-__cdefer_uw_install\n");

_Static_assert(offsetof(struct __cdefer_uw_regs, sp) == 8 &&
                   offsetof(struct __cdefer_uw_regs, rbx) == 16 &&
                   offsetof(struct __cdefer_uw_regs, r15) == 56,
               "the assembly above reads these offsets");
#endif
