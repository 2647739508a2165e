/*===- panic.c - cdefer_panic and cdefer_recover (SPEC 4) -----------------===*
 *
 * Go's panic and recover for C, on top of the unwinder.
 *
 * Panic-ready frames. A function whose deferred code may have to run during
 * a panic registers a struct __cdefer_pframe (a hidden local, see
 * cdefer_abi.h) on its thread's registration stack at entry, and takes it
 * off at exit. The plugin registers every function with a `__defer` in a
 * translation unit that uses cdefer_panic or cdefer_recover, or with
 * -fplugin-arg-cdefer-panic=on; other functions pay nothing. The
 * registration holds the function's address (to recognise its frame when
 * unwinding), its frame (the open-coded hidden local, or the runtime's
 * struct __cdefer_frame), for open-coded frames a step function that hands
 * out the newest pending deferred statement, and a __builtin_setjmp resume
 * point: the function's `if (__builtin_setjmp(jb)) return rv;` right after
 * registering.
 *
 * cdefer_panic walks the stack from its caller outwards, innermost frame
 * first (walk). For a registered frame, it runs the frame's pending
 * deferred statements itself, newest first, each taken off the frame (bit
 * cleared, record unlinked) before it runs, so that each runs exactly once
 * however panics nest. If one of them recovers, it runs the frame's
 * remaining deferred statements (while the frame's VLAs are still intact)
 * and longjmps to the frame's resume point: the function returns normally
 * to its caller, with the value of the `return` statement it was
 * executing, or zero. Otherwise the walk goes on: a frame compiled with
 * -fexceptions also runs its exception cleanups (and so, if it is not
 * registered, its deferred statements, through the frame variable's
 * cleanup): the walk enters its landing pad, which ends in a call of
 * _Unwind_Resume that the plugin routes to __cdefer_unwind_resume, and the
 * walk goes on from there. When the walk reaches the end of the stack, the
 * panic was not recovered: the chain of panics is printed and the process
 * aborts.
 *
 * The walk steps frames by the rules fast_unwind.c reads from the unwind
 * tables and caches. A frame it has no rule for (fast_unwind.c says which)
 * is left to libgcc's unwinder: a forced unwind (_Unwind_ForcedUnwind)
 * with stop() as the stop function, which libgcc calls for each frame,
 * before that frame's own exception cleanups. stop() does the same work
 * for the frames libgcc has to step, and hands the frames after them back
 * to the walk.
 *
 * Frames that are neither registered nor compiled with -fexceptions are
 * unwound like a longjmp: their deferred statements (and cleanups) do not
 * run.
 *
 * Before the walk, cdefer_panic runs the registered frames that it can
 * prove lie one directly above the other, from its caller outwards, without
 * stepping (run_adjacent_frames): a registered function keeps a frame
 * pointer (it
 * hands __builtin_frame_address(0) to the runtime), so its frame record
 * holds its caller's frame pointer and its return address, and the next
 * registration is its caller's frame when both match: the same frame
 * pointer, and a return address inside the next registration's function
 * (function_of.c says how the function is found).
 * No frame then lies between the two for the walk to find; and a frame
 * registered with __cdefer_pframe_push_skip has nothing in its own landing
 * pad to run. A recovery longjmps to its frame as from the walk. At the
 * first frame that does not qualify (an unregistered frame in between, a
 * landing pad of its own, the end of the registrations), the walk starts
 * as above, from cdefer_panic. The frames already run stay registered
 * until then, so that the walk knows them again: it finds nothing left to
 * run and skips their landing pads.
 *
 * recover. cdefer_recover() stops the panic only when called directly by
 * the deferred statement the panic is running: for the call form `__defer
 * f(x)`, by f itself (or by f's own `__defer cdefer_recover();`); for a
 * deferred block, by the block's own code. See cdefer_recover below.
 *
 * Nesting. A panic started while another is running deferred code replaces
 * it once its unwind reaches the frame whose deferred code the older panic
 * was running: the older one is then aborted, as in Go. A panic started and
 * recovered entirely inside deferred code leaves the older one running. All
 * panic state is per thread.
 *===----------------------------------------------------------------------===*/
#define _POSIX_C_SOURCE 200809L /* flockfile */
#include "internal.h"
#include "fast_unwind.h"

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unwind.h>

/* "CDEF" "PNC\0": the exception class of our unwinds. */
#define PANIC_CLASS ((_Unwind_Exception_Class)0x434445465041e300ull)

/* One panic, newest first on its thread. */
struct panic {
  struct _Unwind_Exception exc; /* the unwinder's view of it */
  void *value;
  const char *file; /* where cdefer_panic was called, or NULL */
  int line;
  const char *func;
  void *caller;       /* the return address of cdefer_panic, when file is NULL */
  struct panic *link; /* the panic that was running when this one began */
  int recovered;      /* cdefer_recover returned its value */
  int aborted;        /* replaced by a newer panic */
  /* The frame pointer of the registered function whose deferred statements
   * it is running (0 when none), and the statement running now (fn NULL
   * between statements). */
  uintptr_t frame;
  __cdefer_fn_t running_fn;
  void *running_ctx;
  const char *running_site; /* its site string: says its form (site_form) */
  /* The fast unwinder (walk) gave up at the frame whose stack pointer this
   * is: libgcc steps it and the frames below it; 0 before that. */
  uintptr_t floor;
  int walking; /* __cdefer_uw_begin said yes */
};

/* A registration: where it is, and where its function's frame is on the
 * real stack. Only fp is ever compared with the unwinder's stack pointers:
 * a sanitizer may keep pf on a stack of its own, and a registration left by
 * a longjmp points into a dead frame, which is never read. */
struct reg {
  struct __cdefer_pframe *pf;
  uintptr_t fp;
  uintptr_t fn; /* pf->__fn, copied while pf is known to be alive */
  int skip;     /* registered by __cdefer_pframe_push_skip */
};

/* Each thread's registrations and panics. */
struct panic_thread {
  struct reg *regs; /* the registration stack */
  size_t depth, cap;
  struct panic *panic; /* the newest panic, or NULL */
};
/* initial-exec, as __cdefer_self (thread.c): no __tls_get_addr call on the
 * registration's path in the shared library. */
static _Thread_local struct panic_thread self __attribute__((tls_model("initial-exec")));

/* The registration stack is malloc'd on a thread's first registration and
 * freed when the thread ends, through this key's destructor. */
static pthread_key_t regs_key;
static pthread_once_t regs_once = PTHREAD_ONCE_INIT;
static int regs_key_error;

static void free_regs(void *value) {
  struct panic_thread *t = value;
  free(t->regs);
  t->regs = NULL;
  t->depth = t->cap = 0;
}

static void create_regs_key(void) {
  regs_key_error = pthread_key_create(&regs_key, free_regs);
}

static void (*value_printer)(FILE *, void *);

static void grow_regs(struct panic_thread *t);

/* Pushes pf, with fp, its function's frame address, on t's registration
 * stack, which has room for it. pf->__depth keeps the depth below it,
 * which __cdefer_pframe_pop restores; pf->__chain the thread's pooled
 * chain, under which nothing of the function's callees can be. */
static inline __attribute__((always_inline)) void store_reg(struct panic_thread *t,
                                                            struct __cdefer_pframe *pf,
                                                            void *fp, int skip) {
  pf->__depth = t->depth;
  pf->__chain = __cdefer_self.__head;
  t->regs[t->depth].pf = pf;
  t->regs[t->depth].fp = (uintptr_t)fp;
  t->regs[t->depth].fn = (uintptr_t)pf->__fn;
  t->regs[t->depth].skip = skip;
  t->depth++;
}

/* push_reg's way when the registration stack is full (or not there yet).
 * Out of line, so that the common case saves no registers for it. */
static __attribute__((cold, noinline)) void push_reg_slow(struct __cdefer_pframe *pf, void *fp,
                                                          int skip) {
  struct panic_thread *t = &self;
  grow_regs(t);
  store_reg(t, pf, fp, skip);
}

/* Called by a registered function at entry (the plugin's code, right after
 * its frame variable is set up), through the two entry points below. */
static inline __attribute__((always_inline)) void push_reg(struct __cdefer_pframe *pf, void *fp,
                                                           int skip) {
  struct panic_thread *t = &self;
  if (CDEFER_UNLIKELY(t->depth == t->cap)) {
    push_reg_slow(pf, fp, skip);
    return;
  }
  store_reg(t, pf, fp, skip);
}

/* Called by push_reg_slow: makes room for one more registration. */
static void grow_regs(struct panic_thread *t) {
  if (t->cap == 0) {
    int err = pthread_once(&regs_once, create_regs_key);
    if (err == 0)
      err = regs_key_error;
    if (err == 0)
      err = pthread_setspecific(regs_key, t);
    if (err != 0)
      __cdefer_fatal(NULL, "cannot register the thread's panic teardown: %s",
                     strerror(err));
  }
  size_t cap = t->cap ? 2 * t->cap : 64;
  struct reg *regs = realloc(t->regs, cap * sizeof *regs);
  if (regs == NULL)
    __cdefer_fatal(NULL, "out of memory: cannot register a panic-ready frame (%zu deep)",
                   t->depth);
  t->regs = regs;
  t->cap = cap;
}

CDEFER_API void __cdefer_pframe_push(struct __cdefer_pframe *pf, void *fp) {
  push_reg(pf, fp, 0);
}

/* The same, for a function whose landing pad, if any, holds only the
 * plugin's cleanups (cdefer_abi.h): a panic then skips its landing pad. */
CDEFER_API void __cdefer_pframe_push_skip(struct __cdefer_pframe *pf, void *fp) {
  push_reg(pf, fp, 1);
}

/* The cleanup of the registration, at every exit of a registered function,
 * after its deferred statements ran. Also drops any registration above pf
 * left by a callee that was left by longjmp. */
CDEFER_API void __cdefer_pframe_pop(struct __cdefer_pframe *pf) {
  self.depth = pf->__depth;
}

/* Called by a registered function right after a recovery longjmp'd to its
 * resume point (cdefer_abi.h says why it exists). */
CDEFER_API int __cdefer_resumed(void) { return 0; }

CDEFER_API void cdefer_set_panic_printer(void (*printer)(FILE *out, void *value)) {
  value_printer = printer;
}

static void print_value(void *value) {
  if (value_printer != NULL)
    value_printer(stderr, value);
  else
    fprintf(stderr, "%p", value);
}

static void print_origin(const struct panic *p) {
  if (p->file != NULL)
    fprintf(stderr, "cdefer: panic began at %s:%d in %s()\n", p->file, p->line,
            p->func ? p->func : "?");
  else
    fprintf(stderr, "cdefer: panic began in the caller of cdefer_panic (return address %p)\n",
            p->caller);
}

/* Go's printpanics (Go 1.25 and later): oldest first, each later one
 * indented under it. A panic raised again with the value of the panic just
 * before it (deferred code that recovered and re-panicked with what it got)
 * is printed once, as "[recovered, repanicked]"; a value raised again with
 * another panic in between is printed again. Values compare as Go compares
 * them here: bitwise, the pointers. */
static _Noreturn void unrecovered(struct panic *p) {
  struct panic *chain[64];
  int repanicked[64] = {0};
  size_t n = 0;
  for (struct panic *q = p; q != NULL && n < 64; q = q->link)
    chain[n++] = q;
  for (size_t i = 0; i + 1 < n; i++)
    if (chain[i]->value == chain[i + 1]->value)
      repanicked[i + 1] = 1;
  flockfile(stderr);
  int first = 1;
  for (size_t i = n; i-- > 0;) {
    if (i + 1 < n && repanicked[i + 1])
      continue; /* printed with the panic it raised again */
    fputs(first ? "panic: " : "\tpanic: ", stderr);
    first = 0;
    print_value(chain[i]->value);
    if (chain[i]->recovered && repanicked[i])
      fputs(" [recovered, repanicked]", stderr);
    else if (chain[i]->recovered)
      fputs(" [recovered]", stderr);
    fputc('\n', stderr);
  }
  print_origin(p);
  fputs("cdefer: the panic was not recovered; aborting\n", stderr);
  funlockfile(stderr);
  fflush(stderr);
  abort();
}

/* The byte the plugin puts after a site string's NUL (cdefer_abi.h): 'C'
 * for the call form, 'B' for a deferred block. */
static char site_form(const char *site) {
  return site != NULL ? site[strlen(site) + 1] : 0;
}

/* Takes the next pending deferred statement of a registered frame off it:
 * from its step function (open-coded) or its record list (runtime tiers).
 * *r is the record to release once the statement ran, or NULL. */
static int take_next(struct __cdefer_pframe *pf, struct __cdefer_next *next,
                     struct __cdefer_record **r) {
  *r = NULL;
  if (pf->__step)
    return pf->__step(pf->__frame, next);
  return __cdefer_frame_take(pf->__frame, next, r);
}

/* After a recovery, before the longjmp to the frame's resume point: runs
 * the frame's remaining deferred statements, as its normal exit would, but
 * while the frame is still intact. The resume point (a __builtin_setjmp at
 * the function's entry) restores the stack pointer of the entry, below
 * which the frame's VLAs and alloca() blocks then lie, free to be
 * overwritten by the next call; run here, the deferred code still sees
 * them. No panic is running for these statements (a recover in them
 * returns NULL, as on a normal exit); a panic they start unwinds through
 * here to the frame, which is still registered, and takes the statements
 * still pending. Called by run_frame only. */
static void finish_recovered_frame(struct __cdefer_pframe *pf) {
  struct __cdefer_next next;
  struct __cdefer_record *r;
  while (take_next(pf, &next, &r)) {
    next.__fn(next.__ctx);
    if (r != NULL)
      __cdefer_frame_release(r);
  }
}

/* Runs the pending deferred statements of a registered frame for panic p,
 * newest first, until none is left or one recovers. On entry: pf is the top
 * registration and its function's frame is live (the walk and stop() come
 * before the frame's own cleanups). Does not return if a statement
 * recovered. */
static void run_frame(struct panic *p, struct reg reg) {
  struct panic_thread *t = &self;
  struct __cdefer_pframe *pf = reg.pf;
  /* An older panic running this frame's (or a deeper frame's) deferred code
   * is replaced by this one from here on. */
  for (struct panic *q = p->link; q != NULL; q = q->link)
    if (q->frame != 0 && q->frame <= reg.fp)
      q->aborted = 1;
  p->frame = reg.fp;
  for (;;) {
    struct __cdefer_next next;
    struct __cdefer_record *r;
    if (!take_next(pf, &next, &r))
      break;
    p->running_fn = next.__fn;
    p->running_ctx = next.__ctx;
    p->running_site = next.__site;
    next.__fn(next.__ctx);
    p->running_fn = NULL;
    if (r != NULL)
      __cdefer_frame_release(r);
    if (p->recovered) {
      /* Done with p, and with every panic it aborted. */
      struct panic *q = p;
      while (q != NULL && (q == p || q->aborted)) {
        struct panic *older = q->link;
        free(q);
        q = older;
      }
      t->panic = q;
      t->depth = pf->__depth + 1; /* pf stays registered until it returns */
      /* Functions unwound below pf that ran no deferred code may have left
       * pooled records on the chain: tell, and drop them. */
      __cdefer_drop_unwound(pf->__chain, pf->__step ? NULL : pf->__frame);
      finish_recovered_frame(pf);
      __builtin_longjmp(pf->__jb, 1);
    }
  }
  p->frame = 0;
}

static _Noreturn void without_unwinder(struct panic *p);

/* What a panic does at the frame whose stack pointer is sp and whose
 * function starts at start, before the frame's own cleanups: registrations
 * below sp are dropped (their frames are unwound, or were left by
 * longjmp), and if the top one is the frame's, its deferred statements run
 * for p (a recovery longjmps) and it is taken off, since its cleanup will
 * not run. Returns 1 when that frame's landing pad then holds nothing left
 * to run (it registered with __cdefer_pframe_push_skip), and may be
 * skipped. Called by walk and stop(). */
static int run_registered_frame(struct panic *p, uintptr_t sp, uintptr_t start) {
  struct panic_thread *t = &self;
  while (t->depth != 0 && t->regs[t->depth - 1].fp < sp)
    t->depth--;
  if (t->depth == 0 || start == 0 || t->regs[t->depth - 1].fn != start)
    return 0;
  struct reg top = t->regs[t->depth - 1];
  run_frame(p, top);
  t->depth = top.pf->__depth;
  return top.skip;
}

#if CDEFER_FAST_UNWIND
/* The unwind, without libgcc (fast_unwind.c says why): steps the frames
 * from r outwards, innermost first, doing for each what stop() and the
 * frame's personality would: a registered frame's deferred statements run
 * (a recovery longjmps), and a frame's C landing pad is entered, with the
 * panic as its exception, unless the frame was registered with
 * __cdefer_pframe_push_skip. The landing pad ends in _Unwind_Resume, which
 * a unit compiled by the plugin for panics routes to
 * __cdefer_unwind_resume, and the walk goes on from there; libgcc's
 * _Unwind_Resume gets there too, through stop().
 *
 * Returns at the first frame it has no rule for (fast_unwind.h), with
 * p->floor its stack pointer: libgcc then unwinds from where the caller
 * is. The frames between, which the walk has been through, gave it nothing
 * to do but run registered frames' statements, and libgcc finds nothing
 * left there: their registrations are gone, so their landing pads, if
 * libgcc enters them, run the plugin's cleanups, with nothing pending.
 * Called by start_panic, __cdefer_unwind_resume and stop(). */
static void walk(struct panic *p, struct __cdefer_uw_regs *r) {
  struct __cdefer_uw_rule f;
  while (__cdefer_uw_rule_of(r, &f)) {
    int skip = run_registered_frame(p, r->sp, f.start);
    if (f.lp != 0 && !skip) {
      struct __cdefer_uw_regs at = *r;
      at.sp += f.args_size;
      __cdefer_uw_install(&at, f.lp, &p->exc);
    }
    if (!__cdefer_uw_step(r, &f))
      break;
  }
  p->floor = r->sp;
}
#endif

/* The unwinder calls this for every frame from where libgcc's unwind
 * started outwards, before the frame's own cleanups; arg is the panic. */
static _Unwind_Reason_Code stop(int version, _Unwind_Action actions,
                                _Unwind_Exception_Class exception_class,
                                struct _Unwind_Exception *exc, struct _Unwind_Context *context,
                                void *arg) {
  (void)version;
  (void)exception_class;
  (void)exc;
  struct panic *p = arg;
  /* The end of the stack, or a frame without unwind tables: the unwinder
   * goes no further. Registered frames above that still run (and may
   * recover) from the registrations. */
  if (actions & _UA_END_OF_STACK)
    without_unwinder(p);
  /* Libgcc reports the frame's stack pointer here: the frame's locals,
   * its registration among them, lie at or above it. Registrations below
   * it belong to frames already unwound, or left by longjmp. */
  uintptr_t sp = (uintptr_t)_Unwind_GetCFA(context);
#if CDEFER_FAST_UNWIND
  /* Above the frame the fast unwinder gave up at, it takes over again: from
   * this frame, whose registers libgcc knows. If it returns, it gave up at
   * this frame or a later one; libgcc goes on, and finds nothing to do
   * until there (walk says why). */
  if (p->walking && sp > p->floor) {
    struct __cdefer_uw_regs r = {
        .ip = _Unwind_GetIP(context),
        .sp = sp,
        .rbx = _Unwind_GetGR(context, 3),
        .rbp = _Unwind_GetGR(context, 6),
        .r12 = _Unwind_GetGR(context, 12),
        .r13 = _Unwind_GetGR(context, 13),
        .r14 = _Unwind_GetGR(context, 14),
        .r15 = _Unwind_GetGR(context, 15),
    };
    walk(p, &r);
  }
#endif
  uintptr_t start = (uintptr_t)_Unwind_GetRegionStart(context);
  /* Nothing is left for the frame's landing pad, when it holds only the
   * plugin's cleanups: moved to the function's first byte, the IP is in no
   * call-site range of its LSDA, and the C personality unwinds on, sparing
   * the landing pad and the _Unwind_Resume after it (a second start of the
   * unwinder, ~4k instructions). The unwinder steps to the caller with the
   * frame state of the real IP, taken before this call. */
  if (run_registered_frame(p, sp, start))
    _Unwind_SetIP(context, start);
  return _URC_NO_REASON;
}

#if defined(__x86_64__) && defined(__LP64__) /* not x32: 8-byte slots */
/* Where a function that keeps a frame pointer saved its caller's frame
 * pointer and its return address: at its frame pointer, in this order
 * (push %rbp; mov %rsp, %rbp). Every registered function keeps one, since
 * it takes __builtin_frame_address(0). */
struct frame_record {
  uintptr_t caller_fp;
  uintptr_t ra;
};

/* The fast path of a panic (the opening comment says why it exists): runs
 * the registered frames that lie one directly above the other from the
 * panic's origin outwards, innermost first, as the walk would, without
 * stepping. ra and caller_fp: the return address and the caller's frame
 * pointer of the runtime's entry point, cdefer_panic or __cdefer_panic_at.
 * Called by start_panic only, before the walk starts; does not return if
 * a frame recovered. Returns when the next frame does not qualify, leaving
 * the frames it ran registered (they have nothing left to run). */
static void run_adjacent_frames(struct panic *p, uintptr_t ra, uintptr_t caller_fp) {
  struct panic_thread *t = &self;
  uintptr_t here = (uintptr_t)__builtin_frame_address(0);
  size_t depth = t->depth;
  while (depth != 0 && t->regs[depth - 1].fp < here) /* left by longjmp */
    depth--;
  t->depth = depth;
  while (depth != 0) {
    struct reg next = t->regs[depth - 1];
    /* The caller must be next's frame (the same frame pointer, a return
     * address in next's function), and next's landing pad must hold only
     * the plugin's cleanups, which run_frame does the work of. */
    if (!next.skip || next.fp != caller_fp || __cdefer_function_of(ra) != next.fn)
      return;
    run_frame(p, next);
    const struct frame_record *record = (const struct frame_record *)next.fp;
    ra = record->ra;
    caller_fp = record->caller_fp;
    depth = next.pf->__depth;
  }
}
#define CALLER_FP() (*(const uintptr_t *)__builtin_frame_address(0))
#else
/* Elsewhere the frame record's layout (or, on AArch64, a signed return
 * address) is not known here: every panic takes the unwinder. */
static void run_adjacent_frames(struct panic *p, uintptr_t ra, uintptr_t caller_fp) {
  (void)p, (void)ra, (void)caller_fp;
}
#define CALLER_FP() ((uintptr_t)0)
#endif

static void panic_cleanup(_Unwind_Reason_Code reason, struct _Unwind_Exception *exc) {
  (void)reason;
  (void)exc;
}

/* When the unwinder cannot go on (the end of the stack, or a frame without
 * unwind tables), or cannot start: runs the remaining registered frames'
 * deferred statements from the registration stack, innermost first. A
 * recovery still longjmps to its frame; frames in between that are not
 * registered are skipped, as by longjmp. */
static _Noreturn void without_unwinder(struct panic *p) {
  struct panic_thread *t = &self;
  uintptr_t here = (uintptr_t)__builtin_frame_address(0);
  while (t->depth != 0) {
    struct reg top = t->regs[t->depth - 1];
    if (top.fp < here) { /* left by longjmp */
      t->depth--;
      continue;
    }
    run_frame(p, top);
    t->depth = top.pf->__depth;
  }
  unrecovered(p);
}

/* The unwind by libgcc, from the caller: from the start when the fast
 * unwinder cannot be used, or from where it gave up (walk). */
static __attribute__((noinline)) _Noreturn void with_libgcc(struct panic *p) {
  _Unwind_ForcedUnwind(&p->exc, stop, p);
  without_unwinder(p);
}

/* The rest of a panic from the frame of the function this is inlined into
 * (start_panic's callers, __cdefer_unwind_resume): the walk from there,
 * then libgcc from where it gave up, or from here when the walk cannot be
 * used on this system. */
static inline __attribute__((always_inline)) _Noreturn void unwind_on(struct panic *p) {
#if CDEFER_FAST_UNWIND
  if (p->walking) {
    struct __cdefer_uw_regs r;
    __cdefer_uw_capture(&r);
    walk(p, &r);
  }
#endif
  with_libgcc(p);
}

/* Called by the entry points with the return address and the frame
 * pointer of their caller (run_adjacent_frames says why). Inlined into
 * them: the unwinder starts from its caller, and every frame of the
 * runtime it has to step costs as much as a user's. */
static inline __attribute__((always_inline)) _Noreturn void start_panic(struct panic *p, uintptr_t ra, uintptr_t caller_fp) {
  struct panic_thread *t = &self;
  p->link = t->panic;
  t->panic = p;
  run_adjacent_frames(p, ra, caller_fp);
  memset(&p->exc, 0, sizeof p->exc);
  p->exc.exception_class = PANIC_CLASS;
  p->exc.exception_cleanup = panic_cleanup;
  /* What _Unwind_ForcedUnwind would store: a landing pad that walk entered
   * ends in an _Unwind_Resume, and libgcc's goes on with stop(). */
  p->exc.private_1 = (_Unwind_Word)(uintptr_t)stop;
  p->exc.private_2 = (_Unwind_Word)(uintptr_t)p;
#if CDEFER_FAST_UNWIND
  p->walking = __cdefer_uw_begin();
#endif
  unwind_on(p);
}

/* Called by the plugin's code instead of _Unwind_Resume, at the end of a
 * landing pad (the plugin has each unit it compiles for panics say
 * `.set _Unwind_Resume, __cdefer_unwind_resume`): during a panic, the walk
 * goes on from the landing pad's frame, without starting libgcc's unwinder
 * again; any other exception goes on to libgcc's _Unwind_Resume, from this
 * frame, which it steps like any other. */
CDEFER_API _Noreturn void __cdefer_unwind_resume(struct _Unwind_Exception *exc) {
  if (exc->exception_class == PANIC_CLASS && ((struct panic *)exc)->walking)
    unwind_on((struct panic *)exc);
  _Unwind_Resume(exc);
  __builtin_unreachable(); /* not declared noreturn by every unwind.h */
}

static struct panic *new_panic(void *value) {
  struct panic *p = calloc(1, sizeof *p);
  if (p == NULL)
    __cdefer_fatal(NULL, "out of memory: cannot start a panic");
  p->value = value;
  return p;
}

CDEFER_API _Noreturn void __cdefer_panic_at(void *value, const char *file, int line,
                                            const char *func) {
  struct panic *p = new_panic(value);
  p->file = file;
  p->line = line;
  p->func = func;
  start_panic(p, (uintptr_t)__builtin_return_address(0), CALLER_FP());
}

/* The function behind the cdefer_panic macro, for callers that bypass it
 * ((cdefer_panic)(v), or a pointer to it). */
#undef cdefer_panic
CDEFER_API _Noreturn void cdefer_panic(void *value) {
  struct panic *p = new_panic(value);
  p->caller = __builtin_return_address(0);
  start_panic(p, (uintptr_t)p->caller, CALLER_FP());
}

/* The panic a recover may stop: the thread's newest, when it is running a
 * deferred statement and nobody has recovered it yet. */
static struct panic *recoverable(void) {
  struct panic *p = self.panic;
  if (p == NULL || p->recovered || p->aborted || p->running_fn == NULL)
    return NULL;
  return p;
}

/* The running statement's form is needed only by a recover: found from its
 * site string then, not for every statement a panic runs. */
static int running_block(const struct panic *p) { return site_form(p->running_site) == 'B'; }

/* For the call form, the function the running statement calls: a panic-ready
 * call form's context begins with its callee. NULL for a block. */
static const void *running_callee(const struct panic *p) {
  if (running_block(p) || p->running_ctx == NULL)
    return NULL;
  return *(const void *const *)p->running_ctx;
}

static void *take(struct panic *p) {
  p->recovered = 1;
  return p->value;
}

/* True if code is a PLT entry that jumps to function fn. A non-PIE
 * executable's address of a shared library's function is its canonical PLT
 * entry, so a deferred call of such a function has the PLT entry for its
 * callee, where the function that recovers is fn itself
 * (panic/recover-in-shared-library-function.test). An x86-64 PLT entry
 * (.plt, .plt.sec, .plt.got) starts with an indirect jump through its GOT
 * slot, after an endbr64 and a bnd prefix where IBT or MPX asked for them;
 * by the time fn recovers, the call through the entry has bound the slot. */
static int plt_entry_for(const void *code, uintptr_t fn) {
#if defined(__x86_64__) && defined(__LP64__)
  const unsigned char *p = code;
  if (memcmp(p, "\xf3\x0f\x1e\xfa", 4) == 0) /* endbr64 */
    p += 4;
  if (p[0] == 0xf2) /* bnd */
    p++;
  if (p[0] != 0xff || p[1] != 0x25) /* jmp *disp32(%rip) */
    return 0;
  int32_t disp;
  memcpy(&disp, p + 2, sizeof disp);
  uintptr_t target;
  memcpy(&target, p + 6 + disp, sizeof target);
  return target == fn;
#else
  (void)code, (void)fn;
  return 0;
#endif
}

/* Go's rule: recover stops the panic when the function that calls it is
 * the deferred function the panic is running. Three cases, by who calls:
 *
 *  - a deferred block's own code: the plugin rewrote the call to
 *    __cdefer_recover_block, which names the block (its outlined function
 *    and context);
 *  - `__defer cdefer_recover();` in function f: rewritten to
 *    __cdefer_recover_deferred(f), which recovers when the panic is running
 *    a call of f (f's deferred calls count as f's own, as in Go's
 *    `defer recover()`);
 *  - any other call (this function): recovers when the panic is running a
 *    call-form statement and its caller is the function that statement
 *    calls. The caller is found from the return address; the plugin keeps
 *    functions that call cdefer_recover out of line and free of tail calls
 *    so that it is there to find.
 *
 * Everything else (a helper of the deferred code, deferred code that a
 * normal return runs, a second call) gets NULL. */
CDEFER_API __attribute__((noinline)) void *cdefer_recover(void) {
  struct panic *p = recoverable();
  const void *callee = p != NULL ? running_callee(p) : NULL;
  if (callee == NULL)
    return NULL;
  uintptr_t caller = __cdefer_function_of((uintptr_t)__builtin_return_address(0));
  if (caller == 0 || (caller != (uintptr_t)callee && !plt_entry_for(callee, caller)))
    return NULL;
  return take(p);
}

CDEFER_API void *__cdefer_recover_block(const void *stmt, void *ctx) {
  struct panic *p = recoverable();
  if (p == NULL || (const void *)p->running_fn != stmt || !running_block(p) ||
      p->running_ctx != ctx)
    return NULL;
  return take(p);
}

CDEFER_API void *__cdefer_recover_deferred(const void *fn) {
  struct panic *p = recoverable();
  if (p == NULL || running_callee(p) != fn)
    return NULL;
  return take(p);
}

CDEFER_API int cdefer_panicking(void) {
  for (struct panic *p = self.panic; p != NULL; p = p->link)
    if (!p->recovered && !p->aborted)
      return 1;
  return 0;
}
