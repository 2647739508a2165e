//===- Outliner.cc - move a deferred statement into a function ------------===//
//
// The runtime tiers outline, and so does the open-coded tier of a
// panic-ready function: their records (or its step function) hold a
// function pointer and a context, so the runtime can run the deferred code.
// For `__defer S` at number N in function f:
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
// field `p_x`, and each use of x in S reads `*__cdefer_c->p_x`, except a
// VLA of f's outermost block: S reads its decayed pointer `v_a` and the
// values of its bounds `n_a` (forEachVLAUse). S's own declarations, labels
// and scopes move to the new function with it.
//
//===----------------------------------------------------------------------===//
#include "Outliner.h"
#include "DeferChecks.h"
#include "Diagnostics.h"
#include "PanicReady.h"
#include "RuntimeAbi.h"
#include "Snapshot.h"
#include "TreeBuilder.h"
#include <map>
#include <set>

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

tree newFunction(tree Parent, const std::string &Name, tree ReturnType,
                 const std::vector<std::pair<std::string, tree>> &Params,
                 location_t L) {
  std::vector<tree> Types;
  for (const auto &P : Params)
    Types.push_back(P.second);
  tree FnType = build_function_type_array(ReturnType, Types.size(),
                                          Types.data());
  tree Fn = build_decl(L, FUNCTION_DECL, get_identifier(Name.c_str()), FnType);
  TREE_STATIC(Fn) = 1;
  TREE_PUBLIC(Fn) = 0;
  DECL_EXTERNAL(Fn) = 0;
  DECL_ARTIFICIAL(Fn) = 1;
  TREE_USED(Fn) = 1;
  DECL_CONTEXT(Fn) = DECL_CONTEXT(Parent);
  // Written for the parent's target and optimisation options.
  DECL_FUNCTION_SPECIFIC_TARGET(Fn) = DECL_FUNCTION_SPECIFIC_TARGET(Parent);
  DECL_FUNCTION_SPECIFIC_OPTIMIZATION(Fn) =
      DECL_FUNCTION_SPECIFIC_OPTIMIZATION(Parent);
  tree Result = build_decl(L, RESULT_DECL, NULL_TREE, ReturnType);
  DECL_ARTIFICIAL(Result) = 1;
  DECL_IGNORED_P(Result) = 1;
  DECL_CONTEXT(Result) = Fn;
  DECL_RESULT(Fn) = Result;
  tree *Last = &DECL_ARGUMENTS(Fn);
  for (const auto &[PName, PType] : Params) {
    tree Parm = build_decl(L, PARM_DECL, get_identifier(PName.c_str()), PType);
    DECL_ARG_TYPE(Parm) = PType;
    DECL_CONTEXT(Parm) = Fn;
    DECL_ARTIFICIAL(Parm) = 1;
    *Last = Parm;
    Last = &DECL_CHAIN(Parm);
  }
  return Fn;
}

void finishFunction(tree Fn, tree Body, tree Block, location_t L) {
  DECL_INITIAL(Fn) = Block;
  DECL_SAVED_TREE(Fn) = Body;
  // Give it a struct function, lower the C loops in it, and hand it to the
  // call graph (without a collection: our trees are not rooted yet).
  push_struct_function(Fn);
  cfun->function_start_locus = L;
  cfun->function_end_locus = L;
  pop_cfun();
  c_genericize(Fn);
  cgraph_node::finalize_function(Fn, /*no_collect=*/true);
}

namespace {

/// Replaces each `cdefer_recover ()` in *Slot with Make's call.
template <typename MakeFn> void rewriteRecoverCalls(tree *Slot, MakeFn Make) {
  struct Walk {
    static tree visit(tree *Slot, int *WalkSubtrees, void *Data) {
      if (TYPE_P(*Slot)) {
        *WalkSubtrees = 0;
        return NULL_TREE;
      }
      if (TREE_CODE(*Slot) == DECL_EXPR && VAR_P(DECL_EXPR_DECL(*Slot)))
        walk_tree(&DECL_INITIAL(DECL_EXPR_DECL(*Slot)), visit, Data, nullptr);
      if (isRecoverCall(*Slot)) {
        tree New = (*static_cast<MakeFn *>(Data))(*Slot);
        SET_EXPR_LOCATION(New, EXPR_LOCATION(*Slot));
        *Slot = New;
        *WalkSubtrees = 0;
      }
      return NULL_TREE;
    }
  };
  walk_tree(Slot, Walk::visit, &Make, nullptr);
}

tree constAddress(tree Fn) {
  return fold_convert(const_ptr_type_node, build_fold_addr_expr(Fn));
}

} // namespace

OutlinedDefer outlineDefer(FunctionDefers &FDs, DeferSite &Site, unsigned N) {
  OutlinedDefer Out;
  tree Parent = FDs.Fn;
  location_t L = userLoc(Site.Loc);
  std::string Base = std::string(nameOf(Parent)) + "_" + std::to_string(N);
  tree Fn = newFunction(Parent, "__cdefer_" + Base, void_type_node,
                        {{"__cdefer_ctx", ptr_type_node}}, L);
  tree Parm = DECL_ARGUMENTS(Fn);

  // `__defer cdefer_recover ();` counts as a call by f itself (Go's `defer
  // recover ()`): the runtime needs to know f.
  if (isRecoverCall(callFormCall(Site)))
    rewriteRecoverCalls(&Site.body(), [&](tree) {
      return callRuntime("__cdefer_recover_deferred", {constAddress(Parent)});
    });
  tree Call = callFormCall(Site);
  Out.CallForm = Call != NULL_TREE;

  // What the snapshot carries, and where S reads each value back.
  tree &S = Site.body();
  std::vector<SavedValue> Saved = callFormValues(Site);
  std::vector<tree> Captured;
  std::map<tree, unsigned> CaptureIndex;
  // A VLA of the outermost block (the checks allow no other): the pointer
  // its name decays to and the values of its size, taken at the `__defer`
  // (the outlined block could not evaluate its bounds), each read back in
  // place of the array, its decay or its size.
  std::set<tree> Declared;
  collectDeclared(S, Declared);
  VLASizes Sizes(Parent, Declared);
  std::vector<std::pair<std::string, tree>> VLAFields;
  std::vector<tree> VLAValues;
  std::map<tree, unsigned> VLAIndex; // by variable (pointer), by SAVE_EXPR
  // A panic-ready function's call-form context begins with the callee,
  // which the runtime compares with cdefer_recover's caller.
  tree Callee = Call && FDs.PanicReady ? get_callee_fndecl(Call) : NULL_TREE;
  if (Saved.empty() && !Call) {
    std::map<tree, unsigned> SizesOf;
    forEachVLAUse(&S, Parent, Sizes, /*Rewrite=*/false,
                  [&](tree Var, VLAUse U, tree Node, location_t) {
                    bool Pointer = U == VLAUse::Index || U == VLAUse::Decay;
                    if (!Pointer && TREE_CODE(Node) != SAVE_EXPR)
                      return NULL_TREE;
                    tree Key = Pointer ? Var : Node;
                    if (!VLAIndex.emplace(Key, VLAFields.size()).second)
                      return NULL_TREE;
                    std::string Name = nameOf(Var);
                    if (Pointer) {
                      tree Type = build_pointer_type(TREE_TYPE(TREE_TYPE(Var)));
                      VLAFields.push_back({"v_" + Name, Type});
                      VLAValues.push_back(
                          fold_convert(Type, build_fold_addr_expr(Var)));
                    } else {
                      unsigned K = SizesOf[Var]++;
                      VLAFields.push_back(
                          {"n_" + Name + (K ? "_" + std::to_string(K) : ""),
                           TREE_TYPE(Node)});
                      VLAValues.push_back(Node);
                    }
                    return NULL_TREE;
                  });
    forEachCapture(&S, Parent, [&](tree *, tree Var, location_t) {
      if (isCapturableVLA(Var))
        return; // read through its pointer, or only its size is used
      if (CaptureIndex.emplace(Var, Captured.size()).second)
        Captured.push_back(Var);
    });
  }
  std::vector<std::pair<std::string, tree>> Fields;
  if (Callee)
    Fields.push_back({"callee", const_ptr_type_node});
  for (const SavedValue &V : Saved)
    Fields.push_back({V.Name, V.SlotType});
  Fields.insert(Fields.end(), VLAFields.begin(), VLAFields.end());
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
    if (Callee) {
      Out.Values.push_back(constAddress(Callee));
      ++I;
    }
    for (const SavedValue &V : Saved) {
      Out.Values.push_back(V.Value);
      *V.Use = readBack(V, member(deref(C), fieldAt(Out.Ctx, I++)));
    }
    unsigned FirstVLA = I;
    Out.Values.insert(Out.Values.end(), VLAValues.begin(), VLAValues.end());
    I += VLAValues.size();
    if (!VLAValues.empty())
      forEachVLAUse(
          &S, Parent, Sizes, /*Rewrite=*/true,
          [&](tree Var, VLAUse U, tree Node, location_t) -> tree {
            bool Pointer = U == VLAUse::Index || U == VLAUse::Decay;
            auto It = VLAIndex.find(Pointer ? Var : Node);
            if (It == VLAIndex.end())
              return NULL_TREE;
            tree Value =
                member(deref(C), fieldAt(Out.Ctx, FirstVLA + It->second));
            if (U != VLAUse::Index)
              return Value;
            // `a[i]` indexes an array of unknown bound at the pointer.
            tree Array = build_array_type(TREE_TYPE(TREE_TYPE(Var)), NULL_TREE);
            return build1(INDIRECT_REF, Array,
                          fold_convert(build_pointer_type(Array), Value));
          });
    for (unsigned K = 0; K != Captured.size(); ++K) {
      TREE_ADDRESSABLE(Captured[K]) = 1;
      Out.Values.push_back(build_fold_addr_expr(Captured[K]));
    }
    forEachCapture(&S, Parent, [&](tree *Use, tree Var, location_t) {
      auto It = CaptureIndex.find(Var);
      if (It != CaptureIndex.end())
        *Use = deref(member(deref(C), fieldAt(Out.Ctx, I + It->second)));
    });
  }

  // A cdefer_recover () written in a deferred block names the block, so
  // that the runtime can tell the running block's own call.
  if (!Out.CallForm)
    rewriteRecoverCalls(&S, [&](tree) {
      return callRuntime("__cdefer_recover_block", {constAddress(Fn), Parm});
    });

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
  finishFunction(Fn, Bind, Block, L);
  Out.Fn = Fn;
  return Out;
}

} // namespace cdefer
