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
static_assert(__CDEFER_ABI_VERSION == 8,
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
static_assert(offsetof(__cdefer_pframe, __jb) == 0 &&
                  sizeof(((__cdefer_pframe *)0)->__jb) == 5 * sizeof(void *) &&
                  offsetof(__cdefer_pframe, __fn) == 5 * sizeof(void *) &&
                  offsetof(__cdefer_pframe, __frame) == 6 * sizeof(void *) &&
                  offsetof(__cdefer_pframe, __step) == 7 * sizeof(void *) &&
                  offsetof(__cdefer_pframe, __depth) == 8 * sizeof(void *) &&
                  offsetof(__cdefer_pframe, __chain) == 9 * sizeof(void *) &&
                  sizeof(__cdefer_pframe) == 10 * sizeof(void *),
              "struct __cdefer_pframe changed");
static_assert(offsetof(__cdefer_next, __fn) == 0 &&
                  offsetof(__cdefer_next, __ctx) == sizeof(void *) &&
                  offsetof(__cdefer_next, __site) == 2 * sizeof(void *) &&
                  sizeof(__cdefer_next) == 3 * sizeof(void *),
              "struct __cdefer_next changed");
static_assert(std::is_same<decltype(((__cdefer_pframe *)0)->__step),
                           int (*)(void *, __cdefer_next *)>::value,
              "__cdefer_pframe.__step changed");
static_assert(std::is_same<decltype(&__cdefer_pframe_push),
                           void (*)(__cdefer_pframe *, void *)>::value &&
                  std::is_same<decltype(&__cdefer_pframe_push_skip),
                               void (*)(__cdefer_pframe *, void *)>::value &&
                  std::is_same<decltype(&__cdefer_pframe_pop),
                               void (*)(__cdefer_pframe *)>::value,
              "__cdefer_pframe_push or __cdefer_pframe_pop changed");
static_assert(std::is_same<decltype(&__cdefer_recover_block),
                           void *(*)(const void *, void *)>::value &&
                  std::is_same<decltype(&__cdefer_recover_deferred),
                               void *(*)(const void *)>::value,
              "__cdefer_recover_block or __cdefer_recover_deferred changed");

namespace cdefer {

namespace {
// Kept across functions: GC roots (RuntimeAbiRoots).
// frame, record, pframe, next, then the runtime functions (RuntimeNames).
constexpr unsigned NumAbiTrees = 11;
tree AbiTrees[NumAbiTrees];
constexpr const char *RuntimeNames[] = {
    "__cdefer_push_slow",    "__cdefer_return",
    "__cdefer_pframe_push",  "__cdefer_pframe_pop",
    "__cdefer_recover_block", "__cdefer_recover_deferred",
    "__cdefer_pframe_push_skip"};
static_assert(4 + sizeof(RuntimeNames) / sizeof(*RuntimeNames) == NumAbiTrees,
              "a GC root per tree");
RuntimeAbi Abi;
bool Built = false;
} // namespace

const struct ggc_root_tab RuntimeAbiRoots[] = {
    {&AbiTrees[0], NumAbiTrees, sizeof(tree), &gt_ggc_mx_tree_node, &gt_pch_nx_tree_node},
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
  // struct __cdefer_next { fn; ctx; site; }
  tree Next = make_node(RECORD_TYPE);
  Fields = NULL_TREE;
  Abi.NextFn = Add(Next, "__fn", Abi.FnPtr);
  Abi.NextCtx = Add(Next, "__ctx", Void);
  Abi.NextSite = Add(Next, "__site", const_string_type_node);
  finish_builtin_struct(Next, "__cdefer_next", Fields, NULL_TREE);
  Abi.Next = AbiTrees[3] = Next;
  Abi.StepPtr = build_pointer_type(build_function_type_list(
      integer_type_node, ptr_type_node, build_pointer_type(Next), NULL_TREE));
  // struct __cdefer_pframe { jb[5]; fn; frame; step; depth; chain; }
  tree PFrame = make_node(RECORD_TYPE);
  Fields = NULL_TREE;
  Abi.PfJb = Add(PFrame, "__jb",
                 build_array_type_nelts(ptr_type_node, 5));
  Abi.PfFn = Add(PFrame, "__fn", const_ptr_type_node);
  Abi.PfFrame = Add(PFrame, "__frame", Void);
  Abi.PfStep = Add(PFrame, "__step", Abi.StepPtr);
  Abi.PfDepth = Add(PFrame, "__depth", size_type_node);
  Abi.PfChain = Add(PFrame, "__chain", Void);
  finish_builtin_struct(PFrame, "__cdefer_pframe", Fields, NULL_TREE);
  Abi.PFrame = AbiTrees[2] = PFrame;
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
  tree PFramePtr = build_pointer_type(A.PFrame);
  unsigned Which = 0;
  while (strcmp(RuntimeNames[Which], Name) != 0)
    ++Which;
  tree Type;
  switch (Which) {
  case 0: // __cdefer_push_slow
    Type = build_function_type_list(void_type_node, FramePtr, A.FnPtr,
                                    const_ptr_type_node, size_type_node,
                                    const_string_type_node, NULL_TREE);
    break;
  case 1: // __cdefer_return
    Type = build_function_type_list(void_type_node, FramePtr, NULL_TREE);
    break;
  case 2: // __cdefer_pframe_push
  case 6: // __cdefer_pframe_push_skip
    Type = build_function_type_list(void_type_node, PFramePtr, ptr_type_node,
                                    NULL_TREE);
    break;
  case 3: // __cdefer_pframe_pop
    Type = build_function_type_list(void_type_node, PFramePtr, NULL_TREE);
    break;
  case 4: // __cdefer_recover_block
    Type = build_function_type_list(ptr_type_node, const_ptr_type_node,
                                    ptr_type_node, NULL_TREE);
    break;
  case 5: // __cdefer_recover_deferred
    Type = build_function_type_list(ptr_type_node, const_ptr_type_node,
                                    NULL_TREE);
    break;
  default:
    gcc_unreachable();
  }
  tree Fn = runtimeFunction(Name, Type, AbiTrees[4 + Which]);
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
