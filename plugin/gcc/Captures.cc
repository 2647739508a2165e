//===- Captures.cc - what a deferred statement refers to ------------------===//
//
// Shared by the checks (SPEC 2.5) and the outlining of runtime-tier defers,
// so the two cannot disagree about what is a capture.
//
//===----------------------------------------------------------------------===//
#include "DeferChecks.h"
#include "Diagnostics.h"

namespace cdefer {

/// True unless Call is what is left of a larger expression the front end
/// folded before any plugin hook: `((void)0, f(x))`, `(0, f(x))` and
/// `1 ? f(x) : g(x)` arrive as the bare call `f(x)`. The folded call keeps
/// the location of the expression it replaced, whose caret is its operator
/// (the `,`, `?` or `:`). A call's own caret is its callee's: the first
/// character of a name, a `(` or a `*`, or, for a callee that is itself a
/// comma or conditional expression, that callee's own location.
static bool spelledAsCall(tree Call) {
  location_t Caret = get_pure_location(EXPR_LOCATION(Call));
  tree Callee = CALL_EXPR_FN(Call);
  if (Callee && EXPR_P(Callee) && EXPR_HAS_LOCATION(Callee) &&
      get_pure_location(EXPR_LOCATION(Callee)) == Caret)
    return true;
  char C = charAt(Caret);
  return C != ',' && C != '?' && C != ':';
}

tree callFormCall(const DeferSite &Site) {
  if (Site.Braced)
    return NULL_TREE;
  tree S = Site.body();
  // With -g at -O1 and up, the front end puts a DEBUG_BEGIN_STMT before each
  // statement: `f (x);` arrives as a list of it and the call.
  if (S && TREE_CODE(S) == STATEMENT_LIST) {
    tree Only = NULL_TREE;
    for (tree_stmt_iterator I = tsi_start(S); !tsi_end_p(I); tsi_next(&I)) {
      if (TREE_CODE(tsi_stmt(I)) == DEBUG_BEGIN_STMT)
        continue;
      if (Only)
        return NULL_TREE;
      Only = tsi_stmt(I);
    }
    S = Only;
  }
  while (S && (CONVERT_EXPR_P(S) || TREE_CODE(S) == NON_LVALUE_EXPR) &&
         VOID_TYPE_P(TREE_TYPE(S)))
    S = TREE_OPERAND(S, 0);
  return S && TREE_CODE(S) == CALL_EXPR && !isMarkerCall(S) &&
                 spelledAsCall(S)
             ? S
             : NULL_TREE;
}

static tree collect(tree *Slot, int *WalkSubtrees, void *Data) {
  auto *Out = static_cast<std::set<tree> *>(Data);
  tree T = *Slot;
  if (TYPE_P(T)) {
    *WalkSubtrees = 0;
    return NULL_TREE;
  }
  if (TREE_CODE(T) == BIND_EXPR)
    for (tree V = BIND_EXPR_VARS(T); V; V = DECL_CHAIN(V))
      Out->insert(V);
  else if (TREE_CODE(T) == DECL_EXPR) {
    Out->insert(DECL_EXPR_DECL(T));
    if (VAR_P(DECL_EXPR_DECL(T)))
      walk_tree(&DECL_INITIAL(DECL_EXPR_DECL(T)), collect, Data, nullptr);
  }
  return NULL_TREE;
}

void collectDeclared(tree S, std::set<tree> &Out) {
  walk_tree_without_duplicates(&S, collect, &Out);
}

namespace {
struct CaptureWalk {
  tree Fn;
  std::set<tree> *Declared;
  const std::function<void(tree *, tree, location_t)> *Use;
  location_t Near;
};

tree visitCapture(tree *Slot, int *WalkSubtrees, void *Data);

void walkCaptures(tree *Slot, CaptureWalk &W) {
  walk_tree(Slot, visitCapture, &W, nullptr);
}

tree visitCapture(tree *Slot, int *WalkSubtrees, void *Data) {
  auto &W = *static_cast<CaptureWalk *>(Data);
  tree T = *Slot;
  if (TYPE_P(T)) {
    *WalkSubtrees = 0;
    return NULL_TREE;
  }
  if (TREE_CODE(T) == BIND_EXPR) {
    // Only the body: a variable of the bind is declared, not used.
    *WalkSubtrees = 0;
    walkCaptures(&BIND_EXPR_BODY(T), W);
    return NULL_TREE;
  }
  if (TREE_CODE(T) == DECL_EXPR) {
    tree D = DECL_EXPR_DECL(T);
    *WalkSubtrees = 0;
    if (VAR_P(D) && DECL_INITIAL(D)) {
      CaptureWalk Inner = W;
      Inner.Near = DECL_SOURCE_LOCATION(D);
      walkCaptures(&DECL_INITIAL(D), Inner);
    }
    return NULL_TREE;
  }
  if (EXPR_P(T) && EXPR_HAS_LOCATION(T)) {
    // Uses below T are located near T: walk them with T's location.
    *WalkSubtrees = 0;
    CaptureWalk Inner = W;
    Inner.Near = EXPR_LOCATION(T);
    for (int I = 0, N = TREE_OPERAND_LENGTH(T); I != N; ++I)
      walkCaptures(&TREE_OPERAND(T, I), Inner);
    return NULL_TREE;
  }
  if (isLocalOf(T, W.Fn) && !W.Declared->count(T))
    (*W.Use)(Slot, T, W.Near);
  return NULL_TREE;
}
} // namespace

void forEachCapture(tree *S, tree Fn,
                    const std::function<void(tree *, tree, location_t)> &Use) {
  std::set<tree> Declared;
  collectDeclared(*S, Declared);
  CaptureWalk W{Fn, &Declared, &Use, UNKNOWN_LOCATION};
  walkCaptures(S, W);
}

std::set<tree> outermostLocals(tree Fn) {
  std::set<tree> Out;
  for (tree P = DECL_ARGUMENTS(Fn); P; P = DECL_CHAIN(P))
    Out.insert(P);
  if (tree Bind = outermostBind(Fn))
    for (tree V = BIND_EXPR_VARS(Bind); V; V = DECL_CHAIN(V))
      Out.insert(V);
  return Out;
}

} // namespace cdefer
