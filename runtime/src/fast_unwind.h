/*===- fast_unwind.h - stepping frames without libgcc (x86-64) ------------===*
 *
 * Not installed. What panic.c needs to walk the stack itself: a frame's
 * registers, how to leave a frame (its rule, from its FDE, cached), and how
 * to enter a landing pad. fast_unwind.c's opening comment says why it
 * exists and what it leaves to libgcc.
 *===----------------------------------------------------------------------===*/
#ifndef CDEFER_FAST_UNWIND_H
#define CDEFER_FAST_UNWIND_H

#include "internal.h"

#include <stdint.h>

#if defined(__x86_64__) && defined(__LP64__) && defined(__linux__)
#define CDEFER_FAST_UNWIND 1
#else
#define CDEFER_FAST_UNWIND 0
#endif

/* A frame as the unwinder sees it: the address its callee returns to, its
 * stack pointer after that return, and the callee-saved registers as they
 * hold in it. Field offsets are known to the assembly in fast_unwind.c. */
struct __cdefer_uw_regs {
  uintptr_t ip, sp, rbx, rbp, r12, r13, r14, r15;
};

/* The rule of one return address: the columns tracked, in this order. */
enum { __CDEFER_UW_RBX, __CDEFER_UW_RBP, __CDEFER_UW_R12, __CDEFER_UW_R13,
       __CDEFER_UW_R14, __CDEFER_UW_R15, __CDEFER_UW_RA, __CDEFER_UW_COLUMNS };

/* How to leave the frame a return address lies in, and what to run there:
 * the caller's stack pointer is the CFA, (sp or rbp) + cfa_off; each saved
 * column is at the CFA + saved[i], or unchanged (__CDEFER_UW_SAME). */
#define __CDEFER_UW_SAME INT32_MIN
struct __cdefer_uw_rule {
  uintptr_t ip;    /* the return address this is the rule of */
  uintptr_t start; /* the first byte of its function (its FDE's) */
  uintptr_t lp;    /* its C landing pad, 0 if none */
  int32_t cfa_off;
  uint32_t args_size; /* DW_CFA_GNU_args_size: popped on entering lp */
  int32_t saved[__CDEFER_UW_COLUMNS];
  uint8_t cfa_rbp; /* the CFA is rbp + cfa_off, not sp + cfa_off */
  uint8_t ok;      /* 0: a frame left to libgcc */
};

/* Called by panic.c once per panic before any rule_of: forgets the cached
 * rules if a shared object was unloaded since they were found. Returns 0
 * when the fast unwinder cannot be used here at all. */
CDEFER_HIDDEN int __cdefer_uw_begin(void);

/* The rule of the frame r describes, into *out: 0 when the frame is one
 * libgcc has to step (no FDE this reads, a signal frame, a personality
 * other than C's, a CFA or register rule other than an offset). */
CDEFER_HIDDEN int __cdefer_uw_rule_of(const struct __cdefer_uw_regs *r, struct __cdefer_uw_rule *out);

/* Turns *r into its caller's frame by rule f. Returns 0 at the end of the
 * stack (no return address). */
CDEFER_HIDDEN int __cdefer_uw_step(struct __cdefer_uw_regs *r, const struct __cdefer_uw_rule *f);

/* Fills *r with the frame of its caller at the return address of this
 * call. Assembly. */
CDEFER_HIDDEN void __cdefer_uw_capture(struct __cdefer_uw_regs *r);

/* Enters landing pad lp of frame r, as libgcc's _Unwind_Resume would:
 * the callee-saved registers and stack pointer of r, %rax the exception,
 * %rdx the selector 0 (a cleanup). Assembly. */
CDEFER_HIDDEN _Noreturn void __cdefer_uw_install(const struct __cdefer_uw_regs *r, uintptr_t lp, void *exc);

#endif
