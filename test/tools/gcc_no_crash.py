#!/usr/bin/env python3
"""Compiles every .c file of DIR with COMPILER... and fails if any compile
crashes (an internal compiler error, or death by a signal). Exit status 0 or
1 from the compiler is fine: the inputs are meant to be bad.

  usage: gcc_no_crash.py COMPILER ARGS... -- DIR
"""
import os
import subprocess
import sys


def main(argv):
    sep = argv.index("--")
    cc, directory = argv[1:sep], argv[sep + 1]
    crashed = 0
    for name in sorted(os.listdir(directory)):
        if not name.endswith(".c"):
            continue
        path = os.path.join(directory, name)
        proc = subprocess.run(cc + ["-c", "-o", os.devnull, path],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              text=True, timeout=60)
        if proc.returncode not in (0, 1) or "internal compiler error" in proc.stderr:
            crashed += 1
            print("crashed (%d): %s\n%s" % (proc.returncode, path, proc.stderr))
    print("%d crashed" % crashed)
    return 1 if crashed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
