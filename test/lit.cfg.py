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
#   %cdefer_rt       link flags for the static runtime library
#   %cdefer_rt_so    link flags for the shared runtime library
#   %cdefer_include  runtime/include
#   %cdefer_unit_dir the runtime unit-test binaries
#   %cdefer_src      the source tree
#
# lit parameters (lit --param NAME=VALUE, or CDEFER_LIT_OPTS for `check`):
#   cdefer_cflags    extra flags for %cdefer_cc (e.g. to force a tier)
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
    cdefer_cc = "%s -fplugin=%s -I%s %s" % (
        clang, config.cdefer_plugin, config.cdefer_include_dir, extra)
    cdefer_arg = "-fplugin-arg-cdefer-"
else:
    cdefer_cc = "%s %s %s %s" % (
        sys.executable, os.path.join(tools_dir, "gcc_cc.py"), gcc_cc, extra)
    cdefer_arg = "-fplugin-arg-cdefer_gcc-"
    config.excludes += ["ir", "runtime", "install", "gcc", "malformed"]
    # Without the GCC plugin nothing here can run: say so, test by test.
    if not have_gcc_plugin:
        config.unsupported = True
config.available_features.add("cdefer-" + compiler)

config.substitutions.append(("%cdefer_cc", cdefer_cc))
config.substitutions.append(("%{cdefer_arg}", cdefer_arg))
config.substitutions.append(("%gcc_plugin", config.cdefer_gcc_plugin))
config.substitutions.append(("%gcc_cc", gcc_cc))
config.substitutions.append(("%gcc_verify", "%s %s" % (
    sys.executable, os.path.join(tools_dir, "gcc_verify.py"))))
config.substitutions.append(("%gcc", gcc))
config.substitutions.append(("%cdefer_plugin", config.cdefer_plugin))
config.substitutions.append(("%cdefer_rt_so",
    "-L%s -Wl,-rpath,%s -lcdefer -pthread" % (config.cdefer_lib_dir, config.cdefer_lib_dir)))
config.substitutions.append(("%cdefer_rt",
    "%s -pthread" % os.path.join(config.cdefer_lib_dir, "libcdefer.a")))
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

if os.path.exists(config.cdefer_plugin):
    config.available_features.add("clang-plugin")
if have_gcc_plugin:
    config.available_features.add("gcc-plugin")
