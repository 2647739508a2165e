// A deferred block that names a function variable where the capture rewrite
// cannot reach it — the size of a variable-length array type, or the body
// of a block literal — is an error at the use, not a silent read of some
// other storage. (After a first error the plugin lowers no more functions,
// so each case is compiled on its own.)
// RUN: %cdefer_cc -fblocks -fsyntax-only -Xclang -verify -DVLA_TYPE %s
// RUN: %cdefer_cc -fblocks -fsyntax-only -Xclang -verify -DBLOCK_LITERAL %s
// RUN: %cdefer_cc -fblocks -fsyntax-only -Xclang -verify=direct %s
// RUN: not %cdefer_cc -fblocks -fno-caret-diagnostics -c -o /dev/null -DVLA_TYPE %s 2>&1 \
// RUN:   | FileCheck %s --check-prefix=VLA --implicit-check-not="Stack dump"
// RUN: not %cdefer_cc -fblocks -fno-caret-diagnostics -c -o /dev/null -DBLOCK_LITERAL %s 2>&1 \
// RUN:   | FileCheck %s --check-prefix=BLOCK --implicit-check-not="Stack dump"
// UNSUPPORTED: cdefer-gcc
// (Block literals are a Clang extension; the GCC plugin open-codes or
// outlines without that limitation.)
// direct-no-diagnostics

void use(const void *);
void call(void (^)(void));

#ifdef VLA_TYPE
void vla_type(int k) {
  __defer {
    int (*p)[k] = 0; // expected-error {{deferred statement uses 'k' inside a variably modified type or a block literal, where it cannot be captured; pass its value in a deferred call instead}}
    use(p);
  }
  // VLA: uncapturable-use.c:[[@LINE-3]]:14: error: deferred statement uses 'k' inside a variably modified type or a block literal
}
#endif

#ifdef BLOCK_LITERAL
void block_literal(void) {
  int outer = 2;
  __defer {
    call(^{ use(&outer); }); // expected-error {{deferred statement uses 'outer' inside a variably modified type or a block literal, where it cannot be captured; pass its value in a deferred call instead}}
  }
  // BLOCK: uncapturable-use.c:[[@LINE-2]]:18: error: deferred statement uses 'outer'
}
#endif

// The same names used directly in a deferred block are captured: fine.
void direct(int k) {
  int outer = 2;
  __defer { use(&outer); use(&k); }
}
