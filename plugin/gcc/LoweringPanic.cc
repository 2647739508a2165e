//===- LoweringPanic.cc - make a function panic-ready ---------------------===//
//
// A panic-ready function (PanicReady.h) registers with the runtime so that a
// panic runs its pending deferred code and, if that code recovers, the
// function returns normally (runtime/src/panic.c). It is the Clang plugin's
// scheme (plugin/clang/LoweringPanic.cpp) in GENERIC: on top of its tier's
// lowering (Lowering.cc) the function's outermost bind becomes
//
//   volatile T __cdefer_rv;                      // not for void functions
//   struct __cdefer_pframe __cdefer_pf;
//   <the tier's initialisation>
//   __cdefer_rv = 0;
//   __cdefer_pf.__fn = (const void *) f;
//   __cdefer_pf.__frame = &__cdefer_frame;
//   __cdefer_pf.__step = __cdefer_step_f_N;      // open-coded; else 0
//   __cdefer_pframe_push (&__cdefer_pf, __builtin_frame_address (0));
//                                  // _push_skip without -fexceptions
//   try {
//     try {
//       if (__builtin_setjmp (&__cdefer_pf.__jb) != 0)  // a recovery lands here
//         return __cdefer_rv;
//       <body>
//     } finally { <the tier's deferred code> }
//   } finally { __cdefer_pframe_pop (&__cdefer_pf); }
//
// and every `return E;` of the function becomes `return __cdefer_rv = E;`,
// every `goto *E;` `goto *(t = E, asm ("" : "+r" (t)), t);` (registerFrame
// says why).
// (A noreturn function's resume point is `__builtin_trap ()`: it cannot
// return.)
// An open-coded function's step function hands the runtime its newest
// pending deferred statement:
//
//   static int __cdefer_step_f_N (void *p, struct __cdefer_next *out) {
//     struct __cdefer_open_f_N *o = p;
//     if (o->__bits & 2) { o->__bits &= ~2; out->__fn = __cdefer_f_M;
//       out->__ctx = &o->__c1; out->__site = "f.c:9:f\0C"; return 1; }
//     ...
//     return 0;
//   }
//
//===----------------------------------------------------------------------===//
#include "LoweringPanic.h"
#include "Diagnostics.h"
#include "PanicReady.h"
#include "RuntimeAbi.h"
#include "TreeBuilder.h"
#include "UnitExceptions.h"

namespace cdefer {

namespace {

struct ReturnRewrite {
  tree Result, RV;
};

/// `return E;` -> `return __cdefer_rv = E;` (deferred statements are
/// outlined already; nested functions are other FUNCTION_DECLs).
tree rewriteReturn(tree *Slot, int *WalkSubtrees, void *Data) {
  auto *R = static_cast<ReturnRewrite *>(Data);
  tree T = *Slot;
  if (TYPE_P(T)) {
    *WalkSubtrees = 0;
    return NULL_TREE;
  }
  if (TREE_CODE(T) == DECL_EXPR && VAR_P(DECL_EXPR_DECL(T)))
    walk_tree(&DECL_INITIAL(DECL_EXPR_DECL(T)), rewriteReturn, Data, nullptr);
  if (TREE_CODE(T) != RETURN_EXPR)
    return NULL_TREE;
  tree Set = TREE_OPERAND(T, 0);
  if (Set && (TREE_CODE(Set) == MODIFY_EXPR || TREE_CODE(Set) == INIT_EXPR) &&
      TREE_OPERAND(Set, 0) == R->Result) {
    tree Keep = build2(MODIFY_EXPR, TREE_TYPE(R->Result), R->RV,
                       TREE_OPERAND(Set, 1));
    TREE_SIDE_EFFECTS(Keep) = 1;
    TREE_THIS_VOLATILE(Keep) = 1;
    TREE_OPERAND(Set, 1) = Keep;
  }
  *WalkSubtrees = 0;
  return NULL_TREE;
}

tree returnStmt(tree Fn, tree Value) {
  tree Ret = build1(RETURN_EXPR, void_type_node,
                    Value ? build2(MODIFY_EXPR, TREE_TYPE(DECL_RESULT(Fn)),
                                   DECL_RESULT(Fn), Value)
                          : NULL_TREE);
  TREE_SIDE_EFFECTS(Ret) = 1;
  if (Value)
    TREE_SIDE_EFFECTS(TREE_OPERAND(Ret, 0)) = 1;
  return Ret;
}

tree ifThen(tree Cond, tree Then) {
  tree E = build3(COND_EXPR, void_type_node, Cond, Then, NULL_TREE);
  TREE_SIDE_EFFECTS(E) = 1;
  return E;
}

struct OpaqueGotos {
  tree Fn, Bind, Temp;
};

/// `goto *E;` -> `goto *(t = E, asm ("" : "+r" (t)), t);`.
tree hideGotoTarget(tree *Slot, int *WalkSubtrees, void *Data) {
  auto *O = static_cast<OpaqueGotos *>(Data);
  tree T = *Slot;
  if (TYPE_P(T)) {
    *WalkSubtrees = 0;
    return NULL_TREE;
  }
  if (TREE_CODE(T) != GOTO_EXPR ||
      TREE_CODE(GOTO_DESTINATION(T)) == LABEL_DECL)
    return NULL_TREE;
  location_t L = EXPR_LOCATION(T);
  if (!O->Temp) {
    O->Temp = hiddenLocal(O->Fn, "__cdefer_goto", ptr_type_node, L);
    addToBind(O->Bind, O->Temp);
  }
  const char *Constraint = "+r";
  tree Outputs = build_tree_list(
      build_tree_list(NULL_TREE,
                      build_string(strlen(Constraint) + 1, Constraint)),
      O->Temp);
  tree Asm = build5(ASM_EXPR, void_type_node, build_string(1, ""), Outputs,
                    NULL_TREE, NULL_TREE, NULL_TREE);
  ASM_VOLATILE_P(Asm) = 1;
  TREE_SIDE_EFFECTS(Asm) = 1;
  SET_EXPR_LOCATION(Asm, L);
  tree Set = assign(O->Temp, fold_convert(ptr_type_node, GOTO_DESTINATION(T)));
  GOTO_DESTINATION(T) =
      build2(COMPOUND_EXPR, ptr_type_node, Set,
             build2(COMPOUND_EXPR, ptr_type_node, Asm, O->Temp));
  TREE_SIDE_EFFECTS(GOTO_DESTINATION(T)) = 1;
  *WalkSubtrees = 0;
  return NULL_TREE;
}

} // namespace

Registration registerFrame(tree Fn, tree Bind, tree Frame, tree Step) {
  const RuntimeAbi &A = runtimeAbi();
  location_t L = DECL_SOURCE_LOCATION(Fn);
  Registration Reg;
  tree RV = NULL_TREE;
  tree RT = TREE_TYPE(DECL_RESULT(Fn));
  if (!VOID_TYPE_P(RT)) {
    RV = hiddenLocal(Fn, "__cdefer_rv",
                     build_qualified_type(TYPE_MAIN_VARIANT(RT),
                                          TYPE_QUAL_VOLATILE),
                     L);
    TREE_THIS_VOLATILE(RV) = 1;
    TREE_SIDE_EFFECTS(RV) = 1;
    addToBind(Bind, RV);
    ReturnRewrite R{DECL_RESULT(Fn), RV};
    walk_tree(&BIND_EXPR_BODY(Bind), rewriteReturn, &R, nullptr);
    Reg.Entry.push_back(assign(RV, build_zero_cst(TREE_TYPE(RV))));
  }
  tree PF = hiddenLocal(Fn, "__cdefer_pf", A.PFrame, L);
  TREE_ADDRESSABLE(PF) = 1;
  addToBind(Bind, PF);
  auto Field = [&](tree F) { return member(PF, F); };
  Reg.Entry.push_back(assign(Field(A.PfFn), fold_convert(const_ptr_type_node,
                                                         build_fold_addr_expr(Fn))));
  Reg.Entry.push_back(assign(Field(A.PfFrame),
                             fold_convert(ptr_type_node,
                                          build_fold_addr_expr(Frame))));
  Reg.Entry.push_back(
      assign(Field(A.PfStep), Step ? fold_convert(A.StepPtr,
                                                  build_fold_addr_expr(Step))
                                   : build_int_cst(A.StepPtr, 0)));
  tree FrameAddress = build_call_expr(
      builtin_decl_explicit(BUILT_IN_FRAME_ADDRESS), 1, unsignedConstant(0));
  tree PFAddr = build_fold_addr_expr(PF);
  // The function's landing pad holds only its try/finally (the plugin
  // turns exceptions on only for panics), whose deferred code the runtime
  // runs itself, so the unwind may skip it: the _skip registration, which
  // also lets a panic between two such frames bypass the unwinder
  // (runtime/src/panic.c, run_adjacent_frames). Not when the user asked for
  // -fexceptions (every landing pad must run) or the function has cleanup
  // variables; nor compiled for LTO, since a function of another unit
  // inlined into it may bring cleanups of its own.
  bool OnlyOurCleanups = !userExceptions() && !flag_generate_lto &&
                         !declaresCleanupVariable(Fn);
  Reg.Entry.push_back(callRuntime(OnlyOurCleanups ? "__cdefer_pframe_push_skip"
                                                  : "__cdefer_pframe_push",
                                  {PFAddr, FrameAddress}));
  tree Setjmp = build_call_expr(
      builtin_decl_explicit(BUILT_IN_SETJMP), 1,
      fold_convert(ptr_type_node, build_fold_addr_expr(Field(A.PfJb))));
  TREE_SIDE_EFFECTS(Setjmp) = 1;
  // A noreturn function cannot return after a recovery (GCC would warn
  // that it does, and turn the return into unreachable code): it traps.
  tree Resume =
      TREE_THIS_VOLATILE(Fn)
          ? build_call_expr(builtin_decl_explicit(BUILT_IN_TRAP), 0)
          : returnStmt(Fn, RV);
  Reg.Resume = ifThen(build2(NE_EXPR, boolean_type_node, Setjmp,
                             integer_zero_node),
                      Resume);
  SET_EXPR_LOCATION(Reg.Resume, L);
  // Every label whose address is taken is a target of the function's
  // computed gotos, and so is the resume point `__builtin_setjmp` makes. In
  // GCC 12 the CFG cleanup (cleanup_control_flow_pre) then reaches the
  // resume point only through them: it follows a setjmp's abnormal edge to
  // its receiver only when that is the receiver's one predecessor. When the
  // optimizers resolved or threaded a computed goto (a target they could
  // compute), they deleted the resume point and moved its label to the
  // function's entry, where a recovery ran the function again from the
  // start. A target an empty asm hides cannot be computed.
  OpaqueGotos O{Fn, Bind, NULL_TREE};
  walk_tree_without_duplicates(&BIND_EXPR_BODY(Bind), hideGotoTarget, &O);
  Reg.Pop = callRuntime("__cdefer_pframe_pop", {build_fold_addr_expr(PF)});
  return Reg;
}

tree stepFunction(FunctionDefers &FDs, const std::string &Base,
                  const std::vector<OutlinedDefer> &Outs, tree Open,
                  const std::vector<int> &FieldOf,
                  const std::vector<tree> &Sites) {
  const RuntimeAbi &A = runtimeAbi();
  location_t L = DECL_SOURCE_LOCATION(FDs.Fn);
  tree Step = newFunction(FDs.Fn, "__cdefer_step_" + Base, integer_type_node,
                          {{"__cdefer_p", ptr_type_node},
                           {"__cdefer_out", build_pointer_type(A.Next)}},
                          L);
  DECL_IGNORED_P(Step) = 1; // nothing of the user's to debug, as Clang's nodebug
  tree P = DECL_ARGUMENTS(Step), Out = DECL_CHAIN(P);
  tree OpenPtr = build_pointer_type(Open);
  tree O = build_decl(L, VAR_DECL, get_identifier("__cdefer_o"), OpenPtr);
  DECL_CONTEXT(O) = Step;
  DECL_ARTIFICIAL(O) = 1;
  TREE_USED(O) = 1;
  DECL_INITIAL(O) = fold_convert(OpenPtr, P);
  tree Bits = member(deref(O), fieldAt(Open, 0));
  auto OutField = [&](tree F) { return member(deref(Out), F); };

  std::vector<tree> Body{build1(DECL_EXPR, void_type_node, O)};
  for (unsigned I = Outs.size(); I-- != 0;) {
    unsigned Index = FDs.Sites[I]->Index;
    tree Mask = unsignedConstant(1ul << Index);
    tree Test = build2(NE_EXPR, boolean_type_node,
                       build2(BIT_AND_EXPR, unsigned_type_node, Bits, Mask),
                       unsignedConstant(0));
    tree Clear = assign(Bits, build2(BIT_AND_EXPR, unsigned_type_node, Bits,
                                     unsignedConstant(~(1ul << Index) &
                                                      0xffffffffu)));
    tree Ctx = FieldOf[I] >= 0
                   ? fold_convert(ptr_type_node,
                                  build_fold_addr_expr(member(
                                      deref(O), fieldAt(Open, FieldOf[I]))))
                   : null_pointer_node;
    Body.push_back(ifThen(
        Test, statementList(
                  {Clear,
                   assign(OutField(A.NextFn),
                          fold_convert(A.FnPtr, build_fold_addr_expr(Outs[I].Fn))),
                   assign(OutField(A.NextCtx), Ctx),
                   assign(OutField(A.NextSite), Sites[I]),
                   returnStmt(Step, build_int_cst(integer_type_node, 1))})));
  }
  Body.push_back(returnStmt(Step, build_int_cst(integer_type_node, 0)));
  tree Bind = build3(BIND_EXPR, void_type_node, O, statementList(Body),
                     NULL_TREE);
  TREE_SIDE_EFFECTS(Bind) = 1;
  tree Block = make_node(BLOCK);
  BLOCK_SUPERCONTEXT(Block) = Step;
  BLOCK_VARS(Block) = O;
  BIND_EXPR_BLOCK(Bind) = Block;
  finishFunction(Step, Bind, Block, L);
  return Step;
}

} // namespace cdefer
