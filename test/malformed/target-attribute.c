// A function compiled for another target feature set: its deferred code uses
// the same intrinsics as its body, so it must be compiled with the same
// features.
// RUN: %cdefer_cc --target=x86_64-linux-gnu -c -o /dev/null %s
// RUN: %cdefer_cc --target=x86_64-linux-gnu -O2 -c -o /dev/null %s

#include <immintrin.h>

__attribute__((target("avx2"))) void block_form(int *p) {
  __defer {
    __m256i v = _mm256_loadu_si256((const __m256i *)p);
    _mm256_storeu_si256((__m256i *)p, _mm256_add_epi32(v, v));
  }
}

__attribute__((target("avx2"))) void call_form(int *p, __m256i v) {
  __defer _mm256_storeu_si256((__m256i *)p, v);
}
