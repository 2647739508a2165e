// A batched site's window (cdefer_abi.h) publishes its record's count at
// every run ("eager") where the record may be read while the function is
// still running: in a panic-ready function, whose runs a panic takes at any
// call (__cdefer_frame_take), and in one with a cleanup hook, whose hook
// runs the records before the windows' own cleanups would publish. A run in
// place is then the snapshot's store, the pointer's bump, and the bumped
// pointer's store into the record. (Elsewhere the bump is all:
// loop-batch.c.)
// RUN: %cdefer_cc -fplugin-arg-cdefer-Wno-loop -fplugin-arg-cdefer-panic=on -O2 -S -emit-llvm -o - %s | FileCheck --check-prefix=PANIC %s
// RUN: %cdefer_cc -fplugin-arg-cdefer-Wno-loop -O2 -S -emit-llvm -o - %s | FileCheck --check-prefix=HOOK %s

void sink(int);
void unlock(int *);

// Panic-ready: the snapshot is the callee, then the int (16 bytes).
// PANIC-LABEL: define {{.*}} void @loop(
// PANIC:         store i32 %{{[0-9]+}}, ptr %{{[0-9]+}}, align 1{{$}}
// PANIC-NEXT:    [[NEXT:%[0-9]+]] = getelementptr inbounds nuw i8, ptr %{{[0-9]+}}, i64 16
// PANIC-NEXT:    store ptr [[NEXT]], ptr %{{[0-9]+}}
// PANIC-NEXT:    br label
// PANIC:         {{^}}}
void loop(int n) {
  for (int i = 0; i < n; i++)
    __defer sink(i);
}

// HOOK-LABEL: define {{.*}} void @hooked(
// HOOK:         store i32 %{{[0-9]+}}, ptr [[AT:%[0-9]+]], align 1{{$}}
// HOOK-NEXT:    [[NEXT:%[0-9]+]] = getelementptr inbounds nuw i8, ptr [[AT]], i64 4
// HOOK-NEXT:    store ptr [[NEXT]], ptr %{{[0-9]+}}
// HOOK-NEXT:    br label
// HOOK:         {{^}}}
void hooked(int n) {
  int guard __attribute__((cleanup(unlock))) = 0;
  for (int i = 0; i < n; i++)
    __defer sink(i);
}
