//===- Outliner.cc - move a deferred statement into a function ------------===//
//
// Only the runtime tiers outline: their records hold a function pointer and
// a context, so the runtime can run the deferred code. For `__defer S` at
// number N in function f:
//
//   struct __cdefer_ctx_f_N { <snapshot fields> };
//   static void __cdefer_f_N (void *__cdefer_ctx)
//   {
//     struct __cdefer_ctx_f_N *__cdefer_c = __cdefer_ctx;
//     S'                      // S, moved here, reading from __cdefer_c
//   }
//
// The call form's saved callee and arguments become fields (Snapshot.cc);
// in the block form every variable of f that S names becomes a pointer
// field `p_x`, and each use of x in S reads `*__cdefer_c->p_x`. S's own
// declarations, labels and scopes move to the new function with it.
//
//===----------------------------------------------------------------------===//
#include "Outliner.h"
#include "DeferChecks.h"
#include "Diagnostics.h"
#include "Snapshot.h"
#include "TreeBuilder.h"
#include <map>

namespace cdefer {

namespace {

struct Reparent {
  tree From, To;
};

/// Gives S's automatic variables and labels to the outlined function.
tree reparent(tree *Slot, int *WalkSubtrees, void *Data) {
  auto *R = static_cast<Reparent *>(Data);
  tree T = *Slot;
  if (TYPE_P(T)) {
    *WalkSubtrees = 0;
    return NULL_TREE;
  }
  auto Move = [&](tree D) {
    if (D && DECL_P(D) && DECL_CONTEXT(D) == R->From && !TREE_STATIC(D) &&
        !DECL_EXTERNAL(D))
      DECL_CONTEXT(D) = R->To;
  };
  switch (TREE_CODE(T)) {
  case BIND_EXPR:
    for (tree V = BIND_EXPR_VARS(T); V; V = DECL_CHAIN(V))
      Move(V);
    break;
  case DECL_EXPR:
    Move(DECL_EXPR_DECL(T));
    if (VAR_P(DECL_EXPR_DECL(T)))
      walk_tree(&DECL_INITIAL(DECL_EXPR_DECL(T)), reparent, Data, nullptr);
    break;
  case LABEL_EXPR:
    Move(LABEL_EXPR_LABEL(T));
    break;
  case CASE_LABEL_EXPR: // a deferred switch's cases (test/fuzz/regressions)
    Move(CASE_LABEL(T));
    break;
  default:
    break;
  }
  return NULL_TREE;
}

} // namespace

OutlinedDefer outlineDefer(FunctionDefers &FDs, DeferSite &Site, unsigned N) {
  OutlinedDefer Out;
  tree Parent = FDs.Fn;
  location_t L = userLoc(Site.Loc);
  std::string Base = std::string(nameOf(Parent)) + "_" + std::to_string(N);

  tree FnType =
      build_function_type_list(void_type_node, ptr_type_node, NULL_TREE);
  tree Fn = build_decl(L, FUNCTION_DECL,
                       get_identifier(("__cdefer_" + Base).c_str()), FnType);
  TREE_STATIC(Fn) = 1;
  TREE_PUBLIC(Fn) = 0;
  DECL_EXTERNAL(Fn) = 0;
  DECL_ARTIFICIAL(Fn) = 1;
  TREE_USED(Fn) = 1;
  DECL_CONTEXT(Fn) = DECL_CONTEXT(Parent);
  // S was written for the parent's target and optimisation options.
  DECL_FUNCTION_SPECIFIC_TARGET(Fn) = DECL_FUNCTION_SPECIFIC_TARGET(Parent);
  DECL_FUNCTION_SPECIFIC_OPTIMIZATION(Fn) =
      DECL_FUNCTION_SPECIFIC_OPTIMIZATION(Parent);
  tree Result = build_decl(L, RESULT_DECL, NULL_TREE, void_type_node);
  DECL_ARTIFICIAL(Result) = 1;
  DECL_IGNORED_P(Result) = 1;
  DECL_CONTEXT(Result) = Fn;
  DECL_RESULT(Fn) = Result;
  tree Parm = build_decl(L, PARM_DECL, get_identifier("__cdefer_ctx"),
                         ptr_type_node);
  DECL_ARG_TYPE(Parm) = ptr_type_node;
  DECL_CONTEXT(Parm) = Fn;
  DECL_ARTIFICIAL(Parm) = 1;
  DECL_ARGUMENTS(Fn) = Parm;

  // What the snapshot carries, and where S reads each value back.
  tree &S = Site.body();
  std::vector<SavedValue> Saved = callFormValues(Site);
  std::vector<std::vector<tree *>> CaptureUses;
  std::vector<tree> Captured;
  if (Saved.empty() && !callFormCall(Site)) {
    std::map<tree, unsigned> Index;
    forEachCapture(&S, Parent, [&](tree *Use, tree Var, location_t) {
      auto [It, New] = Index.emplace(Var, Captured.size());
      if (New) {
        Captured.push_back(Var);
        CaptureUses.emplace_back();
      }
      CaptureUses[It->second].push_back(Use);
    });
  }
  std::vector<std::pair<std::string, tree>> Fields;
  for (const SavedValue &V : Saved)
    Fields.push_back({V.Name, V.SlotType});
  for (tree Var : Captured)
    Fields.push_back({std::string("p_") + nameOf(Var),
                      build_pointer_type(TREE_TYPE(Var))});

  tree Bind = build3(BIND_EXPR, void_type_node, NULL_TREE, NULL_TREE,
                     NULL_TREE);
  TREE_SIDE_EFFECTS(Bind) = 1;
  std::vector<tree> Body;
  if (!Fields.empty()) {
    Out.Ctx = makeRecord("__cdefer_ctx_" + Base, Fields);
    tree CtxPtr = build_pointer_type(Out.Ctx);
    tree C = build_decl(L, VAR_DECL, get_identifier("__cdefer_c"), CtxPtr);
    DECL_CONTEXT(C) = Fn;
    DECL_ARTIFICIAL(C) = 1;
    TREE_USED(C) = 1;
    DECL_INITIAL(C) = fold_convert(CtxPtr, Parm);
    BIND_EXPR_VARS(Bind) = C;
    Body.push_back(build1(DECL_EXPR, void_type_node, C));
    unsigned I = 0;
    for (const SavedValue &V : Saved) {
      Out.Values.push_back(V.Value);
      *V.Use = readBack(V, member(deref(C), fieldAt(Out.Ctx, I++)));
    }
    for (unsigned K = 0; K != Captured.size(); ++K, ++I) {
      TREE_ADDRESSABLE(Captured[K]) = 1;
      Out.Values.push_back(build_fold_addr_expr(Captured[K]));
      for (tree *Use : CaptureUses[K])
        *Use = deref(member(deref(C), fieldAt(Out.Ctx, I)));
    }
  }

  // Move S.
  tree Moved = S;
  S = build_empty_stmt(L);
  Reparent R{Parent, Fn};
  walk_tree_without_duplicates(&Moved, reparent, &R);
  tree Block = make_node(BLOCK);
  BLOCK_SUPERCONTEXT(Block) = Fn;
  BLOCK_VARS(Block) = BIND_EXPR_VARS(Bind);
  moveBlocks(Moved, Block);
  BIND_EXPR_BLOCK(Bind) = Block;
  Body.push_back(Moved);
  BIND_EXPR_BODY(Bind) = statementList(Body);
  DECL_INITIAL(Fn) = Block;
  DECL_SAVED_TREE(Fn) = Bind;

  // Give it a struct function, lower the C loops in S, and hand it to the
  // call graph (without a collection: our trees are not rooted yet).
  push_struct_function(Fn);
  cfun->function_start_locus = L;
  cfun->function_end_locus = L;
  pop_cfun();
  c_genericize(Fn);
  cgraph_node::finalize_function(Fn, /*no_collect=*/true);
  Out.Fn = Fn;
  return Out;
}

} // namespace cdefer
