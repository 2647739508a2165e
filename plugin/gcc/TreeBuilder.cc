//===- TreeBuilder.cc - small helpers to build GENERIC --------------------===//
#include "TreeBuilder.h"
#include "DeferSite.h"

namespace cdefer {

tree hiddenLocal(tree Fn, const std::string &Name, tree Type, location_t L) {
  tree V = build_decl(L, VAR_DECL, get_identifier(Name.c_str()), Type);
  DECL_CONTEXT(V) = Fn;
  DECL_ARTIFICIAL(V) = 1;
  DECL_IGNORED_P(V) = 1;
  TREE_USED(V) = 1;
  return V;
}

tree ensureBind(tree Fn) {
  if (tree Bind = outermostBind(Fn))
    return Bind;
  tree Body = DECL_SAVED_TREE(Fn);
  tree Bind = build3(BIND_EXPR, void_type_node, NULL_TREE, Body, NULL_TREE);
  TREE_SIDE_EFFECTS(Bind) = 1;
  DECL_SAVED_TREE(Fn) = Bind;
  return Bind;
}

void addToBind(tree Bind, tree Var) {
  DECL_CHAIN(Var) = BIND_EXPR_VARS(Bind);
  BIND_EXPR_VARS(Bind) = Var;
}

tree makeRecord(const std::string &Name,
                const std::vector<std::pair<std::string, tree>> &Fields) {
  tree Rec = make_node(RECORD_TYPE);
  // finish_builtin_struct takes the fields last first.
  tree Reversed = NULL_TREE;
  for (const auto &[FName, FType] : Fields) {
    tree F = build_decl(BUILTINS_LOCATION, FIELD_DECL,
                        get_identifier(FName.c_str()), FType);
    DECL_CONTEXT(F) = Rec;
    DECL_CHAIN(F) = Reversed;
    Reversed = F;
  }
  finish_builtin_struct(Rec, Name.c_str(), Reversed, NULL_TREE);
  return Rec;
}

tree fieldAt(tree Record, unsigned Index) {
  tree F = TYPE_FIELDS(Record);
  while (Index--)
    F = DECL_CHAIN(F);
  return F;
}

tree member(tree Object, tree Field) {
  return build3(COMPONENT_REF, TREE_TYPE(Field), Object, Field, NULL_TREE);
}

tree deref(tree Pointer) {
  return build1(INDIRECT_REF, TREE_TYPE(TREE_TYPE(Pointer)), Pointer);
}

tree assign(tree Lhs, tree Rhs) {
  tree Type = TREE_TYPE(Lhs);
  if (TYPE_MAIN_VARIANT(TREE_TYPE(Rhs)) != TYPE_MAIN_VARIANT(Type))
    Rhs = fold_convert(Type, Rhs);
  tree M = build2(MODIFY_EXPR, Type, Lhs, Rhs);
  TREE_SIDE_EFFECTS(M) = 1;
  return M;
}

tree statementList(const std::vector<tree> &Stmts) {
  tree List = alloc_stmt_list();
  for (tree S : Stmts)
    append_to_statement_list_force(S, &List);
  return List;
}

tree unsignedConstant(unsigned long V) {
  return build_int_cst(unsigned_type_node, V);
}

tree label(tree Fn, location_t L) {
  tree Lab = create_artificial_label(L);
  DECL_CONTEXT(Lab) = Fn;
  return Lab;
}

static tree collectBinds(tree *Slot, int *WalkSubtrees, void *Data) {
  if (TYPE_P(*Slot)) {
    *WalkSubtrees = 0;
    return NULL_TREE;
  }
  if (TREE_CODE(*Slot) == DECL_EXPR && VAR_P(DECL_EXPR_DECL(*Slot)))
    walk_tree(&DECL_INITIAL(DECL_EXPR_DECL(*Slot)), collectBinds, Data,
              nullptr);
  if (TREE_CODE(*Slot) == BIND_EXPR) {
    *WalkSubtrees = 0; // inner blocks move with their parent
    if (tree B = BIND_EXPR_BLOCK(*Slot))
      static_cast<std::vector<tree> *>(Data)->push_back(B);
  }
  return NULL_TREE;
}

void moveBlocks(tree S, tree NewParent) {
  std::vector<tree> Blocks;
  walk_tree_without_duplicates(&S, collectBinds, &Blocks);
  for (tree B : Blocks) {
    tree Sup = BLOCK_SUPERCONTEXT(B);
    if (Sup && TREE_CODE(Sup) == BLOCK)
      for (tree *P = &BLOCK_SUBBLOCKS(Sup); *P; P = &BLOCK_CHAIN(*P))
        if (*P == B) {
          *P = BLOCK_CHAIN(B);
          break;
        }
    BLOCK_CHAIN(B) = NULL_TREE;
    if (!NewParent)
      continue;
    BLOCK_SUPERCONTEXT(B) = NewParent;
    BLOCK_CHAIN(B) = BLOCK_SUBBLOCKS(NewParent);
    BLOCK_SUBBLOCKS(NewParent) = B;
  }
}

} // namespace cdefer
