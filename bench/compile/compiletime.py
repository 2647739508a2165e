"""Compile time, compiler memory and code size: the plugin's cost at
compile time (issue #7). Run by bench.py (bench/run.sh); see bench/README.md.

 1. Tiers. A small file from gen.py with the timed files' shape is compiled
    with -fplugin-arg-cdefer-Rtier: its straight-line defers must be
    open-coded and its loop defers pooled, or the run stops.
 2. Time. gen.py writes the timed files (--funcs functions, half of them
    deferring): `none` (no deferred calls at all), and for K = 1, 2, 4
    defers per deferring function `hand` (the same calls written by hand)
    and `cdefer`, in two shapes: mixed (every fifth deferring function
    defers in a loop) and open (no loops). Each round compiles the pairs
    (`none` without and with the plugin; `hand` without it and `cdefer` with
    it, for each K and shape), in shuffled order, each pair back to back,
    with clang-22 -O2 -c, and the mixed ones again with -fsyntax-only (the
    front end, where the plugin does all its work), measuring CPU time and
    peak RSS (benchlib.measure). The plugin's overhead without defers is the median
    over rounds of none+plugin / none; the defers' cost for K is the median
    over rounds of cdefer(K) - hand(K), which should grow as K.
 3. Instructions. The same overhead without defers as callgrind counts it
    (repeatable, unlike the times): clang on an empty file and on a
    10-function `none` file, each with and without the plugin, gives the
    plugin's fixed cost and its cost per function, and from them the
    overhead at the timed file's size. The plugin is loaded from a copy
    without debug information: valgrind 3.19 cannot read the DWARF 5 that
    clang 22 emits.
 4. Size. Smaller files without loops (every deferring function open-coded)
    compiled at -O2 as `none`, `hand`, `_Defer` (-fdefer-ts), and cdefer
    with its default tier (open-coded, checked) and forced to tier=frame and
    tier=pool: .text bytes over `none`, per defer.
"""

import os
import random
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, HERE)
from gen import counts  # noqa: E402
from benchlib import (BenchError, fmt, log, measure, md_table, median,  # noqa: E402
                      run, text_table)

GEN = os.path.join(HERE, "gen.py")
CC = "clang-22"
KS = [1, 2, 4]
LOOP_EVERY = 5
SIZE_KS = [1, 4]
CG_FUNCS = 10


class Options:
    def __init__(self, plugin, work, funcs=300, rounds=3, size_funcs=200,
                 callgrind=True, quick=False):
        self.plugin, self.work = plugin, work
        self.funcs, self.rounds, self.size_funcs = funcs, rounds, size_funcs
        self.callgrind, self.quick = callgrind, quick
        if quick:
            self.funcs, self.rounds, self.size_funcs = 40, 1, 20
            self.callgrind = False


def gen(work, name, funcs, k, loop_every, impl):
    path = os.path.join(work, name + ".c")
    r = run([sys.executable, GEN, "--funcs", str(funcs), "--defers", str(k),
             "--loop-every", str(loop_every), "--impl", impl, "-o", path])
    if r.returncode != 0:
        raise BenchError("gen.py failed:\n" + r.stderr)
    return path


def plugin_flags(plugin):
    return ["-fplugin=" + plugin, "-fplugin-arg-cdefer-Wno-loop"]


def compile_cmd(src, out, plugin=None, extra=()):
    cmd = [CC, "-O2", "-c", src, "-o", out] + list(extra)
    if plugin:
        cmd[1:1] = plugin_flags(plugin)
    return cmd


REMARK_RE = re.compile(r"remark: '__defer' (is open-coded|uses a "
                       r"(frame-allocated|pooled) record)")


def tiers_of(stderr):
    """{tier: number of Rtier remarks naming it}."""
    got = {}
    for m in REMARK_RE.finditer(stderr):
        t = "open" if m.group(1) == "is open-coded" else \
            "frame" if m.group(2) == "frame-allocated" else "pool"
        got[t] = got.get(t, 0) + 1
    return got


def check_tiers(opts, src, want, extra=()):
    r = run(compile_cmd(src, os.devnull, opts.plugin,
                        ["-fplugin-arg-cdefer-Rtier"] + list(extra)))
    got = tiers_of(r.stderr)
    if r.returncode != 0 or got != want:
        raise BenchError("%s: expected tiers %s, got %s (exit %d)\n%s" % (
            src, want, got, r.returncode, r.stderr[-3000:]))


# --- time and memory --------------------------------------------------------

# The two shapes of the timed files: `mixed`, every LOOP_EVERY-th deferring
# function in a loop (pooled), the rest open-coded; and `open`, no loops, so
# every defer open-coded. Name suffix, loop_every, label.
SHAPES = [("", LOOP_EVERY, "mixed"), ("-open", 0, "open-coded only")]


def timing(opts):
    work = os.path.join(opts.work, "time")
    os.makedirs(work, exist_ok=True)
    # 1. The generated shape gets the tiers it is meant to exercise.
    for k in KS:
        n = 4 * LOOP_EVERY
        src = gen(work, "tiers-k%d" % k, n, k, LOOP_EVERY, "cdefer")
        total, looped = counts(n, k, LOOP_EVERY)
        want = {"open": total - looped}
        if looped:
            want["pool"] = looped
        check_tiers(opts, src, want)
    # 2. The timed files, and what each compile is: -O2 -c, and for the
    # mixed shape the front end alone too (-fsyntax-only: parsing, Sema and
    # the plugin, which does all its work on the AST), which tells the
    # plugin's own time from the time the back end spends on what it makes.
    jobs, pairs = {}, []

    def pair(base, plugged, src_base, src_plugged, front=True):
        modes = [("", [])] + ([("/syntax", ["-fsyntax-only"])] if front
                              else [])
        for mode, flags in modes:
            jobs[base + mode] = compile_cmd(
                src_base, os.path.join(work, base + ".o"), None) + flags
            jobs[plugged + mode] = compile_cmd(
                src_plugged, os.path.join(work, plugged + ".o"),
                opts.plugin) + flags
            pairs.append((base + mode, plugged + mode))

    none = gen(work, "none", opts.funcs, 1, LOOP_EVERY, "none")
    pair("none", "none+plugin", none, none)
    for suffix, loop_every, _ in SHAPES:
        for k in KS:
            h, c = "hand-k%d%s" % (k, suffix), "cdefer-k%d%s" % (k, suffix)
            pair(h, c, gen(work, h, opts.funcs, k, loop_every, "hand"),
                 gen(work, c, opts.funcs, k, loop_every, "cdefer"),
                 front=not suffix)
    # A round runs every pair, in shuffled order, the two compiles of a pair
    # back to back (in random order): the comparisons are within pairs, and
    # the load from elsewhere changes less within a pair than across a round.
    samples = {name: [] for name in jobs}
    rng = random.Random(7)
    for i in range(opts.rounds):
        rng.shuffle(pairs)
        log("  compile round %d/%d (%d compiles of %d functions)" % (
            i + 1, opts.rounds, len(jobs), opts.funcs))
        for p in pairs:
            for name in rng.sample(p, 2):
                u = measure(jobs[name])
                if u.status != 0:
                    raise BenchError("%s does not compile (exit %d):\n$ %s\n"
                                     "%s" % (name, u.status,
                                             " ".join(jobs[name]),
                                             u.stderr[-3000:]))
                samples[name].append(u)
    # The objects of the last round: their .text, for the scaling table.
    text = {name: text_bytes(os.path.join(work, name + ".o"))
            for name in jobs if "/" not in name}
    return samples, jobs, text


def time_rows(opts, samples, text):
    """Rows of the compile-time table and the derived numbers."""
    def cpu(name):
        return [u.cpu for u in samples[name]]

    def rss(name):
        return max(u.maxrss_kb for u in samples[name]) / 1024

    def paired(a, b, op):
        return [op(x.cpu, y.cpu) for x, y in zip(samples[a], samples[b])]

    base = median(cpu("none"))
    base_rss = rss("none")
    rows = [dict(name="none", shape="", k=0, plugin=False, defers=0,
                 looped=0),
            dict(name="none+plugin", shape="", k=0, plugin=True, defers=0,
                 looped=0)]
    for suffix, loop_every, label in SHAPES:
        for k in KS:
            d, looped = counts(opts.funcs, k, loop_every)
            for impl in ("hand", "cdefer"):
                rows.append(dict(name="%s-k%d%s" % (impl, k, suffix),
                                 shape=label, k=k, plugin=impl == "cdefer",
                                 defers=d, looped=looped))
    for r in rows:
        name = r["name"]
        r.update(cpu_median=median(cpu(name)), cpu_min=min(cpu(name)),
                 x_none=median(cpu(name)) / base, maxrss_mb=rss(name),
                 rss_x_none=rss(name) / base_rss, text=text[name])
    # Paired per round: the noise of a shared machine hits both compiles of
    # a pair alike more often than not.
    ratios = paired("none+plugin", "none", lambda a, b: a / b)
    derived = {
        "overhead_nodefer": median(ratios) - 1,
        "overhead_nodefer_min": min(cpu("none+plugin")) / min(cpu("none")) - 1,
        "overhead_nodefer_rounds": [r - 1 for r in ratios],
        "overhead_nodefer_front": median(paired(
            "none+plugin/syntax", "none/syntax", lambda a, b: a / b)) - 1,
        "rss_nodefer": rss("none+plugin") - rss("none"),
        "scaling": [],
    }
    for suffix, loop_every, label in SHAPES:
        first = None
        for k in KS:
            h, c = "hand-k%d%s" % (k, suffix), "cdefer-k%d%s" % (k, suffix)
            diffs = paired(c, h, lambda a, b: a - b)
            defers = counts(opts.funcs, k, loop_every)[0]
            sc = {"shape": label, "k": k, "defers": defers,
                  "cost_s": median(diffs),
                  "front_s": median(paired(c + "/syntax", h + "/syntax",
                                           lambda a, b: a - b))
                  if c + "/syntax" in samples else None,
                  "us_per_defer": median(diffs) / defers * 1e6,
                  "x_hand": median(cpu(c)) / median(cpu(h)),
                  "rss_over_hand_mb": rss(c) - rss(h),
                  "text_per_defer": (text[c] - text[h]) / defers}
            first = first if first is not None else sc["cost_s"]
            sc["x_k1"] = sc["cost_s"] / first if first and first > 0 else None
            derived["scaling"].append(sc)
    return rows, derived


# --- instructions -----------------------------------------------------------

def callgrind_compile(opts):
    """The plugin's overhead without defers in instructions: clang -O2 on
    an empty file and on a CG_FUNCS-function `none` file, with and without
    the plugin, gives the plugin's fixed cost and its cost per function,
    extrapolated to the timed file's size and to 20 000 functions. Small
    files, because each run under callgrind costs some 5 s of translating
    clang before it starts, and then runs some 50 times slower than
    natively."""
    work = os.path.join(opts.work, "callgrind")
    os.makedirs(work, exist_ok=True)
    plugin = os.path.join(work, os.path.basename(opts.plugin))
    strip = shutil.which("llvm-objcopy-22") or shutil.which("objcopy")
    r = run([strip, "--strip-debug", opts.plugin, plugin])
    if r.returncode != 0:
        raise BenchError("cannot strip a copy of the plugin:\n" + r.stderr)
    empty = os.path.join(work, "empty.c")
    with open(empty, "w") as f:
        f.write("/* nothing: what starting clang (and the plugin) costs */\n")
    out = os.path.join(work, "cg.out")

    def ir(src, plug):
        cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out,
               ] + compile_cmd(src, os.path.join(work, "x.o"), plug)
        r = run(cmd, timeout=900)
        if r.returncode != 0:
            raise BenchError("callgrind failed:\n$ %s\n%s" % (
                " ".join(cmd), r.stderr[-3000:]))
        with open(out) as f:
            for line in f:
                if line.startswith(("summary:", "totals:")):
                    return int(line.split()[1])
        raise BenchError("no totals in callgrind output of " + src)

    n = CG_FUNCS
    none = gen(work, "none", n, 1, LOOP_EVERY, "none")
    e0, e1 = ir(empty, None), ir(empty, plugin)
    s0, s1 = ir(none, None), ir(none, plugin)
    res = {"funcs": n, "empty": e0, "empty_plugin": e1, "none": s0,
           "none_plugin": s1, "fixed": e1 - e0,
           "per_function": ((s1 - s0) - (e1 - e0)) / n,
           "clang_per_function": (s0 - e0) / n,
           "none_overhead": s1 / s0 - 1, "extrapolated": []}
    # The part per function comes out at a few thousand instructions either
    # way, its sign changing with the file's size (against clang's millions
    # per function): below what this resolves. Extrapolate with it only
    # when it is positive, the pessimistic choice.
    per_function = max(res["per_function"], 0)
    for at in sorted({opts.funcs, 20000}):
        res["extrapolated"].append((at, (res["fixed"] + per_function * at) /
                                    (e0 + res["clang_per_function"] * at)))
    return res


# --- size -------------------------------------------------------------------

SIZE_VARIANTS = [
    # name, label, gen impl, plugin, extra flags, tier the remarks must name
    ("none", "no deferred calls", "none", False, [], None),
    ("hand", "hand-written", "hand", False, [], None),
    ("deferts", "`_Defer` (-fdefer-ts)", "deferts", False, ["-fdefer-ts"],
     None),
    ("open", "cdefer, default tier (open-coded)", "cdefer", True, [], "open"),
    ("frame", "cdefer tier=frame", "cdefer", True,
     ["-fplugin-arg-cdefer-tier=frame"], "frame"),
    ("pool", "cdefer tier=pool", "cdefer", True,
     ["-fplugin-arg-cdefer-tier=pool"], "pool"),
]


def text_bytes(obj):
    """Sum of the object's .text* sections, from llvm-size -A."""
    size = shutil.which("llvm-size-22") or shutil.which("size")
    r = run([size, "-A", obj])
    if r.returncode != 0:
        raise BenchError("%s -A %s failed:\n%s" % (size, obj, r.stderr))
    total = 0
    for line in r.stdout.splitlines():
        f = line.split()
        if len(f) >= 2 and f[0].startswith(".text") and f[1].isdigit():
            total += int(f[1])
    return total


def sizes(opts):
    work = os.path.join(opts.work, "size")
    os.makedirs(work, exist_ok=True)
    res = {}
    for k in SIZE_KS:
        defers = counts(opts.size_funcs, k, 0)[0]
        for name, label, impl, plug, extra, tier in SIZE_VARIANTS:
            src = gen(work, "%s-k%d" % (impl, k), opts.size_funcs, k, 0, impl)
            obj = os.path.join(work, "%s-k%d.o" % (name, k))
            cmd = compile_cmd(src, obj, opts.plugin if plug else None, extra)
            if tier:
                cmd.append("-fplugin-arg-cdefer-Rtier")
            r = run(cmd)
            if r.returncode != 0:
                raise BenchError("%s does not compile:\n$ %s\n%s" % (
                    obj, " ".join(cmd), r.stderr[-3000:]))
            if tier and tiers_of(r.stderr) != {tier: defers}:
                raise BenchError("%s: expected %d '%s' remarks, got %s" % (
                    obj, defers, tier, tiers_of(r.stderr)))
            res[(name, k)] = text_bytes(obj)
    rows = []
    for k in SIZE_KS:
        defers = counts(opts.size_funcs, k, 0)[0]
        none = res[("none", k)]
        for name, label, _, _, _, _ in SIZE_VARIANTS:
            t = res[(name, k)]
            rows.append({
                "name": name, "label": label, "k": k, "defers": defers,
                "text": t, "per_defer": (t - none) / defers,
                "over_hand": (t - res[("hand", k)]) / defers,
                "over_deferts": (t - res[("deferts", k)]) / defers,
            })
    return rows


# --- report -----------------------------------------------------------------

def run_part(opts):
    """Measures everything; returns (results for JSON, text, markdown)."""
    os.makedirs(opts.work, exist_ok=True)
    log("compile: checking tiers, then %d round(s) of %d compiles" % (
        opts.rounds, 4 + 6 * len(KS)))
    samples, jobs, text_sizes = timing(opts)
    trows, derived = time_rows(opts, samples, text_sizes)
    cg = None
    if opts.callgrind:
        log("compile: counting clang's instructions ± plugin (callgrind)")
        cg = callgrind_compile(opts)
    log("compile: code size")
    srows = sizes(opts)
    res = {"funcs": opts.funcs, "rounds": opts.rounds, "loop_every": LOOP_EVERY,
           "size_funcs": opts.size_funcs, "time_rows": trows,
           "derived": derived, "callgrind": cg, "size_rows": srows,
           "commands": {k: " ".join(v) for k, v in jobs.items()},
           "samples_cpu": {k: [u.cpu for u in v] for k, v in samples.items()},
           "samples_wall": {k: [u.wall for u in v]
                            for k, v in samples.items()}}
    return res, text(res), markdown(res)


TIME_HEADER = ["file", "plugin", "`__defer`s (in loops)", "CPU s median",
               "CPU s min", "× none", "peak RSS MiB", "RSS × none",
               ".text bytes"]
SCALE_HEADER = ["file", "K", "`__defer`s", "cdefer − hand, CPU s", "× K=1",
                "µs per `__defer`", "cdefer × hand", "of it, front end s",
                "RSS over hand MiB", ".text over hand per `__defer`"]
SIZE_HEADER = ["K", "implementation", ".text bytes", "bytes per defer",
               "over hand per defer", "over `_Defer` per defer"]


def _time_cells(r):
    return [r["name"], "yes" if r["plugin"] else "no",
            "%d (%d)" % (r["defers"], r["looped"]) if r["defers"] else "0",
            fmt(r["cpu_median"], ".2f"), fmt(r["cpu_min"], ".2f"),
            fmt(r["x_none"], ".3f"), fmt(r["maxrss_mb"], ".1f"),
            fmt(r["rss_x_none"], ".3f"), str(r["text"])]


def _scale_cells(s):
    return [s["shape"], str(s["k"]), str(s["defers"]),
            fmt(s["cost_s"], "+.2f"), fmt(s["x_k1"], ".2f"),
            fmt(s["us_per_defer"], ".0f"), fmt(s["x_hand"], ".2f"),
            fmt(s["front_s"], "+.3f"), fmt(s["rss_over_hand_mb"], "+.1f"),
            fmt(s["text_per_defer"], "+.1f")]


def _size_cells(r):
    return [str(r["k"]), r["label"], str(r["text"]),
            fmt(r["per_defer"], ".1f"), fmt(r["over_hand"], "+.1f"),
            fmt(r["over_deferts"], "+.1f")]


def nodefer_sentence(res):
    d = res["derived"]
    s = ("Plugin overhead without defers (`none` with and without the "
         "plugin): %+.1f%% CPU time, the median of the %d rounds' ratios "
         "(%s; %+.1f%% between the minima); peak RSS %+.1f MiB." % (
             100 * d["overhead_nodefer"], res["rounds"],
             ", ".join("%+.1f%%" % (100 * x)
                       for x in d["overhead_nodefer_rounds"]),
             100 * d["overhead_nodefer_min"], d["rss_nodefer"]))
    s += (" The front end alone (-fsyntax-only, the plugin included): "
          "%+.1f%%." % (100 * d["overhead_nodefer_front"]))
    cg = res["callgrind"]
    if cg:
        s += (" In instructions (callgrind, repeatable): the plugin costs "
              "%.2fM once per compile (loading it and its predefines; clang "
              "-O2 on an empty file: %.1fM), and %+.0f per function, which "
              "is below what this resolves, against the %.2fM clang spends "
              "per function of this file: %+.2f%% on a %d-function file; "
              "extrapolated (the per-function part counted only if "
              "positive): %s." % (
                  cg["fixed"] / 1e6, cg["empty"] / 1e6, cg["per_function"],
                  cg["clang_per_function"] / 1e6, 100 * cg["none_overhead"],
                  cg["funcs"], ", ".join(
                      "%+.3f%% at %d functions" % (100 * x, at)
                      for at, x in cg["extrapolated"])))
    return s


def text(res):
    out = ["compile time (clang-22 -O2 -c, %d functions, %d round(s)):" % (
        res["funcs"], res["rounds"]),
        text_table(TIME_HEADER, [_time_cells(r) for r in res["time_rows"]]),
        "", "cost of the defers over the same calls by hand:",
        text_table(SCALE_HEADER, [_scale_cells(s)
                                  for s in res["derived"]["scaling"]]),
        "", nodefer_sentence(res)]
    out += ["", ".text at -O2 (%d functions, half deferring, no loops):" %
            res["size_funcs"],
            text_table(SIZE_HEADER, [_size_cells(r) for r in res["size_rows"]],
                       right={0, 2, 3, 4, 5})]
    return "\n".join(out)


def markdown(res):
    d = res["derived"]
    out = ["**Compile time and compiler memory.** `bench/compile/gen.py` "
           "writes %d functions; every other one defers, K `__defer`s each "
           "with an early return after each. In the mixed files every %dth "
           "deferring function registers its K defers in a loop (pooled; "
           "the others are open-coded, checked with `Rtier`); the `-open` "
           "files have no loops. `none` is the same file with no deferred "
           "calls at all, `hand` the same calls written at each exit (loops: "
           "a local array run backwards). `clang-22 -O2 "
           "-c`, %d round(s); a round compiles the pairs compared below "
           "(`none` without and with the plugin, `hand` and `cdefer` for "
           "each K and shape) in shuffled order, each pair back to back. "
           "CPU time "
           "(user + system, `wait4`) and peak RSS (`/usr/bin/time`'s "
           "maximum resident set size)." % (res["funcs"], res["loop_every"],
                                             res["rounds"]), ""]
    out += md_table(TIME_HEADER, [_time_cells(r) for r in res["time_rows"]],
                    right={2, 3, 4, 5, 6, 7, 8})
    out += ["", "What the defers cost over the same calls written by hand: "
            "the median over rounds of cdefer(K) − hand(K). \"Of it, front "
            "end\": the same difference with `-fsyntax-only` (parsing, Sema "
            "and the plugin's whole lowering, no code generation). .text: of "
            "the objects compiled in the last round.", ""]
    out += md_table(SCALE_HEADER, [_scale_cells(s) for s in d["scaling"]],
                    right=set(range(1, len(SCALE_HEADER))))
    out += ["", nodefer_sentence(res)]
    out += ["", "**Code size.** `.text` of %d functions at -O2, half of "
            "them deferring, K `__defer`s each, no loops; bytes per defer: "
            "(.text − `none`'s) / defers." % res["size_funcs"], ""]
    out += md_table(SIZE_HEADER, [_size_cells(r) for r in res["size_rows"]],
                    right={0, 2, 3, 4, 5})
    return "\n".join(out)
