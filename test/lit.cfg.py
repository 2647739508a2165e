# lit configuration for cdefer. lit.site.cfg.py (made by CMake) sets the paths
# and then loads this file.
#
# Substitutions a test may use:
#   %clang           the Clang 22 driver, IR verifier on
#   %cdefer_plugin   path of CDefer.so
#   %cdefer_cc       the compiler under test (lit parameter cdefer_compiler)
#                    with its plugin loaded and <cdefer.h> on the path
#   %{cdefer_arg}    the plugin-argument prefix of that compiler:
#                    -fplugin-arg-cdefer- (clang), -fplugin-arg-cdefer_gcc- (gcc)
#   %gcc             the GCC 12 driver
#   %gcc_plugin      path of cdefer_gcc.so
#   %gcc_cc          %gcc with the GCC plugin loaded and <cdefer.h> on the path
#   %gcc_verify      test/tools/gcc_verify.py (Clang's -verify for GCC's output)
#   %cdefer_rt       link flags for the runtime library: the static one,
#                    or the shared one under cdefer_runtime=shared
#   %cdefer_rt_so    link flags for the shared runtime library
#   %cdefer_rt_static link flags for the static runtime library, always
#   %cdefer_include  runtime/include
#   %cdefer_unit_dir the runtime unit-test binaries
#   %cdefer_src      the source tree
#   %gdb             gdb in batch mode, with the break-at command of
#                    test/gdb/Inputs/break_at.py (feature: gdb)
#
# lit parameters (lit --param NAME=VALUE, or CDEFER_LIT_OPTS for `check`):
#   cdefer_cflags    extra flags for %cdefer_cc (e.g. to force a tier, or a
#                    mode of scripts/run-lit.sh). They go *after* the test's
#                    own flags (test/tools/append_flags.sh), so they win: a
#                    test's -O0 compiles at -O3 under cdefer_cflags=-O3.
#                    Warning options (-W..., not -Wl, -Wa, -Wp) go before
#                    them instead, so that a test's -Wno-X still holds.
#                    What they force is a feature, for REQUIRES/UNSUPPORTED
#                    (a test that must keep its own flag says so, and why):
#                      cflags-O        an optimisation level (-O1, -Os, ...)
#                      cflags-std      a language standard (-std=...)
#                      asan, ubsan, tsan   -fsanitize=address, undefined, thread
#                      lto             -flto
#                      pic             -fPIC / -fpic
#                      exceptions      -fexceptions
#                      werror          -Werror
#                      panic-forced    -fplugin-arg-cdefer-panic=... (every
#                                      unit then takes part in panics, or
#                                      none does)
#                      no-loop-warning the plugin's Wno-loop argument
#   cdefer_runtime   static (the default) or shared: which runtime library
#                    %cdefer_rt links. Feature: shared-runtime.
#   cdefer_compiler  clang (the default) or gcc: which plugin %cdefer_cc
#                    loads. Tests can say REQUIRES/UNSUPPORTED: cdefer-clang
#                    or cdefer-gcc. Under gcc, %cdefer_cc is gcc-12 behind
#                    test/tools/gcc_cc.py, which maps the few Clang flags the
#                    tests share (-Xclang -verify, -fno-caret-diagnostics,
#                    -std=c23) to GCC's; test/ir (Clang IR), test/malformed
#                    (checks Clang's parser messages; test/gcc/malformed-no-
#                    crash.test runs its files through GCC), test/runtime and
#                    test/install (no compiler under test) and test/gcc (run
#                    by the default pass already) are left out of that pass.
import os
import shutil
import sys
import lit.formats

config.name = "cdefer"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".c", ".test"]
config.excludes = ["Inputs", "CMakeLists.txt", "lit.cfg.py", "lit.site.cfg.py"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.cdefer_obj_root, "test")

# Debian's clang is a release build whose driver disables the IR verifier:
# turn it on everywhere, so a malformed lowering fails the test.
clang = config.clang + " -fverify-intermediate-code"
extra = lit_config.params.get("cdefer_cflags", "")
compiler = lit_config.params.get("cdefer_compiler", "clang")
if compiler not in ("clang", "gcc"):
    lit_config.fatal("cdefer_compiler must be clang or gcc, not %r" % compiler)

tools_dir = os.path.join(config.cdefer_src_root, "test", "tools")
gcc = config.gcc if config.gcc and not config.gcc.endswith("-NOTFOUND") else "gcc-12"
have_gcc_plugin = os.path.exists(config.cdefer_gcc_plugin)
gcc_cc = "%s -fplugin=%s -I%s" % (gcc, config.cdefer_gcc_plugin, config.cdefer_include_dir)
if compiler == "clang":
    cdefer_cc = "%s -fplugin=%s -I%s" % (
        clang, config.cdefer_plugin, config.cdefer_include_dir)
    cdefer_arg = "-fplugin-arg-cdefer-"
else:
    cdefer_cc = "%s %s %s" % (
        sys.executable, os.path.join(tools_dir, "gcc_cc.py"), gcc_cc)
    cdefer_arg = "-fplugin-arg-cdefer_gcc-"
    config.excludes += ["ir", "runtime", "install", "gcc", "malformed"]
    # Without the GCC plugin nothing here can run: say so, test by test.
    if not have_gcc_plugin:
        config.unsupported = True
config.available_features.add("cdefer-" + compiler)

# cdefer_cflags: warning options before the test's own flags, so that a
# test's deliberate -Wno-X holds against a mode's -Wall; every other flag
# after them, so that it wins. Both described by features.
if "'" in extra:
    lit_config.fatal("cdefer_cflags cannot contain a quote: %r" % extra)
def is_warning_option(flag):
    return flag.startswith("-W") and not flag.startswith(("-Wl,", "-Wa,", "-Wp,"))
warning_flags = [f for f in extra.split() if is_warning_option(f)]
other_flags = [f for f in extra.split() if not is_warning_option(f)]
if warning_flags:
    cdefer_cc += " " + " ".join(warning_flags)
if other_flags:
    cdefer_cc = "sh %s '%s' %s" % (
        os.path.join(tools_dir, "append_flags.sh"), " ".join(other_flags),
        cdefer_cc)
for flag in extra.split():
    if flag.startswith("-O"):
        config.available_features.add("cflags-O")
    elif flag.startswith("-std="):
        config.available_features.add("cflags-std")
    elif flag.startswith("-fsanitize="):
        kinds = flag.split("=", 1)[1].split(",")
        for kind, feature in (("address", "asan"), ("undefined", "ubsan"),
                              ("thread", "tsan")):
            if kind in kinds:
                config.available_features.add(feature)
    elif flag.startswith("-flto"):
        config.available_features.add("lto")
    elif flag in ("-fPIC", "-fpic"):
        config.available_features.add("pic")
    elif flag == "-fexceptions":
        config.available_features.add("exceptions")
    elif flag == "-Werror":
        config.available_features.add("werror")
    elif flag.endswith("-Wno-loop"):
        config.available_features.add("no-loop-warning")
    elif flag.startswith("-fplugin-arg-cdefer") and "-panic=" in flag:
        config.available_features.add("panic-forced")
runtime = lit_config.params.get("cdefer_runtime", "static")
if runtime not in ("static", "shared"):
    lit_config.fatal("cdefer_runtime must be static or shared, not %r" % runtime)
if runtime == "shared":
    config.available_features.add("shared-runtime")

config.substitutions.append(("%cdefer_cc", cdefer_cc))
config.substitutions.append(("%{cdefer_arg}", cdefer_arg))
config.substitutions.append(("%gcc_plugin", config.cdefer_gcc_plugin))
config.substitutions.append(("%gcc_cc", gcc_cc))
config.substitutions.append(("%gcc_verify", "%s %s" % (
    sys.executable, os.path.join(tools_dir, "gcc_verify.py"))))
config.substitutions.append(("%gcc", gcc))
config.substitutions.append(("%cdefer_plugin", config.cdefer_plugin))
cdefer_rt_so = "-L%s -Wl,-rpath,%s -lcdefer -pthread" % (
    config.cdefer_lib_dir, config.cdefer_lib_dir)
cdefer_rt = "%s -pthread" % os.path.join(config.cdefer_lib_dir, "libcdefer.a")
config.substitutions.append(("%cdefer_rt_so", cdefer_rt_so))
config.substitutions.append(("%cdefer_rt_static", cdefer_rt))
config.substitutions.append(("%cdefer_rt",
    cdefer_rt_so if runtime == "shared" else cdefer_rt))
config.substitutions.append(("%cdefer_include", config.cdefer_include_dir))
config.substitutions.append(("%cdefer_unit_dir", config.cdefer_unit_dir))
config.substitutions.append(("%cdefer_src", config.cdefer_src_root))
config.substitutions.append(("%cmake_generator", config.cmake_generator))
config.substitutions.append(("%cmake", config.cmake))
config.substitutions.append(("%clang", clang))

# FileCheck, not, split-file, count come from LLVM's tools directory.
config.environment["PATH"] = os.path.pathsep.join(
    [config.llvm_tools_dir, config.environment.get("PATH", "")])
# A stray CDEFER_* variable from the caller's shell must not change results.
for var in list(config.environment):
    if var.startswith("CDEFER_"):
        del config.environment[var]

# gdb, for test/gdb: on the PATH, and this process may be traced (a
# container's seccomp profile or Yama can forbid ptrace; PTRACE_TRACEME in a
# child is the cheap way to ask).
def ptrace_allowed():
    import ctypes
    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError:
        return False
    pid = os.fork()
    if pid == 0:
        os._exit(0 if libc.ptrace(0, 0, None, None) == 0 else 1)
    _, status = os.waitpid(pid, 0)
    return os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0

gdb = shutil.which("gdb")
if gdb and ptrace_allowed():
    config.available_features.add("gdb")
    # Quiet, no ~/.gdbinit, batch; `break-at FILE LABEL` (test/gdb/Inputs).
    config.substitutions.append(("%gdb", "%s -q -nx -batch -iex 'set debuginfod enabled off' "
        "-iex 'set startup-with-shell off' -x %s" % (
            gdb, os.path.join(config.cdefer_src_root, "test", "gdb", "Inputs",
                              "break_at.py"))))

if os.path.exists(config.cdefer_plugin):
    config.available_features.add("clang-plugin")
if have_gcc_plugin:
    config.available_features.add("gcc-plugin")
