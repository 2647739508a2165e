"""What pending deferred calls cost in memory (issue #7). Run by bench.py
(bench/run.sh); see bench/README.md.

 1. Stack. The runtime benchmark's cases (bench/c/) compiled at -O2 with
    -fstack-usage in every implementation: case_fn's frame in bytes, over
    the hand-written one's. Open-coded and frame-allocated records live
    there.
 2. Heap. pending.c registers N pooled `__defer`s in one frame (and, for
    the floor, the same calls by hand in a malloc'd array); at the peak,
    with all N pending, it reads the heap in use (mallinfo2). Go's
    cdefermem does the same with Go's defer (heap-allocated in a loop) and
    reads runtime.MemStats. Bytes per pending call: (heap at N - heap at 0)
    / N. Peak RSS (wait4's ru_maxrss) of the same runs, N and 0.
 3. Pool per thread. A new thread makes one call with P pooled defers:
    what its pool keeps once they ran (chunks stay for the thread's life),
    over a thread that makes none; and that joining it gives it all back.
"""

import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.path.dirname(HERE)
sys.path.insert(0, BENCH)
from benchlib import (BenchError, fmt, log, measure, md_table,  # noqa: E402
                      run, text_table)

CC = "clang-22"
GO = "/usr/lib/go-1.19/bin/go"
C_CASES = os.path.join(BENCH, "c")
STACK_CASES = [("one_exit", 1), ("four_defers", 4), ("snapshot", 1),
               ("closure", 1)]
STACK_IMPLS = [
    # key, label, flags (the plugin's are added for cdefer)
    ("hand", "hand-written", ["-DIMPL_HAND"]),
    ("open", "cdefer tier=open", ["-DIMPL_CDEFER",
                                  "-fplugin-arg-cdefer-tier=open"]),
    ("frame", "cdefer tier=frame", ["-DIMPL_CDEFER",
                                    "-fplugin-arg-cdefer-tier=frame"]),
    ("pool", "cdefer tier=pool", ["-DIMPL_CDEFER",
                                  "-fplugin-arg-cdefer-tier=pool"]),
    ("cleanup", "`__attribute__((cleanup))`", ["-DIMPL_CLEANUP"]),
    ("deferts", "`_Defer` (-fdefer-ts)", ["-DIMPL_DEFERTS", "-fdefer-ts"]),
]


class Options:
    def __init__(self, plugin, runtime_lib, include_dir, work, go_env=None,
                 quick=False):
        self.plugin, self.runtime_lib = plugin, runtime_lib
        self.include_dir, self.work = include_dir, work
        self.go_env = go_env  # None: no Go
        self.quick = quick
        self.n = 1000 if quick else 1000000
        self.threads = [0, 1, 100] if quick else [0, 1, 100, 1000, 100000]


def parse_kv(text):
    return {k: int(v) for k, v in re.findall(r"(\w+)=(-?\d+)", text)}


# --- stack ------------------------------------------------------------------

def stack(opts):
    """{(case, impl): bytes of case_fn's frame}."""
    work = os.path.join(opts.work, "stack")
    os.makedirs(work, exist_ok=True)
    res = {}
    for case, _ in STACK_CASES:
        src = os.path.join(C_CASES, "case_%s.c" % case)
        for key, _, flags in STACK_IMPLS:
            obj = os.path.join(work, "%s-%s.o" % (case, key))
            cmd = [CC, "-O2", "-I", C_CASES, "-fstack-usage", "-c", src,
                   "-o", obj] + flags
            if "-DIMPL_CDEFER" in flags:
                cmd += ["-fplugin=" + opts.plugin]
            r = run(cmd)
            if r.returncode != 0:
                raise BenchError("%s does not compile:\n$ %s\n%s" % (
                    obj, " ".join(cmd), r.stderr))
            su = obj[:-2] + ".su"
            with open(su) as f:
                m = re.search(r":case_fn\t(\d+)\t", f.read())
            if not m:
                raise BenchError("no case_fn in " + su)
            res[(case, key)] = int(m.group(1))
    return res


# --- heap, RSS, pool --------------------------------------------------------

def build(opts):
    work = os.path.join(opts.work, "bin")
    os.makedirs(work, exist_ok=True)
    src = os.path.join(HERE, "pending.c")
    bins = {"cdefer": os.path.join(work, "pending"),
            "hand": os.path.join(work, "pending-hand")}
    common = [CC, "-O2", "-Wall", "-Wextra", src, "-pthread"]
    # panic=off: pending.c includes <cdefer.h> (for the counters), which
    # would make it panic-ready, and a panic-ready function's snapshots also
    # hold the callee (16 bytes here, not 8: half the batch). Measure the
    # lowering of code that does not use panics.
    r = run(common + ["-fplugin=" + opts.plugin, "-fplugin-arg-cdefer-Wno-loop",
                      "-fplugin-arg-cdefer-panic=off",
                      "-fplugin-arg-cdefer-Rtier", "-I", opts.include_dir,
                      opts.runtime_lib, "-o", bins["cdefer"]])
    if r.returncode != 0:
        raise BenchError("pending.c does not build:\n" + r.stderr)
    m = re.search(r"remark: '__defer' uses a pooled record[^\n]*", r.stderr)
    if not m:
        raise BenchError("pending.c: its __defer is not pooled:\n" + r.stderr)
    batch = re.search(r"first (\d+) runs per call are batched", m.group(0))
    r2 = run(common + ["-DNO_CDEFER", "-o", bins["hand"]])
    if r2.returncode != 0:
        raise BenchError("pending.c -DNO_CDEFER does not build:\n" + r2.stderr)
    if opts.go_env is not None:
        bins["go"] = os.path.join(work, "cdefermem")
        r3 = run([GO, "build", "-gcflags=-d=defer", "-o", bins["go"], "."],
                 env=opts.go_env, cwd=os.path.join(HERE, "go"), timeout=600)
        if r3.returncode != 0:
            raise BenchError("go build of bench/memory/go failed:\n" +
                             r3.stdout + r3.stderr)
        kinds = re.findall(r"(\S+) defer$", r3.stderr, re.M)
        if kinds != ["heap-allocated"]:
            raise BenchError("bench/memory/go: expected one heap-allocated "
                             "defer, -d=defer says %s" % kinds)
    return bins, (int(batch.group(1)) if batch else 0), m.group(0)


def go_cmd(bins, n):
    return [bins["go"], "defer", str(n)]


def one(cmd, env=None):
    u = measure(cmd, env=env)
    if u.status != 0:
        raise BenchError("$ %s: exit %d\n%s%s" % (" ".join(cmd), u.status,
                                                   u.stdout, u.stderr))
    kv = parse_kv(u.stdout)
    kv["maxrss_kb"] = u.maxrss_kb
    return kv


def heap(opts, bins):
    """{impl: {n: measurements}} for n in 0 and opts.n."""
    res = {}
    for impl in ("cdefer", "hand", "go"):
        if impl not in bins:
            continue
        res[impl] = {}
        for n in (0, opts.n):
            if impl == "go":
                res[impl][n] = one(go_cmd(bins, n), env=opts.go_env)
            else:
                mode = "defer" if impl == "cdefer" else "hand"
                res[impl][n] = one([bins[impl], mode, str(n)])
    return res


def pool(opts, bins):
    """{P: (pool bytes kept, heap left after the join)}."""
    res = {}
    for p in opts.threads:
        kv = one([bins["cdefer"], "thread", str(p)])
        if kv.get("pending_after") != 0:
            raise BenchError("thread %d: records still pending: %s" % (p, kv))
        res[p] = (kv["pool_kept"], kv["heap_left_after_join"])
    return res


# --- report -----------------------------------------------------------------

def run_part(opts):
    os.makedirs(opts.work, exist_ok=True)
    log("memory: stack frames, then %d pending defers in one frame" % opts.n)
    st = stack(opts)
    bins, batch, remark = build(opts)
    sizes = parse_kv(run([bins["cdefer"], "sizes"]).stdout)
    hp = heap(opts, bins)
    pl = pool(opts, bins)
    res = {"n": opts.n, "batch": batch, "remark": remark, "sizes": sizes,
           "stack": {"%s/%s" % k: v for k, v in st.items()},
           "heap": {impl: {str(n): kv for n, kv in d.items()}
                    for impl, d in hp.items()},
           "pool": {str(p): v for p, v in pl.items()}}
    res["per_pending"] = per_pending(res)
    return res, text(res), markdown(res)


def per_pending(res):
    """{impl: (heap bytes, allocations, RSS KiB delta) per pending call}."""
    out = {}
    n = res["n"]
    for impl, d in res["heap"].items():
        hi, lo = d[str(n)], d["0"]
        if impl == "go":
            b = (hi["alloc_delta"] - lo["alloc_delta"]) / n
            allocs = (hi["mallocs_delta"] - lo["mallocs_delta"]) / n
        else:
            b = (hi["heap_delta"] - lo["heap_delta"]) / n
            allocs = (hi["allocs"] - lo["allocs"]) / n
        out[impl] = {"bytes": b, "allocs": allocs,
                     "rss_n_mb": hi["maxrss_kb"] / 1024,
                     "rss_0_mb": lo["maxrss_kb"] / 1024,
                     "rss_delta_mb": (hi["maxrss_kb"] - lo["maxrss_kb"]) / 1024,
                     "rss_per_call": (hi["maxrss_kb"] - lo["maxrss_kb"]) *
                     1024 / n}
    return out


HEAP_LABELS = {"cdefer": "cdefer, pooled (`__defer` in a loop)",
               "hand": "hand-written (an array of the arguments)",
               "go": "Go 1.19 `defer` in a loop (heap-allocated)"}
HEAP_HEADER = ["implementation", "heap bytes per pending call",
               "allocations per call", "peak RSS MiB, N pending",
               "peak RSS MiB, none", "RSS growth MiB", "RSS bytes per call"]
STACK_HEADER = ["case (`__defer`s)", "implementation", "case_fn frame bytes",
                "over hand", "over hand per `__defer`"]
POOL_HEADER = ["P (most pending)", "pool kept bytes", "bytes per pending",
               "heap left after join"]


def heap_rows(res):
    rows = []
    for impl in ("hand", "cdefer", "go"):
        p = res["per_pending"].get(impl)
        if not p:
            continue
        rows.append([HEAP_LABELS[impl], fmt(p["bytes"], ".1f"),
                     fmt(p["allocs"], ".4f"),
                     fmt(p["rss_n_mb"], ".1f"), fmt(p["rss_0_mb"], ".1f"),
                     fmt(p["rss_delta_mb"], ".1f"),
                     fmt(p["rss_per_call"], ".1f")])
    return rows


def stack_rows(res):
    rows = []
    for case, defers in STACK_CASES:
        hand = res["stack"]["%s/hand" % case]
        for key, label, _ in STACK_IMPLS:
            b = res["stack"]["%s/%s" % (case, key)]
            rows.append(["%s (%d)" % (case, defers), label, str(b),
                         "%+d" % (b - hand), "%+.0f" % ((b - hand) / defers)])
    return rows


def pool_rows(res):
    base = res["pool"]["0"]
    rows = []
    for p, (kept, left) in res["pool"].items():
        if p == "0":
            continue
        extra = kept - base[0]
        rows.append([p, str(extra),
                     fmt(extra / int(p), ".1f"), str(left - base[1])])
    return rows


def sizes_sentence(res):
    s = res["sizes"]
    return ("Record sizes (LP64, `cdefer_abi.h`): a frame-allocated record "
            "`struct __cdefer_record` %d bytes, plus the function's `struct "
            "__cdefer_frame` %d; a pool record %d bytes (a %d-byte header, "
            "%d bytes of context); a batch header %d; a thread's state "
            "`struct __cdefer_thread` %d bytes of static TLS." % (
                s["record"], s["frame"], s["record_bytes"], s["pool_record"],
                s["inline_bytes"], s["batch"], s["thread"]))


def text(res):
    return "\n".join([
        "memory, %d pending calls in one frame:" % res["n"],
        text_table(HEAP_HEADER, heap_rows(res)), "",
        "stack (-fstack-usage, -O2):",
        text_table(STACK_HEADER, stack_rows(res), right={2, 3, 4}), "",
        "pool per thread (a thread's one call with P pending):",
        text_table(POOL_HEADER, pool_rows(res)), "",
        sizes_sentence(res), "plugin: " + res["remark"]])


def markdown(res):
    out = ["**Pending deferred calls in memory.** %d calls registered in "
           "one frame, all pending at once (`bench/memory/pending.c`, "
           "`bench/memory/go/`): heap in use at that point over the same "
           "program with none (glibc `mallinfo2`, one arena; Go: "
           "`runtime.MemStats.TotalAlloc` and `Mallocs`), and the processes' "
           "peak RSS (GNU time's maximum resident set size). Compiled with "
           "`-fplugin-arg-cdefer-panic=off` (not panic-ready). The first %d "
           "runs of a pooled `__defer` in a call go into a batch in the frame "
           "(the plugin's remark: \"%s\"); the rest go into the runtime's "
           "batch chunks, 4 KiB blocks of a few hundred snapshots each." % (
               res["n"], res["batch"], res["remark"].split("remark: ", 1)[-1]),
           ""]
    out += md_table(HEAP_HEADER, heap_rows(res))
    out += ["", sizes_sentence(res), "",
            "**Stack.** The runtime cases' `case_fn` at -O2 "
            "(`-fstack-usage`): open-coded and frame-allocated records live "
            "in the frame.", ""]
    out += md_table(STACK_HEADER, stack_rows(res), right={2, 3, 4})
    out += ["", "**Pool per thread.** A new thread makes one call with P "
            "pooled `__defer`s pending at once, which all run; what its pool "
            "keeps afterwards (the spare batch chunks, at most 16 of 4 KiB, "
            "and any pool records' chunks, stay until the thread ends) over "
            "a thread that makes none, and what is left of it once the "
            "thread is joined.", ""]
    out += md_table(POOL_HEADER, pool_rows(res))
    return "\n".join(out)
