"""What the fuzz drivers share: where the compilers and plugins are, how to
run a compile, and what counts as a crash."""
import os
import re
import signal
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
SRC_ROOT = os.path.dirname(os.path.dirname(HERE))
INCLUDE = os.path.join(SRC_ROOT, "runtime", "include")


class Tools:
    """The compilers under test. BUILD is a cdefer build directory (the one
    holding lib/CDefer.so, lib/cdefer_gcc.so and lib/libcdefer.a)."""

    def __init__(self, build=None, clang="clang-22", gcc="gcc-12",
                 opt="/usr/lib/llvm-22/bin/opt"):
        build = build or os.environ.get("CDEFER_BUILD") or os.path.join(
            SRC_ROOT, "build")
        self.build = os.path.abspath(build)
        lib = os.path.join(self.build, "lib")
        self.clang_plugin = os.path.join(lib, "CDefer.so")
        self.gcc_plugin = os.path.join(lib, "cdefer_gcc.so")
        self.runtime = os.path.join(lib, "libcdefer.a")
        self.clang = clang
        self.gcc = gcc
        self.opt = opt
        if not os.path.exists(self.clang_plugin):
            raise SystemExit("no Clang plugin at %s (set --build or "
                             "CDEFER_BUILD)" % self.clang_plugin)
        self.have_gcc = os.path.exists(self.gcc_plugin)

    def clang_cmd(self, extra=()):
        # Debian's clang disables the IR verifier: turn it on, as lit does.
        return [self.clang, "-fverify-intermediate-code",
                "-fplugin=" + self.clang_plugin, "-I" + INCLUDE,
                "-fno-color-diagnostics"] + list(extra)

    def gcc_cmd(self, extra=()):
        return [self.gcc, "-fplugin=" + self.gcc_plugin, "-I" + INCLUDE,
                "-fdiagnostics-color=never"] + list(extra)

    def arg(self, compiler, a):
        if compiler == "clang":
            return "-fplugin-arg-cdefer-" + a
        return "-fplugin-arg-cdefer_gcc-" + a


def add_tool_args(ap):
    """The options that say where the tools are (see Tools)."""
    ap.add_argument("--build", help="cdefer build directory (default "
                    "$CDEFER_BUILD or <src>/build)")
    ap.add_argument("--clang", default="clang-22")
    ap.add_argument("--gcc", default="gcc-12")
    ap.add_argument("--opt", default="/usr/lib/llvm-22/bin/opt")


def tools_from(args):
    return Tools(args.build, args.clang, args.gcc, args.opt)


def run(cmd, timeout, stdin=None, cwd=None):
    """(returncode, stdout, stderr); returncode None on a timeout."""
    try:
        p = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=timeout, cwd=cwd)
    except subprocess.TimeoutExpired as e:
        return None, (e.stdout or b"").decode("utf-8", "replace"), \
            (e.stderr or b"").decode("utf-8", "replace")
    return (p.returncode, p.stdout.decode("utf-8", "replace"),
            p.stderr.decode("utf-8", "replace"))


# What a compiler prints when it dies, as opposed to reporting an error.
CRASH_PATTERNS = [
    r"PLEASE submit a bug report",
    r"Stack dump:",
    r"internal compiler error",
    r"Assertion .* failed",
    r"UNREACHABLE executed",
    r"LLVM ERROR",
    r"Broken module found",
    r"Instruction does not dominate all uses",
    r"error in backend",
    r"Segmentation fault",
    r"clang frontend command failed",
    r"Please submit a full bug report",
]
CRASH_RE = re.compile("|".join(CRASH_PATTERNS))


def crash_kind(rc, stderr):
    """None if the compile ended normally (success, or ordinary errors),
    else a short description of the crash."""
    if rc is None:
        return "timeout"
    if rc < 0:
        try:
            return "signal %s" % signal.Signals(-rc).name
        except ValueError:
            return "signal %d" % -rc
    m = CRASH_RE.search(stderr)
    if m:
        return m.group(0)
    if rc not in (0, 1):
        return "exit status %d" % rc
    return None


def crash_signature(stderr, kind=""):
    """A short, stable string that tells one crash from another: the first
    line that names the failure, with numbers and paths stripped, and the
    first plugin frame of the stack dump."""
    lines = stderr.splitlines()
    head = ""
    for l in lines:
        if CRASH_RE.search(l) or "error:" in l and "internal" in l:
            head = l
            break
    frame = ""
    for l in lines:
        if re.search(r"cdefer|CDefer|Lowering|Outliner|DeferChecks|Captures",
                     l) and re.match(r"\s*#?\d+ ", l):
            frame = re.sub(r".*?((?:cdefer|clang|llvm)::\S+|\S+\.(?:cpp|cc)"
                           r":\d+).*", r"\1", l)
            break
    sig = (head or kind) + (" | " + frame if frame else "")
    sig = re.sub(r"/\S+/", "", sig)
    sig = re.sub(r"0x[0-9a-f]+", "X", sig)
    sig = re.sub(r"\d+", "N", sig)
    return sig[:200]
