#!/usr/bin/env python3
"""What a `__defer` costs, in three parts (--parts):

 - runtime (this file): cdefer's tiers against hand-written cleanup,
   __attribute__((cleanup)), Clang's _Defer (-fdefer-ts) and Go's defer; and
   what panics cost: a panic-ready frame on its normal path, and a panic +
   recover across 1, 10 and 100 frames against Go's;
 - compile (compile/compiletime.py): compile time, compiler memory and code
   size, with and without the plugin;
 - memory (memory/memory.py): pending records on the stack and the heap,
   the pool per thread, the peak RSS of 1 000 000 pending defers.
Then plot.py draws them all into bench.png.

Run through bench/run.sh; `bench/run.sh --help` lists the options. The
runtime part's steps:

 1. Build every case (c/case_*.c) in every implementation that applies, with
    clang-22 -O2: the hand-written floor, cdefer forced to tier=open, =frame
    and =pool (checked against the plugin's Rtier remarks: a variant whose
    remarks do not name the forced tier for every __defer stops the run),
    the cleanup attribute and _Defer. Some cases also have cdefer variants
    compiled panic-ready (-fplugin-arg-cdefer-panic=on), and the panic cases
    (c/case_panic.c) are panic-ready throughout: the optimised IR of every
    cdefer variant is checked for calls of __cdefer_pframe_push (the
    registration a panic-ready function makes at entry) in exactly the
    functions that should make it; anything else stops the run.
 2. Check that all implementations of a case, Go's included, leave the same
    sink state after the same calls (same deferred calls, same order, same
    snapshots); a difference stops the run.
 3. Time each binary `runs` times, interleaved round-robin in shuffled order
    so a noisy neighbour hits all variants alike: median and minimum ns per
    call of the case's function.
 4. Count instructions per call with callgrind, collecting only inside
    case_fn (its callees included: the sinks, the runtime): runs of N and 2N
    calls, (Ir(2N) - Ir(N)) / N, so one-time costs (first pool allocation,
    thread setup) cancel out. Deterministic, unlike the times.
 5. Go: `go test -bench` over go/, with the kind of each defer read from
    -gcflags=-d=defer.
 6. Print the tables, save them (with results.json and bench.png) in the
    output directory and, with --docs, write each part's tables into
    docs/performance.md between its markers, and the chart next to it.

Only the Python standard library is used.
"""

import argparse
import datetime
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, BENCH_DIR)
sys.path.insert(0, os.path.join(BENCH_DIR, "compile"))
sys.path.insert(0, os.path.join(BENCH_DIR, "memory"))
import benchlib  # noqa: E402
import compiletime  # noqa: E402
import memory  # noqa: E402
import plot  # noqa: E402
from benchlib import BenchError, log, run  # noqa: E402
REPO_DIR = os.path.dirname(BENCH_DIR)
C_DIR = os.path.join(BENCH_DIR, "c")
GO_DIR = os.path.join(BENCH_DIR, "go")
DOCS_FILE = os.path.join(REPO_DIR, "docs", "performance.md")
BEGIN_MARK, END_MARK = benchlib.markers("runtime")
PARTS = ["runtime", "compile", "memory"]
DOCS_PNG = "performance.png"  # the chart, next to the docs file

CC = "clang-22"
GO = "/usr/lib/go-1.19/bin/go"
CFLAGS = ["-O2", "-std=gnu17", "-Wall", "-Wextra", "-I", C_DIR]


class Case:
    def __init__(self, name, title, src, sites, per_call, impls, cflags=(),
                 cg_n=2000, depth=None, chain=None):
        self.name = name          # also the Go benchmark's and tag's name
        self.title = title
        self.src = src            # file in c/
        self.sites = sites        # __defer statements in the file
        self.per_call = per_call  # deferred calls run per call of case_fn
        self.impls = impls        # C implementations that apply
        self.cflags = list(cflags)
        self.cg_n = cg_n          # calls in the smaller callgrind run
        # Panic cases: frames between the recovering case_fn and the panic,
        # and how those frames take part: "unwind-only" (a deferred block
        # that cannot panic or recover), "registers" (a deferred call of a
        # function of another unit) or "none" (no deferred code).
        self.depth = depth
        self.chain = chain
        # Go's case of the same shape (Go has one way to defer there).
        self.go_name = name.replace("panicreg_", "panic_")
        self.nodefer = chain == "none"
        self.panic = depth is not None


ALL_C = ["hand", "open", "frame", "pool", "cleanup", "deferts"]
PANIC_DEPTHS = [1, 10, 100]
# A loop __defer is always pooled; no block-scoped construct can run a loop's
# defers at the exit. Forcing tier=pool turns off the frame batch that the
# default (auto) lowering gives a loop's first runs per call: both are rows.
LOOP_C = ["hand", "pool", "auto"]

CASES = [
    Case("one_exit", "one `__defer`, one exit", "case_one_exit.c", 1, 1,
         ALL_C + ["open-panic", "open-unwind", "pool-panic"]),
    Case("three_exits", "one `__defer`, three exits (each taken in turn)",
         "case_three_exits.c", 1, 1, ALL_C, cg_n=2001),
    Case("four_defers", "four `__defer`s of a call with arguments",
         "case_four_defers.c", 4, 4, ALL_C + ["open-panic", "open-unwind"]),
    Case("loop8", "a `__defer` in a loop of 8 iterations", "case_loop.c",
         1, 8, LOOP_C, ["-DLOOP_N=8"], cg_n=500),
    Case("loop1024", "a `__defer` in a loop of 1024 iterations",
         "case_loop.c", 1, 1024, LOOP_C, ["-DLOOP_N=1024"], cg_n=20),
    Case("snapshot", "call form: `__defer sink2(a, b); a++; b++;` runs "
         "with the old values", "case_snapshot.c", 1, 1, ALL_C),
    Case("closure", "block form: `__defer { sink2(a, b); } a++; b++;` "
         "runs with the new values", "case_closure.c", 1, 1, ALL_C),
]
# Panic + recover (c/case_panic.c): case_fn recovers, the chain below it is
# `depth` frames deep, each with one deferred block (panic_d*) or none
# (unwind_d*). The callgrind N shrinks with the depth: a panic through 100
# frames is a few hundred thousand instructions.
for _d in PANIC_DEPTHS:
    CASES.append(Case(
        "panic_d%d" % _d, "panic + recover through %d frame(s), each with "
        "one `__defer` (unwind-only)" % _d, "case_panic.c", 2, _d + 1,
        ["panic"], ["-DPANIC_DEPTH=%d" % _d],
        cg_n=max(20, 2000 // (10 * _d)), depth=_d, chain="unwind-only"))
    CASES.append(Case(
        "panicreg_d%d" % _d, "panic + recover through %d frame(s), each "
        "with one `__defer` (registers)" % _d, "case_panic.c", 2, _d + 1,
        ["panic"], ["-DPANIC_DEPTH=%d" % _d, "-DPANIC_CHAIN_REGISTERS"],
        cg_n=max(20, 2000 // (10 * _d)), depth=_d, chain="registers"))
    CASES.append(Case(
        "unwind_d%d" % _d, "panic + recover through %d frame(s) without "
        "deferred code" % _d, "case_panic.c", 1, 1, ["panic"],
        ["-DPANIC_DEPTH=%d" % _d, "-DPANIC_NODEFER"],
        cg_n=max(20, 2000 // (10 * _d)), depth=_d, chain="none"))
del _d

PANIC_ON = ["-fplugin-arg-cdefer-panic=on"]
# The sinks declared in a system header: the plugin then knows the deferred
# calls can neither panic nor recover, and the function takes part in panics
# unwind-only, without registering (docs/semantics.md section 14).
SINK_SYSTEM = ["-DBENCH_SINK_SYSTEM_HEADER"]
# key -> (label, IMPL_ macro, extra flags, forced cdefer tier or None)
IMPLS = {
    "hand": ("hand-written", "IMPL_HAND", [], None),
    "open": ("cdefer tier=open", "IMPL_CDEFER", [], "open"),
    "open-panic": ("cdefer tier=open, panic-ready", "IMPL_CDEFER", PANIC_ON,
                   "open"),
    "open-unwind": ("cdefer tier=open, takes part unwind-only",
                    "IMPL_CDEFER", PANIC_ON + SINK_SYSTEM, "open"),
    "frame": ("cdefer tier=frame", "IMPL_CDEFER", [], "frame"),
    "pool": ("cdefer tier=pool", "IMPL_CDEFER", [], "pool"),
    "auto": ("cdefer default tier (pool + frame batch)", "IMPL_CDEFER", [],
             "auto"),
    "pool-panic": ("cdefer tier=pool, panic-ready", "IMPL_CDEFER", PANIC_ON,
                   "pool"),
    "cleanup": ("`__attribute__((cleanup))`", "IMPL_CLEANUP", [], None),
    "deferts": ("`_Defer` (-fdefer-ts)", "IMPL_DEFERTS", ["-fdefer-ts"], None),
    "panic": ("cdefer, panic-ready, tier=open", "IMPL_CDEFER", PANIC_ON,
              "open"),
}
ROW_ORDER = ["hand", "open", "open-panic", "open-unwind", "frame", "pool", "pool-panic",
             "auto", "cleanup", "deferts", "go-hand", "go-defer"]
# A panic-ready variant and the normal build it is compared with.
PANIC_TWINS = [("open-panic", "open"), ("open-unwind", "open"),
               ("pool-panic", "pool")]
# "// bench:<tag>" comments in go/ that stand for more than one case.
GO_TAG_CASES = {
    "loop": ["loop8", "loop1024"],
    "panic_top": ["panic_d%d" % d for d in PANIC_DEPTHS]
                 + ["unwind_d%d" % d for d in PANIC_DEPTHS],
    "panic_chain": ["panic_d%d" % d for d in PANIC_DEPTHS],
}


# --- the plugin: its tier arguments and remarks ----------------------------

# "file.c:12:3: remark: '__defer' is open-coded ..." The tier is the first
# of these words in the message: the reason that follows may name another
# ("... needs a pooled record").
REMARK_RE = re.compile(r"^(?P<file>[^:\n]+):(?P<line>\d+):\d+: remark: "
                       r"(?P<msg>.*__defer.*)$", re.M)
TIER_WORDS = [("open", re.compile(r"open[- ]coded|\bopen\b")),
              ("frame", re.compile(r"frame")),
              ("pool", re.compile(r"pool"))]


def remark_tiers(stderr, src):
    """[(line, tier or None, message)] for the Rtier remarks about src."""
    out = []
    for m in REMARK_RE.finditer(stderr):
        if os.path.basename(m.group("file")) != os.path.basename(src):
            continue
        msg = m.group("msg")
        found = [(r.search(msg).start(), t) for t, r in TIER_WORDS
                 if r.search(msg)]
        out.append((int(m.group("line")), min(found)[1] if found else None,
                    msg))
    return out


def probe_tier_support(plugin, work):
    """None if tier=/Rtier work, else why not."""
    src = os.path.join(work, "probe.c")
    with open(src, "w") as f:
        f.write("void g(void);\nvoid f(void) { __defer g(); }\n")
    r = run([CC, "-fplugin=" + plugin, "-fplugin-arg-cdefer-tier=auto",
             "-fplugin-arg-cdefer-Rtier", "-c", src, "-o", os.devnull])
    if r.returncode != 0:
        first = r.stderr.strip().splitlines()
        return ("the plugin rejects -fplugin-arg-cdefer-tier=auto/-Rtier: "
                + (first[0] if first else "exit %d" % r.returncode))
    if not remark_tiers(r.stderr, src):
        return "the plugin accepts tier=/Rtier but printed no tier remark"
    return None


def source_info(build):
    """(source dir, revision string) of the tree the build dir was made from."""
    src = None
    try:
        with open(os.path.join(build, "CMakeCache.txt")) as f:
            for line in f:
                if line.startswith("CMAKE_HOME_DIRECTORY:"):
                    src = line.split("=", 1)[1].strip()
    except OSError:
        pass
    if not src:
        return None, "unknown (no CMakeCache.txt)"
    r = run(["git", "-C", src, "log", "-1", "--format=%h (%cs)"])
    if r.returncode != 0:
        return src, "unknown (%s is not a git checkout)" % src
    dirty = run(["git", "-C", src, "status", "--porcelain", "--",
                 "plugin", "runtime"]).stdout.strip()
    rev = r.stdout.strip()
    if dirty:
        rev += " + uncommitted changes to plugin/ or runtime/"
    return src, rev


# --- building ---------------------------------------------------------------

def build_c(args, plugin, runtime_lib, include_dir, work, tiers_live):
    """Compile every variant. Returns ({(case, impl): binary}, {case: tier
    that tier=auto picks}, warnings)."""
    bindir = os.path.join(work, "bin")
    os.makedirs(bindir, exist_ok=True)
    sink_o = os.path.join(work, "sink.o")
    r = run([CC] + CFLAGS + ["-c", os.path.join(C_DIR, "sink.c"),
                             "-o", sink_o])
    if r.returncode != 0:
        raise BenchError("sink.c does not compile:\n" + r.stderr)

    bins, auto, warnings = {}, {}, []
    for case in args.cases:
        src = os.path.join(C_DIR, case.src)
        for impl in case.impls:
            label, macro, extra, tier = IMPLS[impl]
            flags = CFLAGS + case.cflags + ["-D" + macro] + extra
            if case.panic:
                flags += ["-I", include_dir]  # <cdefer.h>
            if macro == "IMPL_CDEFER":
                flags += ["-fplugin=" + plugin,
                          "-fplugin-arg-cdefer-Wno-loop"]
                if tiers_live:
                    flags += ["-fplugin-arg-cdefer-tier=" + tier,
                              "-fplugin-arg-cdefer-Rtier"]
                elif tier != "pool":
                    continue  # cannot be built without tier forcing
            out = os.path.join(bindir, "%s-%s" % (case.name, impl))
            # valgrind 3.19 cannot read the DWARF 5 that clang 22 (and the
            # RelWithDebInfo runtime) emit; symbols are all callgrind needs.
            r = run([CC] + flags + [src, sink_o, runtime_lib, "-pthread",
                                    "-Wl,--strip-debug", "-o", out])
            if r.returncode != 0:
                raise BenchError("%s / %s does not build:\n$ %s\n%s" % (
                    case.name, impl, " ".join([CC] + flags + [src]),
                    r.stderr))
            if macro == "IMPL_CDEFER" and tiers_live:
                check_tiers(case, tier, remark_tiers(r.stderr, src), r.stderr)
            if macro == "IMPL_CDEFER":
                check_panic_ready(case, impl, flags, src)
            noise = [l for l in r.stderr.splitlines()
                     if "warning:" in l]
            warnings += ["%s / %s: %s" % (case.name, impl, l) for l in noise]
            bins[(case.name, impl)] = out
        if tiers_live and "pool" in case.impls:
            # What the default choice is, for the legend (not timed).
            r = run([CC] + CFLAGS + case.cflags + [
                "-DIMPL_CDEFER", "-fplugin=" + plugin,
                "-fplugin-arg-cdefer-Wno-loop", "-fplugin-arg-cdefer-tier=auto",
                "-fplugin-arg-cdefer-Rtier", "-c", src, "-o", os.devnull])
            got = sorted({t or "?" for _, t, _ in remark_tiers(r.stderr, src)})
            auto[case.name] = "+".join(got) if got else "?"
    return bins, auto, warnings


def check_tiers(case, forced, remarks, stderr):
    """Stops the run unless every __defer of the case got the forced tier
    (tier=auto: the one the plugin picks for the case's loops, pool)."""
    want = "pool" if forced == "auto" else forced
    bad = [(l, t, m) for l, t, m in remarks if t != want]
    if len(remarks) == case.sites and not bad:
        return
    raise BenchError(
        "%s: forced tier=%s did not apply: expected %d Rtier remark(s) all "
        "naming '%s', got %d%s\n--- compiler output ---\n%s" % (
            case.name, forced, case.sites, want, len(remarks),
            "".join("\n  line %d: %s -> %s" % (l, m, t) for l, t, m in bad),
            stderr))


# What a panic-ready function does at entry (cdefer_abi.h): register its
# struct __cdefer_pframe with the runtime.
PFRAME_PUSH = "__cdefer_pframe_push"
IR_DEFINE_RE = re.compile(r'^define [^\n]*?@"?([\w.$]+)"?\(.*?^}$',
                          re.M | re.S)


def panic_expectations(case, impl):
    """{function: whether it must be panic-ready} for a cdefer variant."""
    if case.panic:
        # An unwind-only chain's deferred code (a sink_state update) cannot
        # panic or recover: it takes part through its exception cleanup.
        return {"case_fn": True, "chain": case.chain == "registers"}
    flags = IMPLS[impl][2]
    return {"case_fn": PANIC_ON[0] in flags and SINK_SYSTEM[0] not in flags}


def check_panic_ready(case, impl, flags, src):
    """Stops the run unless the optimised IR registers (calls
    __cdefer_pframe_push) in exactly the functions that must be panic-ready:
    a panic-ready row that is not would measure nothing, and a normal row
    that is would not be the baseline it claims to be."""
    cmd = [CC] + flags + ["-S", "-emit-llvm", src, "-o", "-"]
    r = run(cmd)
    if r.returncode != 0:
        raise BenchError("%s / %s: emitting IR failed:\n$ %s\n%s" % (
            case.name, impl, " ".join(cmd), r.stderr))
    bodies = {m.group(1): m.group(0) for m in IR_DEFINE_RE.finditer(r.stdout)}
    for fn, want in panic_expectations(case, impl).items():
        if fn not in bodies:
            raise BenchError("%s / %s: no definition of %s in the IR of %s "
                             "(inlined?):\n$ %s" % (case.name, impl, fn, src,
                                                     " ".join(cmd)))
        got = re.search(r"@%s(_skip)?\(" % PFRAME_PUSH, bodies[fn]) is not None
        if got != want:
            raise BenchError(
                "%s / %s: %s is %spanic-ready (%s %s) but this variant must "
                "%sbe; is -fplugin-arg-cdefer-panic=on supported by this "
                "plugin?\n$ %s\n--- IR of %s ---\n%s" % (
                    case.name, impl, fn, "" if got else "NOT ",
                    "calls" if got else "does not call", PFRAME_PUSH,
                    "" if want else "not ", " ".join(cmd), fn, bodies[fn]))


# --- running ----------------------------------------------------------------

def check_sums(args, bins, go_checks):
    """Every implementation of a case must leave the same sink state."""
    for case in args.cases:
        got = {}
        for impl in case.impls:
            if (case.name, impl) not in bins:
                continue
            r = run([bins[(case.name, impl)], "count", str(args.check_n)])
            m = re.search(r"check=([0-9a-f]+)", r.stdout)
            if r.returncode != 0 or not m:
                raise BenchError("%s / %s: 'count %d' failed (exit %d): %s" % (
                    case.name, impl, args.check_n, r.returncode,
                    r.stdout + r.stderr))
            got[impl] = m.group(1)
        for impl in ("hand", "defer"):
            if (case.go_name, impl) in go_checks:
                got["go-" + impl] = go_checks[(case.go_name, impl)]
        if len(set(got.values())) > 1:
            raise BenchError(
                "%s: implementations disagree on the deferred calls after %d "
                "calls (sink state): %s" % (case.name, args.check_n, got))


def time_c(args, bins):
    """{(case, impl): [ns per call, ...]}, runs interleaved round-robin."""
    samples = {k: [] for k in bins}
    keys = sorted(bins)
    rng = random.Random(1)
    for i in range(args.runs):
        rng.shuffle(keys)
        log("  timing round %d/%d" % (i + 1, args.runs))
        for k in keys:
            r = run([bins[k], "time", str(args.target_ms)], timeout=120)
            m = re.search(r"ns_per_call=([0-9.]+)", r.stdout)
            if r.returncode != 0 or not m:
                raise BenchError("%s / %s: 'time' failed: %s" % (
                    k[0], k[1], r.stdout + r.stderr))
            samples[k].append(float(m.group(1)))
    return samples


def callgrind_ir(binary, n, work):
    out = os.path.join(work, "callgrind.out")
    r = run(["valgrind", "--tool=callgrind", "--toggle-collect=case_fn",
             "--callgrind-out-file=" + out, binary, "count", str(n)],
            timeout=600)
    if r.returncode != 0:
        raise BenchError("callgrind failed on %s:\n%s" % (binary, r.stderr))
    with open(out) as f:
        for line in f:
            if line.startswith(("summary:", "totals:")):
                return int(line.split()[1])
    raise BenchError("no totals in callgrind output of " + binary)


def callgrind_c(args, bins, work):
    """{(case, impl): instructions per call of case_fn}. three_exits's N is
    a multiple of 3, so calls N..2N-1 take each exit equally often."""
    res = {}
    cases = {c.name: c for c in args.cases}
    for k in sorted(bins):
        if args.quick:  # one short run: does it work at all
            res[k] = callgrind_ir(bins[k], 3, work) / 3
            continue
        n = cases[k[0]].cg_n
        i1 = callgrind_ir(bins[k], n, work)
        i2 = callgrind_ir(bins[k], 2 * n, work)
        res[k] = (i2 - i1) / n
    return res


def go_env(work):
    env = dict(os.environ)
    env.update(GOCACHE=os.path.join(work, "go-cache"),
               GOPATH=os.path.join(work, "go-path"), GOPROXY="off",
               GOFLAGS="-mod=mod", GO111MODULE="on", CGO_ENABLED="0",
               GOTOOLCHAIN="local")
    return env


def go_kinds(env):
    """{case: kind of its Go defers}, from -gcflags=-d=defer."""
    r = run([GO, "test", "-c", "-o", os.devnull, "-gcflags=-d=defer", "."],
            env=env, cwd=GO_DIR, timeout=600)
    if r.returncode != 0:
        raise BenchError("go test -c failed:\n" + r.stdout + r.stderr)
    srcs = {}
    kinds = {}
    for m in re.finditer(r"^\./(\S+\.go):(\d+):\d+: (.*) defer$",
                         r.stderr, re.M):
        path = os.path.join(GO_DIR, m.group(1))
        if path not in srcs:
            with open(path) as f:
                srcs[path] = f.read().splitlines()
        tag = re.search(r"// bench:(\w+)", srcs[path][int(m.group(2)) - 1])
        if not tag:
            continue
        names = GO_TAG_CASES.get(tag.group(1), [tag.group(1)])
        for name in names:
            kinds.setdefault(name, set()).add(m.group(3))
    return {k: "+".join(sorted(v)) for k, v in kinds.items()}


def go_checks(args, env):
    r = run([GO, "test", "-run", "^TestCheck$", "-count=1", "-v",
             "-ldflags=-X=cdeferbench.checkN=%d" % args.check_n, "."],
            env=env, cwd=GO_DIR, timeout=600)
    if r.returncode != 0:
        raise BenchError("go TestCheck failed:\n" + r.stdout + r.stderr)
    return {(m.group(1), m.group(2)): m.group(3) for m in re.finditer(
        r"^check (\w+) (\w+) ([0-9a-f]+)$", r.stdout, re.M)}


def go_bench(args, env):
    """{(case, 'hand'|'defer'): [ns per call, ...]}."""
    names = "|".join(sorted({c.go_name for c in args.cases}))
    benchtime = "100x" if args.quick else "%dms" % args.target_ms
    r = run([GO, "test", "-run", "^$", "-bench",
             "^BenchmarkCases$/^(%s)$/" % names, "-benchtime", benchtime,
             "-count", str(args.runs), "."], env=env, cwd=GO_DIR,
            timeout=900)
    if r.returncode != 0:
        raise BenchError("go test -bench failed:\n" + r.stdout + r.stderr)
    res = {}
    for m in re.finditer(r"^BenchmarkCases/(\w+)/(\w+)(?:-\d+)?\s+\d+\s+"
                         r"([0-9.]+) ns/op", r.stdout, re.M):
        res.setdefault((m.group(1), m.group(2)), []).append(
            float(m.group(3)))
    return res


def go_callgrind(args, env, work):
    """{case: instructions per call of panicTop} for the panic cases: Go's
    test binary under callgrind (TestRepeat makes the calls), N and 2N
    calls as for C. Asynchronous preemption and the collector are off:
    neither is part of a panic's cost."""
    cases = [c for c in args.cases if c.panic]
    if not cases:
        return {}
    binary = os.path.join(work, "go-bench.test")
    r = run([GO, "test", "-c", "-o", binary, "."], env=env, cwd=GO_DIR,
            timeout=600)
    if r.returncode != 0:
        raise BenchError("go test -c failed:\n" + r.stdout + r.stderr)
    out = os.path.join(work, "callgrind-go.out")

    def ir(case, n):
        # GOGC=off: a collection that lands in one of the two runs would
        # count its assist work in that run only (depth 10 once measured
        # twice its usual count).
        e = dict(env, BENCH_CASE=case.go_name, BENCH_N=str(n),
                 GODEBUG="asyncpreemptoff=1", GOGC="off")
        r = run(["valgrind", "--tool=callgrind",
                 "--toggle-collect=cdeferbench.panicTop",
                 "--callgrind-out-file=" + out, binary,
                 "-test.run", "^TestRepeat$"], env=e, timeout=600)
        if r.returncode != 0:
            raise BenchError("callgrind failed on Go's %s:\n%s" % (
                case.name, r.stdout + r.stderr))
        with open(out) as f:
            for line in f:
                if line.startswith(("summary:", "totals:")):
                    return int(line.split()[1])
        raise BenchError("no totals in callgrind output of Go's " + case.name)

    res = {}
    for case in cases:
        if case.go_name in res:
            res[case.name] = res[case.go_name]
        elif args.quick:
            res[case.name] = ir(case, 3) / 3
        else:
            res[case.name] = (ir(case, 2 * case.cg_n) -
                              ir(case, case.cg_n)) / case.cg_n
        res.setdefault(case.go_name, res[case.name])
    return res


# --- reporting --------------------------------------------------------------

def machine_info():
    model = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    ncpu = len(os.sched_getaffinity(0))
    return "%d × %s, Linux %s" % (ncpu, model, platform.release())


def tool_version(cmd):
    try:
        r = run(cmd)
        return r.stdout.strip().splitlines()[0]
    except (OSError, IndexError):
        return "not found"


def fmt(x, spec):
    return "—" if x is None else format(x, spec)


def build_rows(args, res):
    rows = []
    for case in args.cases:
        if case.panic:
            continue  # panic_rows
        hand_ns = res["ns"].get((case.name, "hand"))
        hand_ir = res["ir"].get((case.name, "hand"))
        hand_med = statistics.median(hand_ns) if hand_ns else None
        for impl in ROW_ORDER:
            key = (case.name, impl)
            if impl.startswith("go-"):
                ns = res["go_ns"].get((case.go_name, impl[3:]))
                if impl == "go-hand":
                    label = "Go, hand-written"
                else:
                    label = "Go defer (%s)" % res["go_kinds"].get(
                        case.name, "kind unknown")
            else:
                if key not in res["bins"]:
                    continue
                ns = res["ns"].get(key)
                label = IMPLS[impl][0]
                if IMPLS[impl][3] and not res["tiers_live"]:
                    label = "cdefer, default tier (NOT confirmed)" + (
                        ", panic-ready" if impl.endswith("-panic") else "")
            if not ns:
                continue
            med, low = statistics.median(ns), min(ns)
            ir = res["ir"].get(key)
            rows.append({
                "case": case.name, "impl": impl, "label": label,
                "ns_median": med, "ns_min": low,
                "ns_ratio": med / hand_med if hand_med else None,
                "ns_per_defer": med / case.per_call
                if case.per_call > 1 else None,
                "ir": ir,
                "ir_ratio": ir / hand_ir if ir is not None and hand_ir
                else None,
                "ir_extra_per_defer": (ir - hand_ir) / case.per_call
                if ir is not None and hand_ir is not None else None,
            })
    return rows


COLUMNS = [("case", "case", "s"), ("implementation", "label", "s"),
           ("ns/call median", "ns_median", ".2f"),
           ("ns/call min", "ns_min", ".2f"), ("× hand", "ns_ratio", ".2f"),
           ("ns/defer", "ns_per_defer", ".2f"), ("Ir/call", "ir", ".1f"),
           ("Ir × hand", "ir_ratio", ".2f"),
           ("Ir over hand per defer", "ir_extra_per_defer", "+.1f")]


def twin_rows(args, res):
    """Panic-ready variants against the normal build of the same tier: what
    registering costs a function that never panics."""
    rows = []
    for case in args.cases:
        for ready, normal in PANIC_TWINS:
            a = res["ns"].get((case.name, normal))
            b = res["ns"].get((case.name, ready))
            if not a or not b:
                continue
            ia = res["ir"].get((case.name, normal))
            ib = res["ir"].get((case.name, ready))
            rows.append({
                "case": case.name, "tier": IMPLS[normal][3] or "?",
                "way": "unwind-only" if SINK_SYSTEM[0] in IMPLS[ready][2]
                else "registers",
                "ns_normal": statistics.median(a),
                "ns_ready": statistics.median(b),
                "ns_delta": statistics.median(b) - statistics.median(a),
                "ns_delta_min": min(b) - min(a),
                "ir_normal": ia, "ir_ready": ib,
                "ir_delta": ib - ia if ia is not None and ib is not None
                else None,
            })
    return rows


CHAIN_KINDS = ["unwind-only", "registers", "none"]
CHAIN_LABELS = {"unwind-only": "one `__defer` each, unwind-only",
                "registers": "one `__defer` each, registered",
                "none": "no deferred code"}


def panic_rows(args, res):
    """Panic + recover, cdefer beside Go, deepest last in each group."""
    rows = []
    for case in sorted((c for c in args.cases if c.panic),
                       key=lambda c: (CHAIN_KINDS.index(c.chain), c.depth)):
        ns = res["ns"].get((case.name, "panic"))
        go = res["go_ns"].get((case.go_name, "defer"))
        if not ns and not go:
            continue
        med = statistics.median(ns) if ns else None
        gmed = statistics.median(go) if go else None
        rows.append({
            "case": case.name, "depth": str(case.depth),
            "frames": CHAIN_LABELS[case.chain],
            "chain": case.chain,
            "ns_median": med, "ns_min": min(ns) if ns else None,
            "ir": res["ir"].get((case.name, "panic")),
            "go_median": gmed, "go_min": min(go) if go else None,
            "go_ir": res["go_ir"].get(case.go_name),
            "x_go": med / gmed if med and gmed else None,
            "x_go_min": min(ns) / min(go) if ns and go else None,
            "go_kind": res["go_kinds"].get(case.go_name),
        })
        r = rows[-1]
        r["x_go_ir"] = r["ir"] / r["go_ir"] if r["ir"] and r["go_ir"] \
            else None
    return rows


def per_frame(prows):
    """[(frames, {quantity: cost per frame from depth 10 to 100})]."""
    out = []
    for kind in CHAIN_KINDS:
        by = {r["depth"]: r for r in prows if r["chain"] == kind}
        if "10" not in by or "100" not in by:
            continue
        lo, hi = by["10"], by["100"]
        slope = {}
        for k in ("ns_median", "ir", "go_median", "go_ir"):
            if lo[k] is not None and hi[k] is not None:
                slope[k] = (hi[k] - lo[k]) / 90
        out.append((lo["frames"], slope))
    return out


COLUMNS = [("case", "case", "s"), ("implementation", "label", "s"),
           ("ns/call median", "ns_median", ".2f"),
           ("ns/call min", "ns_min", ".2f"), ("× hand", "ns_ratio", ".2f"),
           ("ns/defer", "ns_per_defer", ".2f"), ("Ir/call", "ir", ".1f"),
           ("Ir × hand", "ir_ratio", ".2f"),
           ("Ir over hand per defer", "ir_extra_per_defer", "+.1f")]
TWIN_COLUMNS = [("case", "case", "s"), ("tier", "tier", "s"),
                ("takes part in panics", "way", "s"),
                ("ns/call normal", "ns_normal", ".2f"),
                ("ns/call taking part", "ns_ready", ".2f"),
                ("Δ ns/call median", "ns_delta", "+.2f"),
                ("Δ ns/call min", "ns_delta_min", "+.2f"),
                ("Ir/call normal", "ir_normal", ".1f"),
                ("Ir/call taking part", "ir_ready", ".1f"),
                ("Δ Ir/call", "ir_delta", "+.1f")]
PANIC_COLUMNS = [("depth", "depth", "s"), ("frames below the recover", "frames", "s"),
                 ("cdefer ns median", "ns_median", ".0f"),
                 ("cdefer ns min", "ns_min", ".0f"),
                 ("cdefer Ir", "ir", ".0f"),
                 ("Go ns median", "go_median", ".0f"),
                 ("Go ns min", "go_min", ".0f"),
                 ("Go Ir", "go_ir", ".0f"),
                 ("cdefer × Go", "x_go", ".2f"),
                 ("cdefer × Go (min)", "x_go_min", ".2f"),
                 ("cdefer × Go (Ir)", "x_go_ir", ".2f")]


def cells(row, columns=COLUMNS):
    return [fmt(row[k], f) if f != "s" else row[k] for _, k, f in columns]


def text_table(rows, columns=COLUMNS, group=0):
    """Columns of text; a rule whenever column `group` changes."""
    table = [[c for c, _, _ in columns]] + [cells(r, columns) for r in rows]
    widths = [max(len(r[i]) for r in table) for i in range(len(columns))]
    left = [i for i, (_, _, f) in enumerate(columns) if f == "s"]
    lines = []
    prev = None
    for n, r in enumerate(table):
        if n > 0 and r[group] != prev:
            lines.append("-" * (sum(widths) + 2 * len(widths)))
        prev = r[group]
        lines.append("  ".join(c.ljust(w) if i in left else c.rjust(w)
                               for i, (c, w) in enumerate(zip(r, widths))))
    return "\n".join(lines)


def md_table(rows, columns):
    out = ["| " + " | ".join(c for c, _, _ in columns) + " |",
           "|" + "|".join("---" if f == "s" else "---:"
                          for _, _, f in columns) + "|"]
    for r in rows:
        out.append("| " + " | ".join(c.replace("|", "\\|")
                                     for c in cells(r, columns)) + " |")
    return out


def per_frame_text(pf):
    def one(slope, k, unit):
        return "%.0f %s" % (slope[k], unit) if k in slope else "—"
    return ["%s: cdefer %s, %s; Go %s, %s" % (
        frames, one(slope, "ns_median", "ns"), one(slope, "ir", "Ir"),
        one(slope, "go_median", "ns"), one(slope, "go_ir", "Ir"))
        for frames, slope in pf]


def markdown(args, res, rows, trows, prows):
    out = []
    out.append("Measured %s on %s (load average %s at the start). %s; %s. "
               "cdefer: %s; tier forcing %s." % (
                   res["date"], res["machine"], res["load"], res["cc"],
                   res["go"], res["rev"],
                   "live (every cdefer row's tier confirmed by its Rtier "
                   "remarks)" if res["tiers_live"] else
                   "NOT available (%s)" % res["tiers_why"]))
    out.append("")
    out.append("`%s`: C at -O2; each C binary timed %d time(s) for ≈%d ms, "
               "interleaved with the others; Go's `go test -bench -count %d`. "
               "%s" % (
                   " ".join(["bench/run.sh"] + args.argv), args.runs,
                   args.target_ms, args.runs,
                   "Instructions (Ir) per call from callgrind, counted inside "
                   "the benchmarked function and its callees." if res["ir"]
                   else "No instruction counts (--no-callgrind)."))
    if rows:
        out.append("")
        out += md_table(rows, COLUMNS)
        out.append("")
        for case in args.cases:
            if case.panic:
                continue
            auto = res["auto"].get(case.name)
            out.append("- `%s`: %s%s." % (
                case.name, case.title,
                "; default tier (auto): %s" % auto if auto else ""))
        out.append("")
        out.append("× hand: median over the hand-written C median (the Go "
                   "rows too). ns/defer: median / deferred calls per call. Ir "
                   "over hand per defer: (Ir/call − hand-written Ir/call) / "
                   "deferred calls per call. Panic-ready rows: compiled with "
                   "`-fplugin-arg-cdefer-panic=on`; `case_fn` confirmed to "
                   "call `__cdefer_pframe_push` in the optimised IR (and the "
                   "other cdefer rows confirmed not to). Unwind-only rows: "
                   "the same, with the sinks declared in a system header "
                   "(`-DBENCH_SINK_SYSTEM_HEADER`), so the plugin knows the "
                   "deferred calls cannot panic or recover, as it knows of "
                   "`fclose` or `free`: `case_fn` takes part in panics "
                   "through its exception cleanup and does not register.")
    if trows:
        out.append("")
        out.append("**Taking part in panics, normal path.** The same "
                   "function compiled to take part in panics "
                   "(`panic=on`) and normally, same tier, no panic: what "
                   "registering with the runtime costs per call, and what "
                   "taking part unwind-only costs (its deferred calls "
                   "cannot panic or recover).")
        out.append("")
        out += md_table(trows, TWIN_COLUMNS)
        out.append("")
        out.append("Δ: taking part − normal; \"min\" is the difference of the "
                   "minima.")
    if prows:
        out.append("")
        out.append("**Panic + recover.** `case_fn` recovers in a deferred "
                   "block (`__defer { cdefer_recover(); ... }`) and calls a "
                   "noinline function that recurses *depth* frames deep; the "
                   "innermost calls `cdefer_panic`. tier=open; `case_fn` "
                   "registers (it recovers); the recursing function defers a "
                   "block that cannot panic or recover and takes part "
                   "unwind-only, or (\"registered\") a call of a function "
                   "of another unit and registers (both confirmed from the "
                   "IR). Go: the "
                   "same shape, `defer func() { recover() }()` on top. "
                   "Times per panic + recover (one call of `case_fn`).")
        out.append("")
        out += md_table(prows, PANIC_COLUMNS)
        out.append("")
        kinds = sorted({r["go_kind"] for r in prows if r["go_kind"]})
        out.append("cdefer × Go: cdefer median over Go median (above 1: "
                   "slower than Go); (min), (Ir): the same for the minima and "
                   "the instruction counts. Go Ir: callgrind on the Go test "
                   "binary, counted inside `panicTop` (runtime included), "
                   "N and 2N calls as for C. Go's defers here: %s." % (
                       ", ".join(kinds) if kinds else "kind unknown"))
        pf = per_frame(prows)
        if pf:
            out.append("")
            out.append("Per extra frame (depth 10 → 100, medians): " +
                       "; ".join(per_frame_text(pf)) + ".")
    return "\n".join(out)


# --- main -------------------------------------------------------------------

def parse_args(argv):
    p = argparse.ArgumentParser(
        prog="bench/run.sh",
        description="Measure what a __defer costs (see bench/README.md).")
    p.add_argument("build", nargs="?", default=os.path.join(REPO_DIR, "build"),
                   help="cdefer build directory (default: %(default)s)")
    p.add_argument("--quick", action="store_true",
                   help="tiny counts, one run: checks that everything builds "
                        "and runs; the numbers mean nothing")
    p.add_argument("--runs", type=int, default=9,
                   help="timed runs per binary (default 9)")
    p.add_argument("--target-ms", type=int, default=100,
                   help="length of one timed run (default 100)")
    p.add_argument("--cases", default=",".join(c.name for c in CASES),
                   help="comma-separated subset of: %(default)s")
    p.add_argument("--no-go", action="store_true", help="skip Go")
    p.add_argument("--no-callgrind", action="store_true",
                   help="skip the instruction counts")
    p.add_argument("--allow-unforced", action="store_true",
                   help="if the plugin has no tier=/Rtier arguments, time its "
                        "default lowering as the pool row instead of failing")
    p.add_argument("--out", help="work and result directory "
                                 "(default: <build>/bench)")
    p.add_argument("--parts", default=",".join(PARTS),
                   help="comma-separated subset of: %(default)s")
    p.add_argument("--compile-funcs", type=int, default=300,
                   help="functions in the compile-time files (default "
                        "%(default)s; 20000 takes some 80 times as long)")
    p.add_argument("--compile-rounds", type=int, default=3,
                   help="rounds of compiles (default %(default)s)")
    p.add_argument("--no-plot", action="store_true",
                   help="do not write bench.png")
    p.add_argument("--docs", nargs="?", const=DOCS_FILE, metavar="FILE",
                   help="write the tables into FILE between the markers of "
                        "each part that ran (%s ... %s for the runtime "
                        "cases, bench-compile:, bench-memory:) and the chart "
                        "next to it as %s (default FILE: "
                        "docs/performance.md)" % (BEGIN_MARK, END_MARK,
                                                  DOCS_PNG))
    args = p.parse_args(argv)
    args.argv = list(argv)
    names = args.cases.split(",")
    unknown = [n for n in names if n not in {c.name for c in CASES}]
    if unknown:
        p.error("unknown case(s): " + ", ".join(unknown))
    args.cases = [c for c in CASES if c.name in names]
    args.parts = args.parts.split(",")
    unknown = [n for n in args.parts if n not in PARTS]
    if unknown:
        p.error("unknown part(s): " + ", ".join(unknown))
    if args.compile_funcs < 2 or args.compile_rounds < 1:
        p.error("--compile-funcs must be at least 2, --compile-rounds 1")
    if args.quick:
        if args.docs:
            p.error("--quick numbers do not belong in the docs")
        args.runs, args.target_ms = 1, 1
    if args.runs < 1 or args.target_ms < 1:
        p.error("--runs and --target-ms must be positive")
    args.check_n = 3 * 100
    return args


def runtime_part(args, plugin, runtime_lib, include_dir, work, res, env):
    """The runtime cases: (text table, markdown block, JSON data, rows)."""
    why = probe_tier_support(plugin, work)
    res["tiers_live"], res["tiers_why"] = why is None, why
    if why:
        if not args.allow_unforced:
            raise BenchError(
                "cannot force cdefer's tiers: %s.\nThe open/frame/pool rows "
                "need -fplugin-arg-cdefer-tier= and -Rtier. Rerun with "
                "--allow-unforced to time the default lowering alone "
                "(labelled unconfirmed)." % why)
        log("WARNING: %s; open/frame rows skipped, the pool row is the "
            "default lowering, its tier NOT confirmed" % why)

    log("building (%s)" % res["rev"])
    bins, res["auto"], warnings = build_c(args, plugin, runtime_lib,
                                          include_dir, work,
                                          res["tiers_live"])
    for w in warnings:
        log("  " + w)
    res["bins"] = bins

    res["go_kinds"], gochecks = {}, {}
    if not args.no_go:
        log("Go: building, defer kinds")
        res["go_kinds"] = go_kinds(env)
        gochecks = go_checks(args, env)
    log("checking that all implementations make the same deferred calls")
    check_sums(args, bins, gochecks)

    log("timing %d C binaries, %d runs each" % (len(bins), args.runs))
    res["ns"] = time_c(args, bins)
    res["go_ns"] = {}
    if not args.no_go:
        log("timing Go")
        res["go_ns"] = go_bench(args, env)
    res["ir"], res["go_ir"] = {}, {}
    if not args.no_callgrind:
        log("counting instructions (callgrind)")
        res["ir"] = callgrind_c(args, bins, work)
        if not args.no_go:
            res["go_ir"] = go_callgrind(args, env, work)

    rows = build_rows(args, res)
    trows = twin_rows(args, res)
    prows = panic_rows(args, res)
    table = "\n\n".join(t for t in (
        text_table(rows) if rows else "",
        "taking part in panics, normal path:\n" + text_table(trows, TWIN_COLUMNS)
        if trows else "",
        "panic + recover:\n" + text_table(prows, PANIC_COLUMNS, group=1) +
        "".join("\nper extra frame, " + l
                for l in per_frame_text(per_frame(prows)))
        if prows else "") if t)
    table += "\n\ncdefer: %s; tier forcing: %s" % (
        res["rev"], "live" if res["tiers_live"] else "NOT available")
    if res["auto"]:
        table += "\ndefault (auto) tiers: " + ", ".join(
            "%s=%s" % kv for kv in res["auto"].items())
    if res["go_kinds"]:
        table += "\nGo defer kinds: " + ", ".join(
            "%s=%s" % kv for kv in sorted(res["go_kinds"].items()))
    md = markdown(args, res, rows, trows, prows)
    data = {"rows": rows, "panic_ready_rows": trows, "panic_rows": prows,
            "auto": res["auto"], "go_kinds": res["go_kinds"],
            "tiers_live": res["tiers_live"], "tiers_why": res["tiers_why"],
            "samples_ns": {"%s/%s" % k: v for k, v in res["ns"].items()},
            "samples_go_ns": {"%s/%s" % k: v
                              for k, v in res["go_ns"].items()}}
    return table, md, data, rows


def provenance(args, res):
    """The first line of the compile and memory blocks (the runtime block
    has its own, with the tier and Go details)."""
    return ("Measured %s on %s (load average %s at the start). %s; %s. "
            "cdefer: %s. `%s`." % (
                res["date"], res["machine"], res["load"], res["cc"],
                res["go"], res["rev"], " ".join(["bench/run.sh"] + args.argv)))


def main(argv):
    args = parse_args(argv)
    t0 = time.monotonic()
    build = os.path.abspath(args.build)
    plugin = os.path.join(build, "lib", "CDefer.so")
    runtime_lib = os.path.join(build, "lib", "libcdefer.a")
    for f in (plugin, runtime_lib):
        if not os.path.exists(f):
            raise BenchError("%s not found: build cdefer first "
                             "(cmake --build %s)" % (f, build))
    tools = [CC]
    if not args.no_callgrind and {"runtime", "compile"} & set(args.parts):
        tools.append("valgrind")
    if {"compile", "memory"} & set(args.parts):
        tools.append(benchlib.TIME)
    for tool in tools:
        if not shutil.which(tool):
            raise BenchError(tool + " not found")
    if not args.no_go and not os.access(GO, os.X_OK):
        raise BenchError(GO + " not found (or pass --no-go)")
    work = os.path.abspath(args.out or os.path.join(build, "bench"))
    os.makedirs(work, exist_ok=True)

    res = {"date": datetime.datetime.now().strftime("%Y-%m-%d %H:%M"),
           "machine": machine_info(),
           "load": open("/proc/loadavg").read().split()[0],
           "cc": tool_version([CC, "--version"]),
           "go": tool_version([GO, "version"]) if not args.no_go else
           "Go not run"}
    src_dir, res["rev"] = source_info(build)
    # <cdefer.h>: the one of the tree the build was made from, so that it
    # matches the plugin and the runtime.
    include_dir = os.path.join(src_dir or REPO_DIR, "runtime", "include")
    if not os.path.exists(os.path.join(include_dir, "cdefer.h")):
        include_dir = os.path.join(REPO_DIR, "runtime", "include")
    env = go_env(work)

    tables, blocks, seconds = [], {}, {}
    out = {"info": {k: res[k] for k in (
        "date", "machine", "load", "cc", "go", "rev")}}
    runtime_rows = compile_res = memory_res = None
    if "runtime" in args.parts:
        t = time.monotonic()
        table, blocks["runtime"], out["runtime"], runtime_rows = \
            runtime_part(args, plugin, runtime_lib, include_dir, work, res,
                         env)
        tables.append(table)
        seconds["runtime"] = time.monotonic() - t
        # results.json used to hold the runtime part alone, at the top.
        out.update({k: out["runtime"][k] for k in (
            "rows", "panic_ready_rows", "panic_rows", "samples_ns",
            "samples_go_ns")})
    if "compile" in args.parts:
        t = time.monotonic()
        opts = compiletime.Options(
            plugin, os.path.join(work, "compile"), funcs=args.compile_funcs,
            rounds=args.compile_rounds, callgrind=not args.no_callgrind,
            quick=args.quick)
        compile_res, table, md = compiletime.run_part(opts)
        tables.append(table)
        blocks["compile"] = provenance(args, res) + "\n\n" + md
        out["compile"] = compile_res
        seconds["compile"] = time.monotonic() - t
    if "memory" in args.parts:
        t = time.monotonic()
        opts = memory.Options(plugin, runtime_lib, include_dir,
                              os.path.join(work, "memory"),
                              go_env=None if args.no_go else env,
                              quick=args.quick)
        memory_res, table, md = memory.run_part(opts)
        tables.append(table)
        blocks["memory"] = provenance(args, res) + "\n\n" + md
        out["memory"] = memory_res
        seconds["memory"] = time.monotonic() - t

    png = None
    if not args.no_plot:
        png = plot.plot(os.path.join(work, "bench.png"),
                        runtime_rows=runtime_rows, compile_res=compile_res,
                        memory_res=memory_res,
                        title="cdefer benchmark, %s, %s" % (res["date"],
                                                            res["rev"]))
    seconds["total"] = time.monotonic() - t0
    out["seconds"] = seconds
    text = "\n\n".join(tables)
    print(text)
    with open(os.path.join(work, "table.txt"), "w") as f:
        f.write(text + "\n")
    with open(os.path.join(work, "table.md"), "w") as f:
        f.write("\n\n".join(blocks.values()) + "\n")
    with open(os.path.join(work, "results.json"), "w") as f:
        json.dump(out, f, indent=1)
    if args.docs:
        benchlib.write_docs(args.docs, blocks)
        log("wrote the %s tables into %s" % (", ".join(blocks), args.docs))
        if png:
            dest = os.path.join(os.path.dirname(args.docs), DOCS_PNG)
            shutil.copyfile(png, dest)
            log("and the chart into " + dest)
    log("results in %s (%s)" % (work, ", ".join(
        "%s %.0f s" % kv for kv in seconds.items())))
    if "runtime" in args.parts and not res["tiers_live"]:
        log("WARNING: tier forcing was NOT available; see above")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except BenchError as e:
        log("bench: error: %s" % e)
        sys.exit(1)
    except subprocess.TimeoutExpired as e:
        log("bench: error: timed out: %s" % " ".join(map(str, e.cmd)))
        sys.exit(1)
