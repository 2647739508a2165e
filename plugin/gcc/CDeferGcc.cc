//===- CDeferGcc.cc - the cdefer GCC 12 plugin: Go's defer for C ----------===//
//
// Loaded with `gcc -fplugin=cdefer_gcc.so`. The plugin:
//   1. defines `__defer` as the marker loop of cdefer_abi.h (PLUGIN_PRAGMAS,
//      so `gcc -E` sees it too) and declares the marker function at the
//      start of the unit: no #include is needed; from then on it notes each
//      marker the preprocessor hands the parser (MarkerUses) and rewords
//      the parser's errors about a misplaced `__defer` (ParseDiagnostics);
//   2. at PLUGIN_PRE_GENERICIZE of each function definition, while the C
//      front end's loops are still FOR_STMTs: reports the `__defer`s the
//      front end folded away with an operand it never evaluates
//      (MarkerUses), finds the marker loops (DeferFinder), diagnoses misuse
//      (DeferChecks), picks each `__defer`'s tier (TierChoice) and rewrites
//      the body around a TRY_FINALLY_EXPR (Lowering, Outliner for the
//      runtime tiers), registering panic-ready functions with the runtime
//      (PanicReady, LoweringPanic); keeps functions that call
//      cdefer_recover out of line and warns of panics with a null value;
//   3. checks no marker survived, here or in GNU nested functions
//      (MarkerAudit).
//
// Arguments (-fplugin-arg-cdefer_gcc-<arg>; GCC names them after the .so):
//   Wno-loop   do not warn about `__defer` inside a loop
//   Wloop      warn about it (the default)
//   tier=T     lower every `__defer` in tier T where it can be: open,
//              frame, pool, or auto (the default: the plugin chooses)
//   Rtier      a note at each `__defer`: its tier and why
//   panic=P    on: every function with a `__defer` is panic-ready (its
//              deferred code runs during a panic and may recover); off:
//              none is; auto (the default): those of a unit that declares
//              cdefer_panic or cdefer_recover (includes <cdefer.h>);
//              register: as on, and every one of them registers with the
//              runtime (none unwind-only: a panic through it is faster, a
//              normal call slower). See PanicReady.h.
//   Rpanic     a note at each function that takes part: whether it
//              registers with the runtime, and why
//   help       list the arguments
//
// Build: plugin/gcc/CMakeLists.txt, with g++-12 (a GCC plugin must be built
// by the C++ compiler GCC was built with). Debugging: `-fdump-tree-original`
// shows the rewritten body, `-fdump-tree-gimple` its lowering;
// `gcc -wrapper gdb,--args` runs cc1 under gdb.
//
//===----------------------------------------------------------------------===//
#include "DeferChecks.h"
#include "DeferSite.h"
#include "Diagnostics.h"
#include "Lowering.h"
#include "MarkerAudit.h"
#include "MarkerUses.h"
#include "PanicReach.h"
#include "PanicReady.h"
#include "ParseDiagnostics.h"
#include "UnitExceptions.h"
#include "ResumeCheck.h"
#include "RuntimeAbi.h"
#include "TierChoice.h"
#include "plugin-version.h"

int plugin_is_GPL_compatible;

namespace cdefer {
namespace {

constexpr const char *ValidArguments =
    "Wloop, Wno-loop, tier=open|frame|pool|auto, Rtier, "
    "panic=on|off|auto|register, Rpanic, help";

Options Opts;
unsigned NextOutlined = 0;
/// What the unit's functions call, inert or not (PanicReach.h).
PanicReach Reach;
bool IsC = true;

/// The macro, spelled as cdefer_abi.h spells it, so that a later
/// #include <cdefer.h> redefines it identically.
void defineDefer() {
  if (cpp_get_options(parse_in)->preprocessed)
    return;
  cpp_define(parse_in,
             "__defer=for (; __cdefer_marker_requires_the_cdefer_plugin();)");
}

/// `extern int __cdefer_marker_requires_the_cdefer_plugin (void);`,
/// compatible with cdefer_abi.h's own declaration of it.
void declareMarker(void *, void *) {
  if (!IsC)
    return;
  tree Type = build_function_type_list(integer_type_node, NULL_TREE);
  tree Marker = build_decl(BUILTINS_LOCATION, FUNCTION_DECL,
                           get_identifier(MarkerName), Type);
  DECL_EXTERNAL(Marker) = 1;
  TREE_PUBLIC(Marker) = 1;
  DECL_ARTIFICIAL(Marker) = 1;
  pushdecl(Marker);
}

void tierRemarks(const FunctionDefers &FDs) {
  for (const auto &Site : FDs.Sites) {
    const char *What = Site->Chosen == Tier::OpenCoded ? "is open-coded"
                       : Site->Chosen == Tier::Frame
                           ? "uses a frame-allocated record"
                           : "uses a pooled record";
    diag::tierRemark(userLoc(Site->Loc), What, Site->TierReason);
  }
}

/// Everything but the lost `__defer`s, for one function.
void lowerFunction(tree Fn) {
  // Until some code names the marker, no function can contain a `__defer`.
  tree Marker = identifier_global_value(get_identifier(MarkerName));
  if (!Marker || !TREE_USED(Marker))
    return;
  bool ErrorsBefore = seen_error();
  FunctionDefers FDs = findDefers(Fn);
  if (!FDs.empty()) {
    // Checks report even after earlier errors, as Clang's do: each function
    // is checked on its own.
    if (!checkDefers(FDs, Opts))
      return;
    // After any error nothing is lowered: the trees may hold error marks.
    if (ErrorsBefore || seen_error())
      return;
    chooseTiers(FDs, Opts);
    tree Hazard;
    PanicRole Role = choosePanicRole(FDs, Opts, Reach, &Hazard);
    FDs.PanicReady =
        Role == PanicRole::Registers || Role == PanicRole::RegistersOnRequest;
    if (Role == PanicRole::UnwindOnly)
      keepUnwindOnlyOutOfLine(Fn);
    if (Opts.RemarkTier)
      tierRemarks(FDs);
    if (Opts.RemarkPanic && Role != PanicRole::None)
      diag::panicRemark(DECL_SOURCE_LOCATION(Fn), Fn, unsigned(Role) - 1,
                        Hazard ? userLoc(EXPR_LOCATION(Hazard))
                               : UNKNOWN_LOCATION);
    lowerDefers(FDs, NextOutlined);
  }
  if (!ErrorsBefore)
    auditMarkers(Fn);
}

void handleFunction(void *GccData, void *) {
  tree Fn = static_cast<tree>(GccData);
  if (!IsC || !Fn || TREE_CODE(Fn) != FUNCTION_DECL || !DECL_SAVED_TREE(Fn))
    return;
  checkLostDefers(Fn);
  warnNullPanics(Fn);
  keepExceptionsOn(Fn);
  if (!seen_error())
    keepRecoverCallerOutOfLine(Fn);
  lowerFunction(Fn);
  doneWithFunction();
}

/// The preprocessor's and the diagnostics' side of the plugin, once the
/// preprocessor exists and before anything is parsed.
void startPreprocessing(void *, void *) {
  if (!IsC)
    return;
  defineDefer();
  watchMarkerUses();
  rewordParseErrors();
}

bool parseArguments(plugin_name_args *Info) {
  for (int I = 0; I != Info->argc; ++I) {
    const plugin_argument &A = Info->argv[I];
    std::string Arg = A.key;
    if (A.value)
      Arg += std::string("=") + A.value;
    if (Arg == "Wno-loop") {
      Opts.WarnLoop = false;
    } else if (Arg == "Wloop") {
      Opts.WarnLoop = true;
    } else if (Arg == "Rtier") {
      Opts.RemarkTier = true;
    } else if (Arg == "tier=auto") {
      Opts.Forced = Tier::Auto;
    } else if (Arg == "tier=open") {
      Opts.Forced = Tier::OpenCoded;
    } else if (Arg == "tier=frame") {
      Opts.Forced = Tier::Frame;
    } else if (Arg == "tier=pool") {
      Opts.Forced = Tier::Pooled;
    } else if (Arg == "panic=on") {
      Opts.PanicMode = Options::Panic::On;
    } else if (Arg == "panic=register") {
      Opts.PanicMode = Options::Panic::Register;
    } else if (Arg == "Rpanic") {
      Opts.RemarkPanic = true;
    } else if (Arg == "panic=off") {
      Opts.PanicMode = Options::Panic::Off;
    } else if (Arg == "panic=auto") {
      Opts.PanicMode = Options::Panic::Auto;
    } else if (Arg == "help") {
      fprintf(stderr,
              "cdefer plugin arguments (-fplugin-arg-%s-<arg>): %s\n",
              Info->base_name, ValidArguments);
    } else {
      error("invalid argument %qs for the cdefer plugin (valid: %s)",
            Arg.c_str(), ValidArguments);
    }
  }
  // The error already fails the compile; staying loaded spares the user a
  // cascade of "'__defer' undeclared" after it.
  return true;
}

struct plugin_info PluginInfo = {
    "0.1.0",
    "Go's defer for C: lowers __defer statements. Arguments: Wloop, "
    "Wno-loop, tier=open|frame|pool|auto, Rtier, panic=on|off|auto|register, "
    "Rpanic, help"};

} // namespace
} // namespace cdefer

int plugin_init(plugin_name_args *Info, plugin_gcc_version *Version) {
  using namespace cdefer;
  if (!plugin_default_version_check(Version, &gcc_version)) {
    error("the cdefer plugin was built for GCC %s and cannot run in GCC %s",
          gcc_version.basever, Version->basever);
    return 1;
  }
  // In cc1 and in an LTO link alike: the optimisers may drop a resume point
  // in either.
  registerResumeCheck(Info->base_name);
  // An LTO link (lto1, "GNU GIMPLE") gets the -fplugin of the compile: the
  // lowering is done by then, and the C front end is not there.
  if (&parse_in == nullptr || strcmp(lang_hooks.name, "GNU GIMPLE") == 0)
    return 0;
  // `__defer` is C (SPEC 1). cc1plus loads plugins too.
  IsC = strcmp(lang_hooks.name, "GNU C") == 0 ||
        strncmp(lang_hooks.name, "GNU C", 5) == 0;
  if (strncmp(lang_hooks.name, "GNU C++", 7) == 0 ||
      strstr(lang_hooks.name, "Objective") != nullptr) {
    IsC = false;
    error("the cdefer plugin supports C only; %<__defer%> is not available "
          "in C++");
  }
  register_callback(Info->base_name, PLUGIN_INFO, nullptr, &PluginInfo);
  parseArguments(Info);
  register_callback(Info->base_name, PLUGIN_REGISTER_GGC_ROOTS, nullptr,
                    const_cast<ggc_root_tab *>(RuntimeAbiRoots));
  register_callback(Info->base_name, PLUGIN_PRAGMAS, startPreprocessing,
                    nullptr);
  register_callback(Info->base_name, PLUGIN_START_UNIT, declareMarker,
                    nullptr);
  register_callback(Info->base_name, PLUGIN_PRE_GENERICIZE, handleFunction,
                    nullptr);
  register_callback(
      Info->base_name, PLUGIN_ALL_IPA_PASSES_START,
      [](void *, void *) { stopRewording(); }, nullptr);
  return 0;
}
