//===- DeferFinder.cc - find every `__defer` in a function's GENERIC ------===//
//
// `__defer S` reaches PLUGIN_PRE_GENERICIZE as the C front end's
// `FOR_STMT (init: none, cond: marker () != 0, incr: none, body: S)`: GCC 12
// keeps C loops as FOR_STMT/WHILE_STMT/DO_STMT until c_genericize, which
// runs right after this callback. One walk finds those marker loops,
// remembers where each hangs (the lowering replaces it there), and records
// what the checks need: the loops around a defer, and the deferred
// statement around each goto, label and `&&label`.
//
// The front end has already discarded operands that are never evaluated
// (sizeof, typeof, _Generic's losers): a `__defer` there never reaches us;
// MarkerUses.cc finds those. A variably modified `sizeof` operand is kept,
// inside a SAVE_EXPR the tree holds twice: each marker loop is taken once.
//
//===----------------------------------------------------------------------===//
#include "DeferSite.h"
#include "Diagnostics.h"
#include <set>

namespace cdefer {

bool isMarkerCall(const_tree T) {
  if (!T || TREE_CODE(T) != CALL_EXPR)
    return false;
  tree Callee = get_callee_fndecl(T);
  return Callee && DECL_NAME(Callee) &&
         strcmp(IDENTIFIER_POINTER(DECL_NAME(Callee)), MarkerName) == 0;
}

bool isMarkerLoop(const_tree T) {
  if (!T || TREE_CODE(T) != FOR_STMT || FOR_INIT_STMT(T) || FOR_EXPR(T))
    return false;
  tree Cond = FOR_COND(T);
  // The front end turns the condition into `marker () != 0`.
  if (Cond && TREE_CODE(Cond) == NE_EXPR && integer_zerop(TREE_OPERAND(Cond, 1)))
    Cond = TREE_OPERAND(Cond, 0);
  while (Cond && CONVERT_EXPR_P(Cond))
    Cond = TREE_OPERAND(Cond, 0);
  return isMarkerCall(Cond);
}

tree outermostBind(tree Fn) {
  tree Body = DECL_SAVED_TREE(Fn);
  if (!Body)
    return NULL_TREE;
  if (TREE_CODE(Body) == BIND_EXPR)
    return Body;
  // `main` gets its implicit `return 0;` after the body's BIND_EXPR, in a
  // statement list: the outermost block is the bind of the function's BLOCK.
  if (TREE_CODE(Body) == STATEMENT_LIST)
    for (tree_stmt_iterator I = tsi_start(Body); !tsi_end_p(I); tsi_next(&I))
      if (TREE_CODE(tsi_stmt(I)) == BIND_EXPR &&
          BIND_EXPR_BLOCK(tsi_stmt(I)) &&
          BIND_EXPR_BLOCK(tsi_stmt(I)) == DECL_INITIAL(Fn))
        return tsi_stmt(I);
  return NULL_TREE;
}

bool isLocalOf(const_tree D, const_tree Fn) {
  if (!D || (TREE_CODE(D) != VAR_DECL && TREE_CODE(D) != PARM_DECL))
    return false;
  if (TREE_STATIC(D) || DECL_EXTERNAL(D))
    return false;
  return DECL_CONTEXT(D) == Fn;
}

namespace {

/// True if the first token after the `__defer` at L is `{`, where the
/// `__defer` is spelled (in the user's own macro, if it is in one).
bool bracedAfterDefer(location_t L) {
  // L is the macro's `for`; the `__defer` token is where that expanded.
  L = get_pure_location(L);
  if (linemap_location_from_macro_expansion_p(line_table, L))
    L = MACRO_MAP_EXPANSION_POINT_LOCATION(
        linemap_check_macro(linemap_lookup(line_table, L)));
  L = linemap_resolve_location(line_table, L, LRK_SPELLING_LOCATION, nullptr);
  expanded_location X = expand_location(L);
  if (!X.file || X.column <= 0)
    return false;
  char_span Line = location_get_source_line(X.file, X.line);
  size_t P = X.column - 1;
  bool Word = false;
  for (const char *W : {"__defer", "defer"}) {
    size_t N = strlen(W);
    if (Line && P + N <= Line.length() &&
        memcmp(Line.get_buffer() + P, W, N) == 0 &&
        (P + N == Line.length() ||
         !(ISALNUM(Line[P + N]) || Line[P + N] == '_'))) {
      P += N;
      Word = true;
      break;
    }
  }
  if (!Word)
    return false;
  for (int LineNo = X.line; LineNo < X.line + 8; ++LineNo) {
    if (LineNo != X.line) {
      Line = location_get_source_line(X.file, LineNo);
      P = 0;
    }
    if (!Line)
      return false;
    for (; P < Line.length(); ++P) {
      if (ISSPACE(Line[P]))
        continue;
      return Line[P] == '{';
    }
  }
  return false;
}

struct WalkState {
  DeferSite *InDefer = nullptr;
  tree Loop = NULL_TREE;
};

class Finder {
public:
  explicit Finder(FunctionDefers &FDs) : FDs(FDs) {}

  void walk(tree *Slot, WalkState St) {
    if (!Slot || !*Slot)
      return;
    Walk W{this, St};
    walk_tree(Slot, &Finder::visit, &W, nullptr);
  }

  /// Then: a defer not in a loop statement is still "in a loop" if a goto at
  /// or after it jumps to a label at or before it (conservative, sound).
  void markBackwardGotoLoops();

private:
  struct Walk {
    Finder *F;
    WalkState St;
  };

  static tree visit(tree *Slot, int *WalkSubtrees, void *Data) {
    Walk *W = static_cast<Walk *>(Data);
    return W->F->node(Slot, WalkSubtrees, W->St);
  }

  tree node(tree *Slot, int *WalkSubtrees, const WalkState &St);

  FunctionDefers &FDs;
  unsigned Order = 0;
  std::set<tree> Found; ///< marker loops already taken
};

tree Finder::node(tree *Slot, int *WalkSubtrees, const WalkState &St) {
  tree T = *Slot;
  ++Order;
  if (TYPE_P(T) || TREE_CODE(T) == ERROR_MARK) {
    *WalkSubtrees = 0;
    return NULL_TREE;
  }
  if (isMarkerLoop(T)) {
    *WalkSubtrees = 0;
    if (!Found.insert(T).second)
      return NULL_TREE;
    auto Site = std::make_unique<DeferSite>();
    Site->Marker = T;
    Site->Slot = Slot;
    Site->Loc = EXPR_LOCATION(T);
    Site->Enclosing = St.InDefer;
    Site->Loop = St.Loop;
    Site->InLoop = St.Loop != NULL_TREE;
    Site->Order = Order;
    Site->Braced = bracedAfterDefer(Site->Loc);
    Site->Index = FDs.Sites.size();
    DeferSite *Added = Site.get();
    FDs.Sites.push_back(std::move(Site));
    WalkState Inner = St;
    Inner.InDefer = Added;
    walk(&FOR_BODY(T), Inner);
    return NULL_TREE;
  }
  WalkState Repeated = St;
  Repeated.Loop = T;
  switch (TREE_CODE(T)) {
  case FOR_STMT:
    *WalkSubtrees = 0;
    // The init part runs once; everything else may run again.
    walk(&FOR_INIT_STMT(T), St);
    walk(&FOR_COND(T), Repeated);
    walk(&FOR_EXPR(T), Repeated);
    walk(&FOR_BODY(T), Repeated);
    return NULL_TREE;
  case WHILE_STMT:
    *WalkSubtrees = 0;
    walk(&WHILE_COND(T), Repeated);
    walk(&WHILE_BODY(T), Repeated);
    return NULL_TREE;
  case DO_STMT:
    *WalkSubtrees = 0;
    walk(&DO_BODY(T), Repeated);
    walk(&DO_COND(T), Repeated);
    return NULL_TREE;
  case BIND_EXPR:
    // The variables' initialisers are walked at their DECL_EXPRs.
    *WalkSubtrees = 0;
    walk(&BIND_EXPR_BODY(T), St);
    return NULL_TREE;
  case DECL_EXPR:
    if (TREE_CODE(DECL_EXPR_DECL(T)) == FUNCTION_DECL) {
      // A GNU nested function: its body is not ours to walk.
      *WalkSubtrees = 0;
      FDs.NestedFunctions.push_back(DECL_EXPR_DECL(T));
    } else if (VAR_P(DECL_EXPR_DECL(T))) {
      // walk_tree does not look into the initialiser.
      walk(&DECL_INITIAL(DECL_EXPR_DECL(T)), St);
    }
    return NULL_TREE;
  case GOTO_EXPR:
    if (TREE_CODE(GOTO_DESTINATION(T)) == LABEL_DECL)
      FDs.Gotos.push_back({T, St.InDefer, Order});
    else
      FDs.IndirectGotos.push_back({T, St.InDefer, Order});
    return NULL_TREE;
  case LABEL_EXPR:
    FDs.Labels[LABEL_EXPR_LABEL(T)] = {St.InDefer, Order};
    return NULL_TREE;
  case ADDR_EXPR:
    if (TREE_CODE(TREE_OPERAND(T, 0)) == LABEL_DECL)
      FDs.AddrLabels.push_back({T, St.InDefer, Order});
    return NULL_TREE;
  default:
    return NULL_TREE;
  }
}

void Finder::markBackwardGotoLoops() {
  std::vector<std::pair<unsigned, unsigned>> Jumps; // (label, goto)
  for (const JumpRef &G : FDs.Gotos) {
    if (G.Site) // gotos inside a deferred statement stay inside it
      continue;
    auto It = FDs.Labels.find(GOTO_DESTINATION(G.Stmt));
    if (It != FDs.Labels.end())
      Jumps.push_back({It->second.Order, G.Order});
  }
  // An indirect goto can reach any label whose address is taken.
  for (const JumpRef &IG : FDs.IndirectGotos) {
    if (IG.Site)
      continue;
    for (const JumpRef &A : FDs.AddrLabels) {
      auto It = FDs.Labels.find(TREE_OPERAND(A.Stmt, 0));
      if (It != FDs.Labels.end())
        Jumps.push_back({It->second.Order, IG.Order});
    }
  }
  for (auto &Site : FDs.Sites) {
    if (Site->InLoop || Site->Enclosing)
      continue;
    for (auto &[Label, Goto] : Jumps)
      if (Label <= Site->Order && Goto >= Site->Order) {
        Site->InLoop = true;
        break;
      }
  }
}

} // namespace

FunctionDefers findDefers(tree Fn) {
  FunctionDefers FDs;
  FDs.Fn = Fn;
  Finder F(FDs);
  F.walk(&DECL_SAVED_TREE(Fn), WalkState());
  if (!FDs.Sites.empty())
    F.markBackwardGotoLoops();
  return FDs;
}

} // namespace cdefer
