//===- RuntimeAbi.cc - cdefer_abi.h, as trees -----------------------------===//
#include "RuntimeAbi.h"
#include "TreeBuilder.h"
#include "ggc.h"
#include <cstddef>
#include <type_traits>

// The trees below must describe cdefer_abi.h exactly. The header is C, and
// includes nothing: include it here so that a change to the ABI fails the
// plugin's build instead of miscompiling users' code.
extern "C" {
#include "cdefer_abi.h"
}
#undef __defer
static_assert(__CDEFER_ABI_VERSION == 6,
              "cdefer_abi.h changed: update RuntimeAbi.cc to match");
static_assert(offsetof(__cdefer_record, __next) == 0 &&
                  offsetof(__cdefer_record, __fn) == sizeof(void *) &&
                  offsetof(__cdefer_record, __ctx) == 2 * sizeof(void *) &&
                  offsetof(__cdefer_record, __site) == 3 * sizeof(void *) &&
                  offsetof(__cdefer_record, __pooled) == 4 * sizeof(void *) &&
                  sizeof(__cdefer_record) == 5 * sizeof(void *),
              "struct __cdefer_record changed");
static_assert(offsetof(__cdefer_frame, __head) == 0 &&
                  offsetof(__cdefer_frame, __mark) == sizeof(void *) &&
                  offsetof(__cdefer_frame, __owner) == 2 * sizeof(void *) &&
                  offsetof(__cdefer_frame, __pooled) == 3 * sizeof(void *) &&
                  sizeof(__cdefer_frame) == 4 * sizeof(void *),
              "struct __cdefer_frame changed");
static_assert(
    std::is_same<decltype(&__cdefer_push_slow),
                 void (*)(__cdefer_frame *, __cdefer_fn_t, const void *,
                          __SIZE_TYPE__, const char *)>::value,
    "__cdefer_push_slow changed");
static_assert(std::is_same<decltype(&__cdefer_return),
                           void (*)(__cdefer_frame *)>::value,
              "__cdefer_return changed");

namespace cdefer {

namespace {
// Kept across functions: GC roots (RuntimeAbiRoots).
tree AbiTrees[4]; // frame, record, __cdefer_push, __cdefer_return
RuntimeAbi Abi;
bool Built = false;
} // namespace

const struct ggc_root_tab RuntimeAbiRoots[] = {
    {&AbiTrees[0], 4, sizeof(tree), &gt_ggc_mx_tree_node, &gt_pch_nx_tree_node},
    LAST_GGC_ROOT_TAB};

const RuntimeAbi &runtimeAbi() {
  if (Built)
    return Abi;
  Built = true;
  tree Void = ptr_type_node;
  Abi.FnPtr = build_pointer_type(
      build_function_type_list(void_type_node, ptr_type_node, NULL_TREE));
  // struct __cdefer_record { next; fn; ctx; site; pooled; }
  tree Record = make_node(RECORD_TYPE);
  tree RecPtr = build_pointer_type(Record);
  // finish_builtin_struct takes the fields last first.
  tree Fields = NULL_TREE;
  auto Add = [&](tree Rec, const char *Name, tree Type) {
    tree F = build_decl(BUILTINS_LOCATION, FIELD_DECL, get_identifier(Name),
                        Type);
    DECL_CONTEXT(F) = Rec;
    DECL_CHAIN(F) = Fields;
    Fields = F;
    return F;
  };
  Abi.RecNext = Add(Record, "__next", RecPtr);
  Abi.RecFn = Add(Record, "__fn", Abi.FnPtr);
  Abi.RecCtx = Add(Record, "__ctx", Void);
  Abi.RecSite = Add(Record, "__site", const_string_type_node);
  Abi.RecPooled = Add(Record, "__pooled", size_type_node);
  finish_builtin_struct(Record, "__cdefer_record", Fields, NULL_TREE);
  Abi.Record = AbiTrees[1] = Record;
  // struct __cdefer_frame { head; mark; owner; pooled; }
  tree Frame = make_node(RECORD_TYPE);
  Fields = NULL_TREE;
  Abi.FrameHead = Add(Frame, "__head", RecPtr);
  Abi.FrameMark = Add(Frame, "__mark", Void);
  Abi.FrameOwner = Add(Frame, "__owner", Void);
  Abi.FramePooled = Add(Frame, "__pooled", size_type_node);
  finish_builtin_struct(Frame, "__cdefer_frame", Fields, NULL_TREE);
  Abi.Frame = AbiTrees[0] = Frame;
  return Abi;
}

/// The translation unit's declaration of Name (from <cdefer.h>), or ours.
static tree runtimeFunction(const char *Name, tree Type, tree &Cache) {
  tree Id = get_identifier(Name);
  tree D = identifier_global_value(Id);
  if (D && TREE_CODE(D) == FUNCTION_DECL)
    return D;
  if (Cache)
    return Cache;
  D = build_decl(BUILTINS_LOCATION, FUNCTION_DECL, Id, Type);
  DECL_EXTERNAL(D) = 1;
  TREE_PUBLIC(D) = 1;
  DECL_ARTIFICIAL(D) = 1;
  TREE_NOTHROW(D) = 0; // deferred code run by the runtime may throw
  return Cache = D;
}

tree callRuntime(const char *Name, const std::vector<tree> &Args) {
  const RuntimeAbi &A = runtimeAbi();
  tree FramePtr = build_pointer_type(A.Frame);
  bool Push = strcmp(Name, "__cdefer_push_slow") == 0;
  tree Type =
      Push ? build_function_type_list(void_type_node, FramePtr, A.FnPtr,
                                      const_ptr_type_node, size_type_node,
                                      const_string_type_node, NULL_TREE)
           : build_function_type_list(void_type_node, FramePtr, NULL_TREE);
  tree Fn = runtimeFunction(Name, Type, AbiTrees[Push ? 2 : 3]);
  // Convert each argument to the declared parameter's type (a declaration
  // from <cdefer.h> names its own struct tags).
  std::vector<tree> Converted;
  tree Parm = TYPE_ARG_TYPES(TREE_TYPE(Fn));
  for (tree Arg : Args) {
    if (Parm && TREE_VALUE(Parm) != void_type_node) {
      Arg = fold_convert(TREE_VALUE(Parm), Arg);
      Parm = TREE_CHAIN(Parm);
    }
    Converted.push_back(Arg);
  }
  tree Call = build_call_expr_loc_array(UNKNOWN_LOCATION, Fn, Converted.size(),
                                        Converted.data());
  TREE_SIDE_EFFECTS(Call) = 1;
  return Call;
}

} // namespace cdefer
