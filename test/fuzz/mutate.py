#!/usr/bin/env python3
"""Mutation fuzzer: token-level mutants of the test inputs, through both
plugins. Anything but success or an ordinary error is a bug.

Seeds are the .c files of test/run, test/diag, test/malformed, test/gcc,
test/ir, test/goports, examples/ and test/fuzz/corpus/. Each mutant applies
1-4 mutations to one seed (insert a fragment such as `__defer`, `{`, `}`,
`goto L;`, `return;`, `break;`, `case 1:`, `({`; delete, swap, duplicate or
splice spans of tokens; wrap a span in `__defer { ... }`) and is compiled

  - by clang-22 with the plugin, `-S -emit-llvm` with the IR verifier on
    (sometimes -fsyntax-only), at a random -O level, tier, language mode;
    a successful compile's IR also goes through `opt -passes=verify` and must
    not call the marker `__cdefer_marker_requires_the_cdefer_plugin`;
  - by gcc-12 with the GCC plugin (half of the mutants), `-S`, the same
    check on the assembly.

A compile that dies (signal, "PLEASE submit a bug report", "internal
compiler error", an assertion, an LLVM error, a broken module), hangs, or
succeeds with IR that fails the verifier or still calls the marker, is a
finding. So is a disagreement of the plugins on what is a misuse of
`__defer`: one rejects the mutant with nothing but its own misuse errors
(return/break/goto out of deferred code, a capture that dies, a nested
`__defer`, ...), the other compiles it. Each distinct finding (by its signature) is kept under
OUT/findings/<kind>-<hash>/ with the mutant, the command and its stderr;
reduce.py shrinks one.

  mutate.py --count 20000                  # 20000 mutants
  mutate.py --time 3600 --seed 7           # for an hour
Options: --build DIR, --out DIR (default /tmp/cdefer-fuzz/mutate),
--jobs N (default 1), --no-gcc, --seed N.
"""
import argparse
import concurrent.futures
import hashlib
import json
import os
import random
import signal
import re
import sys
import threading
import time

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fuzzlib  # noqa: E402

SEED_DIRS = ["test/run", "test/diag", "test/malformed", "test/gcc", "test/ir",
             "test/goports", "examples", "test/fuzz/corpus"]

TOKEN_RE = re.compile(r"""
    (?P<pp>^[ \t]*\#(?:\\\n|[^\n])*)             # a whole preprocessor line
  | (?P<comment>//[^\n]*|/\*.*?\*/)
  | (?P<str>L?"(?:\\.|[^"\\\n])*"|L?'(?:\\.|[^'\\\n])*')
  | (?P<id>[A-Za-z_][A-Za-z_0-9]*)
  | (?P<num>\.?[0-9](?:[eEpP][+-]|[A-Za-z0-9_.])*)
  | (?P<punct>\.\.\.|<<=|>>=|->|\+\+|--|<<|>>|<=|>=|==|!=|&&|\|\||[-+*/%&|^]=
              |\#\#|\[\[|\]\]|[][(){}.,;:?~!<>=+\-*/%&|^\#@\\])
  | (?P<ws>\s+)
  | (?P<other>.)
""", re.S | re.M | re.X)


def tokenize(text):
    toks = []
    for m in TOKEN_RE.finditer(text):
        k = m.lastgroup
        if k in ("ws", "comment"):
            continue
        toks.append(m.group(0).strip() if k == "pp" else m.group(0))
    return toks


def render(toks):
    out = []
    line = []
    for t in toks:
        if t.startswith("#"):
            if line:
                out.append(" ".join(line))
                line = []
            out.append(t)
            continue
        line.append(t)
        if t in (";", "{", "}"):
            out.append(" ".join(line))
            line = []
    if line:
        out.append(" ".join(line))
    return "\n".join(out) + "\n"


# Fragments inserted at random places, as token lists.
FRAGMENTS = [s.split() for s in [
    "__defer", "__defer", "__defer", "__defer {", "__defer { }", "__defer ;",
    "__defer __defer", "}", "{", "{ }", ";", "( )", "(", ")", "({", "})",
    "({ __defer f ( ) ; 0 ; })", "goto L ;", "L : ;", "L :", "return ;",
    "return 0 ;", "return x ;", "break ;", "continue ;", "case 1 :",
    "default :", "switch ( 1 ) {", "while ( 0 )", "for ( ; ; )", "do", "if ( 1 )",
    "else", "& & L", "&& L", "goto * p ;", "void * p = && L ;", "sizeof (",
    "typeof (", "__typeof__ (", "_Generic ( 0 , int : 1 , default : 2 )",
    "^ {", "register", "static", "int x = 1 ;", "int a [ x ] ;", "x", "f ( x )",
    "f ( & x )", "__builtin_constant_p (", "__builtin_choose_expr ( 1 ,",
    "__builtin_setjmp ( b )", "setjmp ( jb )", "__asm__ ( \"\" ) ;",
    "__attribute__ ( ( cleanup ( f ) ) )", "[ 2 ]", "__label__ L ;",
    "_Pragma ( \"omp parallel\" )", "__attribute__ ( ( fallthrough ) ) ;",
    "cdefer_recover ( )", "cdefer_panic ( \"x\" ) ;", ", 0", "= 0", "& x",
    "* p", "__defer return ;", "__defer break ;", "__defer goto L ;",
    "__defer { L : ; }", "__defer switch ( x ) { case 1 : ; }",
    "__defer for ( int i = 0 ; i < 2 ; i ++ ) f ( i ) ;",
    "__defer f ( ( { int t = 1 ; t ; } ) ) ;",
    "__defer ( void ) f ( x ) ;", "__defer ( ( f ) ) ( x ) ;",
    "int ( * vp ) [ x ] = 0 ;", "__extension__", "_Static_assert ( 1 , \"\" ) ;",
    "__auto_type", "const", "volatile", "...", "__func__", "#", "@",
]]
KEYWORDS = {"__defer", "goto", "return", "break", "continue", "case",
            "default", "switch", "while", "for", "do", "if", "else", "{", "}",
            "(", ")", ";", ":", "sizeof", "static", "register", "int", "void"}


class Corpus:
    def __init__(self, rnd, dirs=None):
        self.rnd = rnd
        self.files = []
        for d in dirs or SEED_DIRS:
            full = os.path.join(fuzzlib.SRC_ROOT, d)
            if not os.path.isdir(full):
                continue
            for name in sorted(os.listdir(full)):
                # many-defers.c is a size test: its mutants only measure
                # how long 4096 defers take to compile at -O2.
                if name.endswith(".c") and name != "many-defers.c":
                    with open(os.path.join(full, name), errors="replace") as f:
                        toks = tokenize(f.read())
                    if toks:
                        self.files.append((os.path.join(d, name), toks))
        self.pool = []   # successful mutants, mutated further
        self.lock = threading.Lock()

    def pick(self):
        with self.lock:
            r = self.rnd.random()
            if self.pool and r < 0.3:
                return self.rnd.choice(self.pool)
            if r < 0.65:
                # Valid programs (test/run, examples, the corpus, ...) more
                # often than the inputs that are errors by design.
                valid = [f for f in self.files
                         if not f[0].startswith(("test/diag", "test/malformed"))]
                if valid:
                    return self.rnd.choice(valid)
            return self.rnd.choice(self.files)

    def add(self, name, toks):
        with self.lock:
            if len(self.pool) < 2000:
                self.pool.append((name, toks))
            else:
                self.pool[self.rnd.randrange(len(self.pool))] = (name, toks)


def idents(toks):
    ids = [t for t in toks if re.match(r"[A-Za-z_]\w*$", t)
           and t not in KEYWORDS]
    labels = [toks[i] for i in range(len(toks) - 1)
              if toks[i + 1] == ":" and re.match(r"[A-Za-z_]\w*$", toks[i])
              and toks[i] not in ("default",)]
    return ids, labels


def mutate(toks, rnd, corpus):
    toks = list(toks)
    ids, labels = idents(toks)
    ops = []
    for _ in range(rnd.choice([1, 1, 1, 1, 2, 2, 3, 4])):
        n = len(toks)
        op = rnd.choice(["insert", "insert", "insert", "delete", "delete",
                         "swap", "dup", "splice", "wrap", "ident", "defer-stmt"])
        i = rnd.randrange(n + 1)
        bounds = [k + 1 for k in range(n) if toks[k] in (";", "{", "}")
                  and (k + 1 == n or not toks[k + 1].startswith("#"))]
        if bounds and rnd.random() < 0.7:
            # Most mutants keep to statement boundaries, so that more of
            # them get past the parser to the plugin's checks and lowering.
            i = rnd.choice(bounds)
        if op == "insert":
            frag = list(rnd.choice(FRAGMENTS))
            frag = [rnd.choice(labels) if t == "L" and labels and
                    rnd.random() < 0.7 else
                    rnd.choice(ids) if t in ("x", "p") and ids and
                    rnd.random() < 0.7 else t for t in frag]
            toks[i:i] = frag
        elif op == "delete" and n:
            j = min(n, i + rnd.choice([1, 1, 1, 2, 3, 5]))
            del toks[i:j]
        elif op == "swap" and n > 2:
            a, b = sorted(rnd.sample(range(n), 2))
            toks[a], toks[b] = toks[b], toks[a]
        elif op == "dup" and n:
            j = min(n, i + rnd.randint(1, 12))
            k = rnd.randrange(n + 1)
            toks[k:k] = toks[i:j]
        elif op == "splice":
            _, other = rnd.choice(corpus.files)
            a = rnd.randrange(len(other))
            b = min(len(other), a + rnd.randint(1, 20))
            toks[i:i] = other[a:b]
        elif op == "wrap" and n:
            # __defer { ...tokens up to some later ';'... }
            ends = [k for k in range(i, min(n, i + 60)) if toks[k] == ";"]
            if ends:
                j = rnd.choice(ends) + 1
                toks[i:j] = ["__defer", "{"] + toks[i:j] + ["}"]
        elif op == "ident" and ids and n:
            k = rnd.randrange(n)
            if re.match(r"[A-Za-z_]\w*$", toks[k]):
                toks[k] = rnd.choice(ids + ["__defer"])
        elif op == "defer-stmt":
            # Put __defer in front of a statement start.
            starts = [k + 1 for k in range(n - 1) if toks[k] in (";", "{", "}")
                      and not toks[k + 1].startswith("#")]
            if starts:
                k = rnd.choice(starts)
                toks[k:k] = ["__defer"]
        ops.append(op)
    return toks, ops


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.mutants = 0
        self.clang = 0
        self.gcc = 0
        self.clang_ok = 0
        self.gcc_ok = 0
        self.verified = 0
        self.findings = {}   # signature -> count

    def as_dict(self):
        return {"mutants": self.mutants, "clang_compiles": self.clang,
                "clang_succeeded": self.clang_ok, "gcc_compiles": self.gcc,
                "gcc_succeeded": self.gcc_ok, "ir_verified": self.verified,
                "findings": self.findings}


def clang_flags(rnd, tools):
    f = [rnd.choice(["-O0", "-O0", "-O1", "-O2"])]
    if rnd.random() < 0.4:
        f.append(tools.arg("clang", "tier=" + rnd.choice(
            ["open", "frame", "pool", "auto"])))
    if rnd.random() < 0.2:
        f.append(tools.arg("clang", "panic=" + rnd.choice(["on", "off"])))
    if rnd.random() < 0.2:
        f.append("-std=" + rnd.choice(["c89", "gnu99", "c11", "c23", "gnu2x"]))
    if rnd.random() < 0.1:
        f.append("-fblocks")
    if rnd.random() < 0.1:
        f.append("-fexceptions")
    if rnd.random() < 0.1:
        f.append(tools.arg("clang", "Rtier"))
    if rnd.random() < 0.05:
        f.append("-fopenmp")
    return f


def gcc_flags(rnd, tools):
    f = [rnd.choice(["-O0", "-O0", "-O1", "-O2"])]
    if rnd.random() < 0.4:
        f.append(tools.arg("gcc", "tier=" + rnd.choice(
            ["open", "frame", "pool", "auto"])))
    if rnd.random() < 0.2:
        f.append("-std=" + rnd.choice(["gnu89", "gnu99", "c11", "gnu2x"]))
    if rnd.random() < 0.1:
        f.append("-fexceptions")
    if rnd.random() < 0.1:
        f.append(tools.arg("gcc", "Rtier"))
    return f


# The plugins' own errors for misuse of `__defer` (the same text in both).
# When one plugin rejects a mutant with nothing but these and the other
# compiles it, one of them is wrong: a check missing (the program is then
# lowered with a jump into or out of deferred code, or a dangling capture),
# or a check too eager.
PLUGIN_ERRORS = re.compile(
    r"cannot return from a '__defer'|cannot break out of a '__defer'"
    r"|cannot continue loop outside of enclosing '__defer'"
    r"|cannot jump from switch statement to this case label"
    r"|cannot use an indirect goto in a '__defer'"
    r"|cannot take the address of label .* across a '__defer'"
    r"|'__defer' cannot appear inside a deferred statement"
    r"|deferred statement refers to|deferred statement cannot refer to"
    r"|deferred statement uses"
    r"|cannot jump from this goto statement to its label")


def only_plugin_errors(err):
    """The plugin's misuse messages, normalised, if they are the only errors
    in ERR; else None."""
    errs = [l for l in err.splitlines() if re.search(r"\berror\b:", l)]
    if not errs or not all(PLUGIN_ERRORS.search(l) for l in errs):
        return None
    if any("goto statement to its label" in l for l in errs) and \
            "a '__defer' statement" not in err:
        return None   # the compiler's own goto error (a VLA, a cleanup)
    msgs = sorted(set(re.sub(r"'[^']*'", "'X'", re.sub(r".*error: ", "", l))
                      for l in errs))
    return "; ".join(msgs)


MARKER_CALL = re.compile(r"call\b.*@__cdefer_marker_requires_the_cdefer_plugin")


def one(i, tools, args, corpus, stats, rnd):
    name, toks = corpus.pick()
    mtoks, ops = mutate(toks, rnd, corpus)
    text = render(mtoks)
    work = os.path.join(args.out, "work-%d" % (i % max(args.jobs, 1)))
    os.makedirs(work, exist_ok=True)
    src = os.path.join(work, "m.c")
    with open(src, "w") as f:
        f.write(text)
    found = []
    # Clang.
    flags = clang_flags(rnd, tools)
    syntax_only = rnd.random() < 0.15
    ll = os.path.join(work, "m.ll")
    if syntax_only:
        cmd = tools.clang_cmd(flags + ["-fsyntax-only", src])
    else:
        cmd = tools.clang_cmd(flags + ["-S", "-emit-llvm", "-o", ll, src])
    rc, _, err = fuzzlib.run(cmd, 60)
    crash = fuzzlib.crash_kind(rc, err)
    ok = False
    if crash:
        found.append(("clang-crash", cmd, err, crash))
    elif rc == 0 and not syntax_only:
        ok = True
        with open(ll, errors="replace") as f:
            ir = f.read()
        if MARKER_CALL.search(ir):
            found.append(("clang-marker-left", cmd, err,
                          "IR still calls the marker"))
        vrc, _, verr = fuzzlib.run([tools.opt, "-passes=verify",
                                    "-disable-output", ll], 60)
        if vrc != 0:
            found.append(("clang-verify", cmd, verr, "opt -passes=verify: " +
                          (verr.strip().splitlines() or ["?"])[0]))
        if "__cdefer" in ir:
            corpus.add(name + "+", mtoks)
    elif rc == 0:
        ok = True
    # GCC.
    gcc_ran = gcc_ok = False
    grc = gerr = None
    if tools.have_gcc and not args.no_gcc and rnd.random() < args.gcc_rate:
        gflags = gcc_flags(rnd, tools)
        asm = os.path.join(work, "m.s")
        gcmd = tools.gcc_cmd(gflags + ["-S", "-o", asm, src])
        grc, _, gerr = fuzzlib.run(gcmd, 60)
        gcc_ran = True
        gcrash = fuzzlib.crash_kind(grc, gerr)
        if gcrash:
            found.append(("gcc-crash", gcmd, gerr, gcrash))
        elif grc == 0:
            gcc_ok = True
            with open(asm, errors="replace") as f:
                if "__cdefer_marker_requires_the_cdefer_plugin" in f.read():
                    found.append(("gcc-marker-left", gcmd, gerr,
                                  "assembly still calls the marker"))
    if gcc_ran and not syntax_only:
        # The two plugins must agree on what is a misuse of __defer.
        if grc == 0 and rc == 1:
            m = only_plugin_errors(err)
            if m:
                found.append(("gcc-accepts", gcmd, err,
                              "clang plugin rejects, gcc accepts: " + m, cmd))
        elif rc == 0 and grc == 1:
            m = only_plugin_errors(gerr)
            if m:
                found.append(("clang-accepts", cmd, gerr,
                              "gcc plugin rejects, clang accepts: " + m, gcmd))
    new = []
    with stats.lock:
        stats.mutants += 1
        stats.clang += 1
        stats.clang_ok += ok
        stats.verified += ok and not syntax_only
        stats.gcc += gcc_ran
        stats.gcc_ok += gcc_ok
        for kind, c, e, what, *other in found:
            sig = kind + ": " + (fuzzlib.crash_signature(e, what)
                                 if "crash" in kind else what)
            first = sig not in stats.findings
            stats.findings[sig] = stats.findings.get(sig, 0) + 1
            if first:
                new.append((kind, sig, c, e, other[0] if other else None))
    for kind, sig, c, e, other in new:
        h = hashlib.sha1(sig.encode()).hexdigest()[:10]
        dest = os.path.join(args.out, "findings", "%s-%s" % (kind, h))
        os.makedirs(dest, exist_ok=True)
        with open(os.path.join(dest, "input.c"), "w") as f:
            f.write(text)
        with open(os.path.join(dest, "stderr.txt"), "w") as f:
            f.write(e)
        with open(os.path.join(dest, "info.json"), "w") as f:
            json.dump({"kind": kind, "signature": sig, "seed_file": name,
                       "mutations": ops,
                       "cmd": [a if a != src else "INPUT" for a in c],
                       "rejecting_cmd": other and [
                           a if a != src else "INPUT" for a in other]}, f,
                      indent=1)
        print("new finding %s: %s (from %s)" % (dest, sig, name), flush=True)


def main(argv):
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int)
    ap.add_argument("--time", type=float)
    ap.add_argument("--seed", type=int, default=1)
    fuzzlib.add_tool_args(ap)
    ap.add_argument("--out", default="/tmp/cdefer-fuzz/mutate")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--no-gcc", action="store_true")
    ap.add_argument("--gcc-rate", type=float, default=0.5)
    ap.add_argument("--corpus", nargs="+", metavar="DIR",
                    help="seed directories, relative to the source tree "
                    "(default: %s)" % " ".join(SEED_DIRS))
    args = ap.parse_args(argv)
    if not args.count and not args.time:
        args.count = 1000
    tools = fuzzlib.tools_from(args)
    rnd = random.Random(args.seed)
    corpus = Corpus(rnd, args.corpus)
    stats = Stats()
    os.makedirs(args.out, exist_ok=True)
    t0 = time.time()
    deadline = t0 + args.time if args.time else None
    # SIGTERM or ^C: stop starting inputs, finish those running, report.
    stop = []
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.append(1))
    i = 0
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as ex:
        pending = set()
        while True:
            while len(pending) < args.jobs:
                if stop or deadline and time.time() > deadline:
                    break
                if args.count and i >= args.count:
                    break
                # Each mutant its own generator, so a run is reproducible
                # with --jobs 1.
                pending.add(ex.submit(one, i, tools, args, corpus, stats,
                                      random.Random(rnd.random())))
                i += 1
            if not pending:
                break
            done, pending = concurrent.futures.wait(
                pending, return_when=concurrent.futures.FIRST_COMPLETED)
            for d in done:
                d.result()
            if stats.mutants % 1000 == 0:
                print("... %d mutants, %d findings, %.0fs" % (
                    stats.mutants, len(stats.findings), time.time() - t0),
                    flush=True)
    d = stats.as_dict()
    d["seconds"] = round(time.time() - t0, 1)
    d["seed"] = args.seed
    with open(os.path.join(args.out, "stats-%d.json" % int(t0)), "w") as f:
        json.dump(d, f, indent=1)
    print("mutate: %d mutants in %.0fs: %d clang compiles (%d succeeded, IR "
          "verified), %d gcc compiles (%d succeeded); %d distinct findings" % (
              d["mutants"], d["seconds"], d["clang_compiles"],
              d["clang_succeeded"], d["gcc_compiles"], d["gcc_succeeded"],
              len(stats.findings)))
    for sig, n in sorted(stats.findings.items(), key=lambda x: -x[1]):
        print("  %5d  %s" % (n, sig))
    return 1 if stats.findings else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
