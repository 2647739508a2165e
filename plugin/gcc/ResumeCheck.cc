//===- ResumeCheck.cc - a panic-ready function kept its resume point ------===//
#include "ResumeCheck.h"
#include "basic-block.h"
#include "context.h"
#include "tree-pass.h"
#include "tree-ssa-alias.h"
#include "gimple-expr.h"
#include "gimple.h"
#include "gimple-iterator.h"
#include <set>

namespace cdefer {

namespace {

const pass_data ResumeCheckData = {
    GIMPLE_PASS,         // type
    "cdefer_resume",     // name
    OPTGROUP_NONE,       // optinfo_flags
    TV_NONE,             // tv_id
    PROP_cfg,            // properties_required
    0,                   // properties_provided
    0,                   // properties_destroyed
    0,                   // todo_flags_start
    0,                   // todo_flags_finish
};

/// True if Call calls the runtime function Name.
bool callsRuntime(const gimple *Call, const char *Name) {
  tree Callee = gimple_call_fndecl(Call);
  return Callee && DECL_NAME(Callee) &&
         strcmp(IDENTIFIER_POINTER(DECL_NAME(Callee)), Name) == 0;
}

class ResumeCheck : public gimple_opt_pass {
public:
  explicit ResumeCheck(gcc::context *Ctx)
      : gimple_opt_pass(ResumeCheckData, Ctx) {}

  unsigned int execute(function *Fun) override {
    bool Registers = false, Setup = false, Receiver = false;
    basic_block BB;
    FOR_EACH_BB_FN(BB, Fun) {
      for (gimple_stmt_iterator I = gsi_start_bb(BB); !gsi_end_p(I);
           gsi_next(&I)) {
        const gimple *S = gsi_stmt(I);
        if (!is_gimple_call(S))
          continue;
        if (gimple_call_builtin_p(S, BUILT_IN_SETJMP_SETUP))
          Setup = true;
        else if (gimple_call_builtin_p(S, BUILT_IN_SETJMP_RECEIVER))
          Receiver = true;
        else if (callsRuntime(S, "__cdefer_pframe_push") ||
                 callsRuntime(S, "__cdefer_pframe_push_skip"))
          Registers = true;
      }
    }
    // Once per function (an LTO link may run this pass on it twice).
    if (Registers && Setup && !Receiver &&
        Reported.insert(DECL_SOURCE_LOCATION(Fun->decl)).second) {
      error_at(DECL_SOURCE_LOCATION(Fun->decl),
               "%qD cannot return normally after its deferred code "
               "recovers: GCC removed the point it would resume at, since "
               "every computed goto in it is dead code",
               Fun->decl);
      inform(DECL_SOURCE_LOCATION(Fun->decl),
             "remove the dead %<goto *%>, or recover in a caller");
    }
    return 0;
  }

private:
  std::set<location_t> Reported;
};

} // namespace

void registerResumeCheck(const char *PluginName) {
  static register_pass_info Info;
  Info.pass = new ResumeCheck(g);
  Info.reference_pass_name = "optimized";
  Info.ref_pass_instance_number = 1;
  Info.pos_op = PASS_POS_INSERT_AFTER;
  register_callback(PluginName, PLUGIN_PASS_MANAGER_SETUP, nullptr, &Info);
}

} // namespace cdefer
