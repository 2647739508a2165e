#!/usr/bin/env python3
"""Shrinks a fuzz finding to a small reproducer (delta debugging over lines,
then over tokens), keeping it "interesting":

  reduce.py FINDING_DIR                 # a mutate.py finding: the same crash
                                        # signature (or verifier failure, or
                                        # marker left) with the same command
  reduce.py --crash SRC CMD             # a compile of SRC (written INPUT in
                                        # CMD) that crashes: the same crash
                                        # signature
  reduce.py --diff SRC CMD_A -- CMD_B   # an oracle failure: the programs
                                        # CMD_A and CMD_B build from SRC
                                        # (written INPUT and EXE in the
                                        # commands) both run, and print
                                        # different output

The result goes to FINDING_DIR/reduced.c (or SRC.reduced.c).
Options: --build DIR for a finding's tools.
"""
import argparse
import json
import os
import shlex
import sys
import tempfile

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fuzzlib  # noqa: E402
import mutate  # noqa: E402


def ddmin(items, interesting, join):
    """Classic ddmin: the smallest subsequence (1-minimal by chunks) of
    ITEMS for which interesting(join(subsequence)) holds."""
    n = 2
    while len(items) >= 2:
        chunk = max(1, len(items) // n)
        reduced = False
        for start in range(0, len(items), chunk):
            cand = items[:start] + items[start + chunk:]
            if cand and interesting(join(cand)):
                items = cand
                n = max(n - 1, 2)
                reduced = True
                break
        if not reduced:
            if chunk == 1:
                break
            n = min(len(items), n * 2)
    return items


def finding_predicate(d, tools, tmp):
    info = json.load(open(os.path.join(d, "info.json")))
    kind, sig = info["kind"], info["signature"]
    cmd = info["cmd"]
    src = os.path.join(tmp, "r.c")
    cmd = [src if a == "INPUT" else a for a in cmd]
    # Output files of the command go to the temporary directory.
    for i, a in enumerate(cmd):
        if i and cmd[i - 1] == "-o":
            cmd[i] = os.path.join(tmp, os.path.basename(a))
        if a.startswith("-fplugin=") and tools:
            cmd[i] = "-fplugin=" + (tools.clang_plugin if "CDefer" in a
                                    else tools.gcc_plugin)
    out = cmd[cmd.index("-o") + 1] if "-o" in cmd else None
    other = None
    if info.get("rejecting_cmd"):
        other = [src if a == "INPUT" else
                 os.path.join(tmp, "o2") if i and info["rejecting_cmd"][i - 1]
                 == "-o" else a for i, a in enumerate(info["rejecting_cmd"])]

    def interesting(text):
        with open(src, "w") as f:
            f.write(text)
        rc, _, err = fuzzlib.run(cmd, 60)
        crash = fuzzlib.crash_kind(rc, err)
        if "crash" in kind:
            return bool(crash) and (kind + ": " +
                                    fuzzlib.crash_signature(err, crash)) == sig
        if crash or rc != 0:
            return False
        if other:
            # The other plugin must still reject it with the same errors.
            orc, _, oerr = fuzzlib.run(other, 60)
            return orc == 1 and sig.endswith(
                ": " + (mutate.only_plugin_errors(oerr) or "?"))
        if kind.endswith("marker-left"):
            return "__cdefer_marker_requires_the_cdefer_plugin" in open(
                out, errors="replace").read()
        if kind == "clang-verify":
            vrc, _, _ = fuzzlib.run([tools.opt if tools else
                                     "/usr/lib/llvm-22/bin/opt",
                                     "-passes=verify", "-disable-output", out],
                                    60)
            return vrc != 0
        return False
    return interesting


def crash_predicate(cmd, tmp):
    src = os.path.join(tmp, "r.c")
    cmd = [src if a == "INPUT" else a for a in cmd]
    sig = []

    def interesting(text):
        with open(src, "w") as f:
            f.write(text)
        rc, _, err = fuzzlib.run(cmd, 60)
        if not fuzzlib.crash_kind(rc, err):
            return False
        s = fuzzlib.crash_signature(err, fuzzlib.crash_kind(rc, err))
        if not sig:
            sig.append(s)
        return s == sig[0]
    return interesting


def diff_predicate(cmd_a, cmd_b, tmp):
    src = os.path.join(tmp, "r.c")

    def build_run(cmd, tag):
        exe = os.path.join(tmp, tag)
        c = [src if a == "INPUT" else exe if a == "EXE" else a for a in cmd]
        rc, _, err = fuzzlib.run(c, 120)
        if rc != 0:
            return None
        rc, out, err = fuzzlib.run([exe], 20)
        if rc != 0 or err:
            return None
        return out

    def interesting(text):
        with open(src, "w") as f:
            f.write(text)
        a = build_run(cmd_a, "a")
        if a is None:
            return False
        b = build_run(cmd_b, "b")
        return b is not None and a != b
    return interesting


def reduce_text(text, interesting):
    if not interesting(text):
        raise SystemExit("the input is not interesting to begin with")
    lines = text.splitlines(True)
    lines = ddmin(lines, interesting, "".join)
    text = "".join(lines)
    toks = mutate.tokenize(text)
    if interesting(mutate.render(toks)):
        toks = ddmin(toks, interesting, mutate.render)
        text = mutate.render(toks)
    return text


def main(argv):
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("finding", nargs="?")
    ap.add_argument("--diff", nargs=argparse.REMAINDER)
    ap.add_argument("--crash", nargs=argparse.REMAINDER)
    fuzzlib.add_tool_args(ap)
    args = ap.parse_args(argv)
    tools = fuzzlib.tools_from(args)
    with tempfile.TemporaryDirectory(prefix="cdefer-reduce-") as tmp:
        if args.crash:
            src = args.crash[0]
            pred = crash_predicate(args.crash[1:], tmp)
            text = open(src).read()
            dest = src + ".reduced.c"
        elif args.diff:
            src, rest = args.diff[0], args.diff[1:]
            sep = rest.index("--")
            pred = diff_predicate(shlex.split(" ".join(rest[:sep])),
                                  shlex.split(" ".join(rest[sep + 1:])), tmp)
            text = open(src).read()
            dest = src + ".reduced.c"
        else:
            pred = finding_predicate(args.finding, tools, tmp)
            text = open(os.path.join(args.finding, "input.c")).read()
            dest = os.path.join(args.finding, "reduced.c")
        out = reduce_text(text, pred)
    with open(dest, "w") as f:
        f.write(out)
    print("%s: %d lines" % (dest, out.count("\n")))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
