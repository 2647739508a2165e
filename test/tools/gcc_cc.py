#!/usr/bin/env python3
"""%cdefer_cc under `--param cdefer_compiler=gcc`: runs GCC with the plugin,
translating the few Clang-only flags the shared tests use:

  -Xclang -verify[=a,b]     compile, then check the diagnostics against the
                            source's expected-* annotations (gcc_verify.py);
                            exit status as clang -verify's
  -fno-caret-diagnostics    -fno-diagnostics-show-caret, and GCC's
                            "In function 'f':" context lines are dropped
                            (clang's plain output has none)
  -std=c23 / -std=gnu23     -std=c2x / -std=gnu2x (GCC 12's names)

Everything else goes to GCC unchanged.

  usage: gcc_cc.py GCC ARGS...
"""
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gcc_verify  # noqa: E402

CONTEXT = re.compile(r"^[^:]*: (In function|At top level|In file included from)|^\s+from ")

FLAGS = {
    "-fno-caret-diagnostics": "-fno-diagnostics-show-caret",
    "-std=c23": "-std=c2x",
    "-std=gnu23": "-std=gnu2x",
}


def main(argv):
    gcc, args = argv[1], argv[2:]
    out, prefixes = [], None
    i = 0
    while i < len(args):
        a = args[i]
        if a == "-Xclang" and i + 1 < len(args) and args[i + 1].startswith("-verify"):
            v = args[i + 1]
            prefixes = v.split("=", 1)[1].split(",") if "=" in v else ["expected"]
            i += 2
            continue
        out.append(FLAGS.get(a, a))
        i += 1
    # ASCII quotes in GCC's messages, as in clang's.
    env = dict(os.environ, LC_ALL="C")
    if prefixes is None:
        if "-fno-caret-diagnostics" not in args:
            os.execvpe(gcc, [gcc] + out, env)
        proc = subprocess.run([gcc] + out, stderr=subprocess.PIPE, text=True,
                              env=env)
        for line in proc.stderr.splitlines(True):
            if not CONTEXT.match(line):
                sys.stderr.write(line)
        return proc.returncode
    sources = [a for a in out if a.endswith((".c", ".i")) and os.path.exists(a)]
    proc = subprocess.run([gcc, "-fdiagnostics-plain-output"] + out,
                          stderr=subprocess.PIPE, text=True, env=env)
    return gcc_verify.verify(sources, prefixes, proc.stderr.splitlines())


if __name__ == "__main__":
    sys.exit(main(sys.argv))
