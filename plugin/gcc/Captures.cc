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

VLASizes::VLASizes(tree Fn, const std::set<tree> &Declared)
    : Fn(Fn), Declared(Declared) {}

namespace {

/// Calls Fn for each SAVE_EXPR in the sizes of Type and of the arrays and
/// pointers it is made of, in the order they are found.
void forEachSize(tree Type, const std::function<void(tree)> &Fn) {
  struct Walk {
    static tree visit(tree *Slot, int *WalkSubtrees, void *Data) {
      if (TYPE_P(*Slot)) {
        *WalkSubtrees = 0;
        return NULL_TREE;
      }
      if (TREE_CODE(*Slot) == SAVE_EXPR)
        (*static_cast<const std::function<void(tree)> *>(Data))(*Slot);
      return NULL_TREE;
    }
  };
  auto Add = [&](tree Size) {
    if (Size)
      walk_tree_without_duplicates(&Size, Walk::visit,
                                   const_cast<std::function<void(tree)> *>(&Fn));
  };
  for (int Depth = 0; Type && Depth != 32; ++Depth) {
    Add(TYPE_SIZE_UNIT(Type));
    Add(TYPE_SIZE(Type));
    if (TREE_CODE(Type) == ARRAY_TYPE && TYPE_DOMAIN(Type))
      Add(TYPE_MAX_VALUE(TYPE_DOMAIN(Type)));
    if (TREE_CODE(Type) != ARRAY_TYPE && !POINTER_TYPE_P(Type))
      break;
    Type = TREE_TYPE(Type);
  }
}

tree collectVariables(tree *Slot, int *WalkSubtrees, void *Data) {
  auto *Out = static_cast<std::vector<tree> *>(Data);
  tree T = *Slot;
  if (TYPE_P(T)) {
    *WalkSubtrees = 0;
    return NULL_TREE;
  }
  if (TREE_CODE(T) == BIND_EXPR)
    for (tree V = BIND_EXPR_VARS(T); V; V = DECL_CHAIN(V))
      Out->push_back(V);
  else if (TREE_CODE(T) == DECL_EXPR) {
    Out->push_back(DECL_EXPR_DECL(T));
    if (VAR_P(DECL_EXPR_DECL(T)) && DECL_INITIAL(DECL_EXPR_DECL(T)))
      walk_tree_without_duplicates(&DECL_INITIAL(DECL_EXPR_DECL(T)),
                                   collectVariables, Data);
  }
  return NULL_TREE;
}

} // namespace

tree VLASizes::owner(tree Save) {
  if (!Known) {
    Known = true;
    std::vector<tree> Vars;
    for (tree P = DECL_ARGUMENTS(Fn); P; P = DECL_CHAIN(P))
      Vars.push_back(P);
    walk_tree_without_duplicates(&DECL_SAVED_TREE(Fn), collectVariables,
                                 &Vars);
    // A size two variables share (a typedef's) is a capturable array's
    // first: its value is the same for both.
    for (int Pass = 0; Pass != 2; ++Pass)
      for (tree V : Vars)
        if (isLocalOf(V, Fn) && !Declared.count(V) &&
            variably_modified_type_p(TREE_TYPE(V), NULL_TREE) &&
            isCapturableVLA(V) == (Pass == 0))
          forEachSize(TREE_TYPE(V), [&](tree Save) { Owners.emplace(Save, V); });
  }
  auto It = Owners.find(Save);
  return It == Owners.end() ? NULL_TREE : It->second;
}

bool isCapturableVLA(const_tree Var) {
  if (!VAR_P(Var) || TREE_STATIC(Var) || DECL_EXTERNAL(Var))
    return false;
  tree Type = TREE_TYPE(Var);
  return TREE_CODE(Type) == ARRAY_TYPE &&
         variably_modified_type_p(Type, NULL_TREE) &&
         !variably_modified_type_p(TREE_TYPE(Type), NULL_TREE);
}

namespace {

struct VLAWalk {
  const std::set<tree> &Declared;
  VLASizes &Sizes;
  const VLAUseFn &Use;
  bool Rewrite;
  tree Fn;

  /// Var if T is a capturable VLA of the function declared outside S.
  tree vla(tree T) const {
    return T && isLocalOf(T, Fn) && !Declared.count(T) && isCapturableVLA(T)
               ? T
               : NULL_TREE;
  }
  tree use(tree Var, VLAUse U, tree Node, location_t Near) {
    tree New = Use(Var, U, Node, Near);
    return Rewrite && New ? New : Node;
  }

  /// T, or (rewriting) what replaces it: a copy of a value expression whose
  /// operand changed (a size expression may be shared with a type), the
  /// same statement with its parts replaced.
  tree walk(tree T, location_t Near) {
    if (!T || TYPE_P(T))
      return T;
    if (EXPR_P(T) && EXPR_HAS_LOCATION(T))
      Near = EXPR_LOCATION(T);
    switch (TREE_CODE(T)) {
    case STATEMENT_LIST:
      for (tree_stmt_iterator I = tsi_start(T); !tsi_end_p(I); tsi_next(&I))
        *tsi_stmt_ptr(I) = walk(tsi_stmt(I), Near);
      return T;
    case BIND_EXPR:
      BIND_EXPR_BODY(T) = walk(BIND_EXPR_BODY(T), Near);
      return T;
    case DECL_EXPR: {
      tree D = DECL_EXPR_DECL(T);
      // A type of S made from the function's VLA type (`typeof (a) *p`)
      // would evaluate that type's size again, in the outlined function.
      if ((VAR_P(D) || TREE_CODE(D) == TYPE_DECL) &&
          variably_modified_type_p(TREE_TYPE(D), NULL_TREE)) {
        tree Owner = NULL_TREE;
        forEachSize(TREE_TYPE(D), [&](tree Save) {
          if (!Owner)
            Owner = Sizes.owner(Save);
        });
        if (Owner)
          use(Owner, VLAUse::Other, T, DECL_SOURCE_LOCATION(D));
      }
      if (VAR_P(D) && DECL_INITIAL(D))
        DECL_INITIAL(D) = walk(DECL_INITIAL(D), DECL_SOURCE_LOCATION(D));
      return T;
    }
    case SAVE_EXPR:
      if (tree Var = Sizes.owner(T))
        return use(Var, isCapturableVLA(Var) ? VLAUse::Size : VLAUse::Other,
                   T, Near);
      // One of S's own: evaluated once, in S.
      TREE_OPERAND(T, 0) = walk(TREE_OPERAND(T, 0), Near);
      return T;
    case ADDR_EXPR:
      if (tree Var = vla(TREE_OPERAND(T, 0)))
        return use(Var, spelledAddressOf(T, Var) ? VLAUse::Other
                                                  : VLAUse::Decay,
                   T, Near);
      break;
    case NOP_EXPR:
    case CONVERT_EXPR:
      // `(void) a`: the name decays.
      if (tree Var = vla(TREE_OPERAND(T, 0)))
        if (VOID_TYPE_P(TREE_TYPE(T)))
          return use(Var, VLAUse::Decay, T, Near);
      break;
    case COMPOUND_EXPR:
      // `sizeof a` of a VLA evaluates `a` first (and nothing happens).
      if (tree Var = vla(TREE_OPERAND(T, 0))) {
        Use(Var, VLAUse::Size, T, Near);
        tree Size = walk(TREE_OPERAND(T, 1), Near);
        if (Rewrite)
          return Size;
        TREE_OPERAND(T, 1) = Size;
        return T;
      }
      break;
    case VAR_DECL:
      if (tree Var = vla(T))
        return use(Var, VLAUse::Other, T, Near);
      return T;
    case CONSTRUCTOR: // an initializer of S's own
      for (constructor_elt &E : *CONSTRUCTOR_ELTS(T))
        E.value = walk(E.value, Near);
      return T;
    default:
      break;
    }
    if (!EXPR_P(T))
      return T;
    tree Copy = NULL_TREE;
    for (int I = 0, N = TREE_OPERAND_LENGTH(T); I != N; ++I) {
      tree Op = TREE_OPERAND(T, I);
      tree New = NULL_TREE;
      if ((TREE_CODE(T) == ARRAY_REF || TREE_CODE(T) == ARRAY_RANGE_REF) &&
          I == 0 && vla(Op))
        New = use(Op, VLAUse::Index, Op, Near);
      else
        New = walk(Op, Near);
      if (New == Op)
        continue;
      if (!Copy)
        Copy = !TREE_TYPE(T) || VOID_TYPE_P(TREE_TYPE(T)) ||
                       TREE_CODE(T) == TARGET_EXPR
                   ? T
                   : copy_node(T);
      TREE_OPERAND(Copy, I) = New;
    }
    return Copy ? Copy : T;
  }

  /// True if the address of Var that T takes is spelled `&a` (an error, as
  /// in Clang), not the decay of `a`: GENERIC builds both alike, but the
  /// decay's range is the name alone and its caret the name's.
  static bool spelledAddressOf(tree T, tree Var) {
    location_t L = EXPR_LOCATION(T);
    if (L == UNKNOWN_LOCATION)
      return false;
    source_range R = get_range_from_loc(line_table, L);
    expanded_location Start = expand_location(R.m_start);
    expanded_location Finish = expand_location(R.m_finish);
    if (Start.file && Start.file == Finish.file && Start.line == Finish.line &&
        Finish.column - Start.column + 1 == (int)strlen(nameOf(Var)))
      return false;
    return charAt(L) == '&';
  }
};

} // namespace

void forEachVLAUse(tree *S, tree Fn, VLASizes &Sizes, bool Rewrite,
                   const VLAUseFn &Use) {
  VLAWalk W{Sizes.declared(), Sizes, Use, Rewrite, Fn};
  *S = W.walk(*S, UNKNOWN_LOCATION);
}

namespace {
struct CaptureWalk {
  tree Fn;
  std::set<tree> *Declared;
  const std::function<void(tree *, tree, location_t)> *Use;
  location_t Near;
  VLASizes *Sizes;
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
  if (TREE_CODE(T) == SAVE_EXPR && W.Sizes->owner(T)) {
    // The size of a VLA, evaluated where it was declared (forEachVLAUse).
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
  VLASizes Sizes(Fn, Declared);
  CaptureWalk W{Fn, &Declared, &Use, UNKNOWN_LOCATION, &Sizes};
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
