# lit configuration for cdefer. lit.site.cfg.py (made by CMake) sets the paths
# and then loads this file.
#
# Substitutions a test may use:
#   %clang           the Clang 22 driver, IR verifier on
#   %cdefer_plugin   path of CDefer.so
#   %cdefer_cc       %clang with the plugin loaded and <cdefer.h> on the path
#   %cdefer_rt       link flags for the static runtime library
#   %cdefer_rt_so    link flags for the shared runtime library
#   %cdefer_include  runtime/include
#   %cdefer_unit_dir the runtime unit-test binaries
#   %cdefer_src      the source tree
#
# lit parameters (lit --param NAME=VALUE, or CDEFER_LIT_OPTS for `check`):
#   cdefer_cflags    extra flags for %cdefer_cc (e.g. to force a tier)
import os
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
cdefer_cc = "%s -fplugin=%s -I%s %s" % (
    clang, config.cdefer_plugin, config.cdefer_include_dir, extra)

config.substitutions.append(("%cdefer_cc", cdefer_cc))
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
