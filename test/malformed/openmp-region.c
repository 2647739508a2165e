// OpenMP (-fopenmp) regions are outlined by Clang too: a region inside a
// deferred block compiles; a `__defer` inside a region is an error, no crash.
// RUN: %cdefer_cc -fopenmp -c -o /dev/null -DREGION_IN_DEFER %s
// RUN: %cdefer_cc -fopenmp -O2 -c -o /dev/null -DREGION_IN_DEFER %s
// RUN: not %cdefer_cc -fopenmp -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not="Stack dump"

void f(int);

#ifdef REGION_IN_DEFER
void region_in_defer(int n) {
  int k = n;
  __defer {
    #pragma omp parallel for
    for (int i = 0; i < n; i++)
      f(i + k);
  }
  __defer f(0);
}
#else
void defer_in_region(int n) {
  #pragma omp parallel
  {
    __defer f(n);
    // CHECK: openmp-region.c:[[@LINE-1]]:5: error: {{.+}}
  }
}
#endif
