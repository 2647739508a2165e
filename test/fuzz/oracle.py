#!/usr/bin/env python3
"""Differential oracle: generated programs (gen.py) compiled with both plugins
in every tier at several optimisation levels, each run compared with the
output gen.py's model of Go's rules predicts.

A seed fails when any configuration
  - crashes the compiler or fails the IR verifier,
  - rejects the program (gen.py only writes valid programs),
  - builds a program that crashes, exits non-zero, prints on stderr,
  - or prints anything but the expected trace.
Each failure is kept under OUT/failures/seed-N/ (the program, the expected
output, each configuration's command line and output) and a one-line
summary is printed. At the end: the counts.

  oracle.py --seeds 1-200                 # seeds 1..200
  oracle.py --time 3600 --start 1000      # as many seeds as fit in an hour
  oracle.py --seeds 5 --configs quick     # one seed, clang -O0/-O2 only

Options: --build DIR (cdefer build dir; default $CDEFER_BUILD or <src>/build),
--out DIR (default /tmp/cdefer-fuzz/oracle), --jobs N (default 1),
--configs sample|full|base|quick (sample, the default: four configurations
drawn at random per seed, Clang and GCC each at -O0 and optimising, random
tiers, sometimes panic=on/off, -fexceptions, and one seed in ten also
ASan+UBSan; full: the 12 base configurations plus random extras; base: Clang
and GCC x default/frame/pool x -O0/-O2; quick: Clang and GCC at -O0/-O2),
--keep (keep the binaries of passing seeds).
"""
import argparse
import concurrent.futures
import json
import os
import random
import signal
import shutil
import sys
import threading
import time

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fuzzlib  # noqa: E402
import gen  # noqa: E402


def base_configs(tools, kind):
    """(name, compiler, flags) of the configurations every seed runs."""
    out = []
    tiers = [None, "frame", "pool"]
    compilers = ["clang"] + (["gcc"] if tools.have_gcc else [])
    if kind == "quick":
        compilers = compilers[:1] + (["gcc"] if tools.have_gcc else [])
        tiers = [None]
    for cc in compilers:
        for tier in tiers:
            for opt in ("-O0", "-O2"):
                flags = [opt]
                if tier:
                    flags.append(tools.arg(cc, "tier=" + tier))
                name = "%s%s%s" % (cc, opt, "-" + tier if tier else "")
                out.append((name, cc, flags))
    return out


def sample_configs(tools, rnd, panic=False):
    """Four configurations drawn from the whole matrix: Clang at -O0 and at
    an optimising level, GCC likewise (each in a random tier), so that many
    seeds together cover every combination at a third of the full cost."""
    out = []
    ccs = ["clang"] + (["gcc"] if tools.have_gcc else [])
    for cc in ccs:
        for opts in (["-O0"], ["-O1", "-O2", "-O2", "-O3", "-Os"]):
            opt = rnd.choice(opts)
            tier = rnd.choice([None, "open", "frame", "pool"])
            flags = [opt]
            if tier:
                flags.append(tools.arg(cc, "tier=" + tier))
            if cc == "clang" and rnd.random() < 0.3:
                flags.append(tools.arg(cc, "panic=" + rnd.choice(
                    ["on"] if panic else ["on", "off"])))
            if rnd.random() < 0.15:
                flags.append("-fexceptions")
            name = "%s%s-%s%s" % (cc, opt, tier or "auto",
                                  "".join(f.split("=")[-1] for f in flags
                                          if "panic" in f or "exc" in f))
            while name in [o[0] for o in out]:
                name += "_2"
            out.append((name, cc, flags))
    if rnd.random() < 0.1:
        out.append(asan_config(tools, rnd))
    return out


def asan_config(tools, rnd):
    """A Clang ASan+UBSan build at -O1, in a random runtime tier or none."""
    flags = ["-O1", "-fsanitize=address,undefined",
             "-fno-sanitize-recover=all", "-fno-omit-frame-pointer"]
    tier = rnd.choice([None, "frame", "pool"])
    if tier:
        flags.append(tools.arg("clang", "tier=" + tier))
    return ("clang-asan" + ("-" + tier if tier else ""), "clang", flags)


def extra_configs(tools, rnd, panic=False):
    """Two random configurations, and sometimes a sanitizer build. A panic
    program is never built with panic=off: its functions could not recover."""
    out = []
    opt = rnd.choice(["-O1", "-Os", "-O3", "-Og", "-Oz"])
    tier = rnd.choice([None, "open", "frame", "pool"])
    flags = [opt]
    if tier:
        flags.append(tools.arg("clang", "tier=" + tier))
    if rnd.random() < 0.5:
        flags.append(tools.arg("clang", "panic=" + rnd.choice(
            ["on"] if panic else ["on", "off"])))
    if rnd.random() < 0.3:
        flags.append("-fexceptions")
    if rnd.random() < 0.2:
        flags.append("-g")
    out.append(("clang-x" + "".join(f.split("=")[-1] if "=" in f else f
                                    for f in flags), "clang", flags))
    if tools.have_gcc:
        opt = rnd.choice(["-O1", "-Os", "-O3", "-Og"])
        tier = rnd.choice([None, "open", "frame", "pool"])
        flags = [opt]
        if tier:
            flags.append(tools.arg("gcc", "tier=" + tier))
        if rnd.random() < 0.3:
            flags.append("-fexceptions")
        out.append(("gcc-x" + "".join(f.split("=")[-1] if "=" in f else f
                                      for f in flags), "gcc", flags))
    if rnd.random() < 0.25:
        out.append(asan_config(tools, rnd))
    return out


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.seeds = 0
        self.programs_ok = 0
        self.builds = 0
        self.runs = 0
        self.functions = 0
        self.defers = 0
        self.failures = {}
        self.lines = 0

    def as_dict(self):
        return {"seeds": self.seeds, "passed": self.programs_ok,
                "builds": self.builds, "runs": self.runs,
                "functions": self.functions, "defer_sites": self.defers,
                "expected_lines": self.lines,
                "failed": {k: len(v) for k, v in self.failures.items()}}


def check_seed(seed, tools, args, stats):
    text, expected, info = gen.generate(seed)
    work = os.path.join(args.out, "work", "seed-%d" % seed)
    os.makedirs(work, exist_ok=True)
    src = os.path.join(work, "prog.c")
    with open(src, "w") as f:
        f.write(text)
    with open(os.path.join(work, "expected.txt"), "w") as f:
        f.write(expected)
    rnd = random.Random(seed ^ 0x5EED)
    if args.configs == "sample":
        configs = sample_configs(tools, rnd, info["panic"])
    else:
        configs = base_configs(tools, args.configs)
    if args.configs == "full":
        configs += extra_configs(tools, rnd, info["panic"])
    if "goto *" in text:
        # A unit that includes <cdefer.h> takes part in panics, used or not,
        # and a GCC-compiled panic-ready function whose computed gotos are
        # all dead code (gen.py writes some after a return) is a compile
        # error: GCC drops its resume point (docs/semantics.md §14, Limits;
        # test/gcc/computed-goto-dead-error.c). Unless panics are off.
        configs = [c for c in configs
                   if c[1] != "gcc" or any(f.endswith("panic=off") for f in c[2])]
    problems = []   # (config, kind, detail)
    outputs = {}
    log = []
    builds = runs = 0
    for name, cc, flags in configs:
        exe = os.path.join(work, name.replace("/", "_"))
        flags = flags + [tools.arg(cc, "Wno-loop")]
        if cc == "clang":
            cmd = tools.clang_cmd(flags) + [src, tools.runtime, "-pthread",
                                            "-o", exe]
        else:
            cmd = tools.gcc_cmd(flags) + [src, tools.runtime, "-pthread",
                                          "-o", exe]
        rc, out, err = fuzzlib.run(cmd, 120)
        builds += 1
        log.append("$ " + " ".join(cmd))
        crash = fuzzlib.crash_kind(rc, err)
        if crash:
            problems.append((name, "compiler-crash", crash))
            log.append(err)
            continue
        if rc != 0:
            errs = [l for l in err.splitlines() if "error:" in l]
            problems.append((name, "rejected", errs[0] if errs else
                             "exit %s" % rc))
            log.append(err)
            continue
        env = dict(os.environ)
        env.pop("CDEFER_STATS", None)
        rc, out, err = fuzzlib.run([exe], 30)
        runs += 1
        outputs[name] = out
        with open(os.path.join(work, name + ".out"), "w") as f:
            f.write(out)
        if rc is None:
            problems.append((name, "run-timeout", ""))
        elif rc != 0:
            problems.append((name, "run-exit", "status %d: %s" % (
                rc, err.strip()[:300])))
        elif err.strip():
            problems.append((name, "run-stderr", err.strip()[:300]))
        elif out != expected:
            problems.append((name, "mismatch", first_diff(expected, out)))
        if not args.keep:
            os.unlink(exe)
    with stats.lock:
        stats.seeds += 1
        stats.builds += builds
        stats.runs += runs
        stats.functions += info["funcs"]
        stats.defers += info["defers"]
        stats.lines += expected.count("\n")
        if not problems:
            stats.programs_ok += 1
    if not problems:
        shutil.rmtree(work, ignore_errors=True)
        return None
    # All configurations agree among themselves but not with the model:
    # more likely the model's mistake; kept apart so it can be told.
    kinds = sorted(set(k for _, k, _ in problems))
    if kinds == ["mismatch"] and len(set(outputs.values())) == 1 and \
            len(problems) == len(configs):
        kinds = ["model-disagrees"]
    dest = os.path.join(args.out, "failures", "seed-%d" % seed)
    shutil.rmtree(dest, ignore_errors=True)
    shutil.move(work, dest)
    with open(os.path.join(dest, "log.txt"), "w") as f:
        f.write("\n".join(log))
        f.write("\n\n")
        for name, kind, detail in problems:
            f.write("%s: %s: %s\n" % (name, kind, detail))
    with stats.lock:
        for k in kinds:
            stats.failures.setdefault(k, []).append(seed)
    return "seed %d: %s" % (seed, "; ".join(
        "%s %s (%s)" % (n, k, d.splitlines()[0] if d else "")
        for n, k, d in problems[:4]) + (" ..." if len(problems) > 4 else ""))


def first_diff(exp, out):
    e, o = exp.splitlines(), out.splitlines()
    for i in range(max(len(e), len(o))):
        a = e[i] if i < len(e) else "<end>"
        b = o[i] if i < len(o) else "<end>"
        if a != b:
            return "line %d: expected %r, got %r" % (i + 1, a, b)
    return "?"


def parse_seeds(s):
    if "-" in s:
        a, b = s.split("-", 1)
        return range(int(a), int(b) + 1)
    return [int(x) for x in s.split(",")]


def main(argv):
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seeds", help="N, A-B or A,B,C")
    ap.add_argument("--time", type=float, help="run seeds for this many seconds")
    ap.add_argument("--start", type=int, default=1)
    fuzzlib.add_tool_args(ap)
    ap.add_argument("--out", default="/tmp/cdefer-fuzz/oracle")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--configs", choices=["sample", "full", "base", "quick"],
                    default="sample")
    ap.add_argument("--keep", action="store_true")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)
    tools = fuzzlib.tools_from(args)
    os.makedirs(args.out, exist_ok=True)
    stats = Stats()
    t0 = time.time()
    if args.seeds:
        seeds = iter(parse_seeds(args.seeds))
    else:
        seeds = iter(range(args.start, 1 << 62))
    deadline = t0 + args.time if args.time else None
    # SIGTERM or ^C: stop starting inputs, finish those running, report.
    stop = []
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.append(1))
    failed = 0
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as ex:
        pending = set()
        while True:
            while len(pending) < args.jobs:
                if stop or deadline and time.time() > deadline:
                    break
                s = next(seeds, None)
                if s is None:
                    break
                pending.add(ex.submit(check_seed, s, tools, args, stats))
            if not pending:
                break
            done, pending = concurrent.futures.wait(
                pending, return_when=concurrent.futures.FIRST_COMPLETED)
            for d in done:
                msg = d.result()
                if msg:
                    failed += 1
                    print(msg, flush=True)
            if not args.quiet and stats.seeds % 50 == 0 and stats.seeds:
                print("... %d seeds, %d builds, %.0fs" % (
                    stats.seeds, stats.builds, time.time() - t0), flush=True)
    d = stats.as_dict()
    d["seconds"] = round(time.time() - t0, 1)
    with open(os.path.join(args.out, "stats-%d.json" % int(t0)), "w") as f:
        json.dump(d, f, indent=1)
    print("oracle: %d programs (%d functions, %d __defer sites, %d expected "
          "lines), %d builds, %d runs in %.0fs: %d passed, %d failed" % (
              d["seeds"], d["functions"], d["defer_sites"],
              d["expected_lines"], d["builds"], d["runs"], d["seconds"],
              stats.programs_ok, d["seeds"] - stats.programs_ok))
    for k, v in sorted(stats.failures.items()):
        print("  %s: seeds %s" % (k, " ".join(map(str, v[:30]))))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
