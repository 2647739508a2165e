/*===- cdefer_abi.h - the internal ABI between the plugins and the runtime -===*
 *
 * INTERNAL. Everything here is spelled `__cdefer_` and may change with any
 * release; user code uses `__defer` (or `defer` via <cdefer.h>) and the
 * `cdefer_` functions of <cdefer.h>, never these names.
 *
 * The compiler plugins inject this file's text into every translation unit
 * (clang: as predefines; gcc: at the start of the unit), so that `__defer`
 * exists without any #include. <cdefer.h> includes it too, so that a file
 * preprocessed without the plugin (`clang -E`, `-save-temps`) still carries
 * the same declarations. The include guard keeps the two from colliding.
 *
 * How a `__defer` becomes code (docs/design.md has the whole story):
 *
 *   __defer S            ==>  for (; __cdefer_marker_requires_the_cdefer_plugin(); ) S
 *
 * The marker loop only exists so that S parses as a statement exactly where
 * the user wrote it (an `else` binds to the user's `if`, diagnostics point at
 * the user's lines). The plugin replaces every marker loop before code
 * generation: S is moved into a synthesised `static void fn(void *ctx)`,
 * where ctx is the snapshot (a call's callee and arguments, evaluated at the
 * `__defer`, or pointers to the variables S names). Then, per function, one
 * of three tiers (SPEC 3):
 *
 *  - open-coded: the function gets a hidden local holding a bit per `__defer`
 *    and the snapshots; its cleanup, synthesised per function, calls each fn
 *    whose bit is set, newest first. Nothing below is used.
 *  - frame-allocated: each `__defer` has a struct __cdefer_record and its
 *    snapshot among the function's hidden locals; __cdefer_push_frame links
 *    the record onto the function's struct __cdefer_frame.
 *  - pooled (a `__defer` that can run more than once per call): __cdefer_push
 *    copies the snapshot into a record from the thread's pool.
 *
 * The frame variable's cleanup, __cdefer_frame_exit, runs the frame's records
 * newest first on every exit, after the return value is computed. A marker
 * that escapes lowering is a link error naming the plugin.
 *===----------------------------------------------------------------------===*/
#ifndef __CDEFER_ABI_H
#define __CDEFER_ABI_H 1

#define __CDEFER_ABI_VERSION 2

struct __cdefer_thread;

/* A deferred statement, outlined by the plugin; ctx is the snapshot. */
typedef void (*__cdefer_fn_t)(void *__ctx);

/* One pending execution of a `__defer`. A frame-allocated record is a hidden
 * local of the function that defers, filled by __cdefer_push_frame; a pooled
 * record is the head of a bigger runtime-owned block (__pooled != 0). */
struct __cdefer_record {
  struct __cdefer_record *__next; /* the same frame's next older record */
  __cdefer_fn_t __fn;             /* the outlined deferred statement */
  void *__ctx;                    /* its snapshot, passed to __fn */
  const char *__site;             /* "file:line:function" of the `__defer` */
  __SIZE_TYPE__ __pooled;         /* 0: lives in the frame; else the runtime's */
};

/* One per call of a function with a runtime-tier `__defer`: a hidden local,
 * zero-initialised at entry. Every record the call registers, of either
 * runtime tier, is on __head's list, newest first: that list is the order
 * they run in. Pooled records are also on the thread's chain (see
 * runtime/src/defer.c); __mark, __owner and __pooled belong to that. */
struct __cdefer_frame {
  struct __cdefer_record *__head;  /* newest pending record of this call */
  void *__mark;                    /* thread chain head before the first pooled push */
  struct __cdefer_thread *__owner; /* the thread that made the first pooled push */
  __SIZE_TYPE__ __pooled;          /* pooled records on __head's list */
};

/* Called where a pooled `__defer` executes: copies size bytes of ctx into a
 * record from this thread's pool (or the heap, if it is too big) and puts it
 * first on frame's list. site is a string literal "file:line:function". */
extern void __cdefer_push(struct __cdefer_frame *__frame, __cdefer_fn_t __fn,
                          const void *__ctx, __SIZE_TYPE__ __size,
                          const char *__site);

/* Called by __cdefer_frame_exit when the frame's newest record is pooled, or
 * when its list is empty but __pooled is nonzero (corruption): runs the
 * frame's records, newest first, and checks the thread's chain is back where
 * the frame found it. */
extern void __cdefer_return(struct __cdefer_frame *__frame);

/* Where a frame-allocated `__defer` executes: links the function's own record
 * for that `__defer` (which runs at most once per call) onto the frame. No
 * call, no thread-local access, no copy: ctx is the function's hidden
 * snapshot, alive until the function returns. */
static __inline__ __attribute__((__always_inline__, __unused__)) void
__cdefer_push_frame(struct __cdefer_frame *__frame, struct __cdefer_record *__r,
                    __cdefer_fn_t __fn, void *__ctx, const char *__site) {
  __r->__fn = __fn;
  __r->__ctx = __ctx;
  __r->__site = __site;
  __r->__pooled = 0;
  __r->__next = __frame->__head;
  __frame->__head = __r;
}

/* The cleanup of the hidden frame variable. A frame that registered nothing
 * costs a load and a branch; frame-allocated records run here, newest first,
 * each unlinked before it runs; the first pooled record hands the rest to the
 * runtime, which also checks the thread's chain. */
static __inline__ __attribute__((__always_inline__, __unused__)) void
__cdefer_frame_exit(struct __cdefer_frame *__frame) {
  struct __cdefer_record *__r;
  while ((__r = __frame->__head) != 0) {
    if (__r->__pooled) {
      __cdefer_return(__frame);
      return;
    }
    __frame->__head = __r->__next;
    __r->__fn(__r->__ctx);
  }
  if (__frame->__pooled)
    __cdefer_return(__frame); /* reports the corrupted frame */
}

/* A local that has a cleanup of its own, declared in a function's outermost
 * block, is alive at every exit (SPEC 2.5), so deferred code must run before
 * that cleanup does. The plugin declares a hook variable pointing at the
 * frame right after such a local; the hook's cleanup runs first and drains
 * the frame, and the frame's own cleanup then finds nothing pending.
 * (Open-coded functions get a hook of their own, synthesised with them.) */
static __inline__ __attribute__((__always_inline__, __unused__)) void
__cdefer_hook_exit(struct __cdefer_frame **__hook) {
  __cdefer_frame_exit(*__hook);
}

/* Never defined: the plugin removes every call. An undefined reference to it
 * at link time means a file was compiled without -fplugin=CDefer.so. */
extern int __cdefer_marker_requires_the_cdefer_plugin(void);

#define __defer for (; __cdefer_marker_requires_the_cdefer_plugin();)

#endif /* __CDEFER_ABI_H */
