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
 * How a `__defer` becomes code (runtime tier; see docs/design.md):
 *
 *   __defer S            ==>  for (; __cdefer_marker_requires_the_cdefer_plugin(); ) S
 *
 * The marker loop only exists so that S parses as a statement exactly where
 * the user wrote it (an `else` binds to the user's `if`, diagnostics point at
 * the user's lines). The plugin replaces every marker loop before code
 * generation: S is moved into a synthesised `static void fn(void *ctx)`, the
 * loop becomes a call to __cdefer_push with a context (the snapshot of a
 * call's callee and arguments, or pointers to the variables S names), and the
 * function gains a hidden `struct __cdefer_frame` whose cleanup,
 * __cdefer_frame_exit, runs on every exit after the return value is computed.
 * A marker that escapes lowering is a link error naming the plugin.
 *===----------------------------------------------------------------------===*/
#ifndef __CDEFER_ABI_H
#define __CDEFER_ABI_H 1

#define __CDEFER_ABI_VERSION 1

struct __cdefer_record;
struct __cdefer_thread;

/* One per call of a function that has a runtime-tier `__defer`: a hidden
 * local, zero-initialised at entry. The runtime owns the fields. */
struct __cdefer_frame {
  struct __cdefer_record *__mark;   /* chain head before this frame's first push */
  struct __cdefer_thread *__owner;  /* the pushing thread's state (saves a TLS look-up at exit) */
  __SIZE_TYPE__ __pending;          /* records pushed by this frame and not yet run */
};

/* A deferred statement, outlined by the plugin; ctx is the snapshot. */
typedef void (*__cdefer_fn_t)(void *__ctx);

/* Called where a runtime-tier `__defer` executes: copies size bytes of ctx
 * into a record and pushes it on this thread's chain, owned by frame. site is
 * a string literal "file:line:function" naming the `__defer`. */
extern void __cdefer_push(struct __cdefer_frame *__frame, __cdefer_fn_t __fn,
                          const void *__ctx, __SIZE_TYPE__ __size,
                          const char *__site);

/* Called at every exit of a frame that pushed: runs the frame's records,
 * newest first, then checks the chain is back where the frame found it. */
extern void __cdefer_return(struct __cdefer_frame *__frame);

/* The cleanup of the hidden frame variable: the common case (nothing was
 * pushed) costs one load and a branch, with no call. */
static __inline__ __attribute__((__always_inline__, __unused__)) void
__cdefer_frame_exit(struct __cdefer_frame *__frame) {
  if (__frame->__pending)
    __cdefer_return(__frame);
}

/* A local that has a cleanup of its own, declared in a function's outermost
 * block, is alive at every exit (SPEC 2.5), so deferred code must run before
 * that cleanup does. The plugin declares a hook variable pointing at the
 * frame right after such a local; the hook's cleanup runs first and drains
 * the frame, and the frame's own cleanup then finds nothing pending. */
static __inline__ __attribute__((__always_inline__, __unused__)) void
__cdefer_hook_exit(struct __cdefer_frame **__hook) {
  __cdefer_frame_exit(*__hook);
}

/* Never defined: the plugin removes every call. An undefined reference to it
 * at link time means a file was compiled without -fplugin=CDefer.so. */
extern int __cdefer_marker_requires_the_cdefer_plugin(void);

#define __defer for (; __cdefer_marker_requires_the_cdefer_plugin();)

#endif /* __CDEFER_ABI_H */
