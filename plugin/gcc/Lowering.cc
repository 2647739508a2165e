//===- Lowering.cc - rewrite a function's `__defer`s in their tiers -------===//
//
// GCC's GENERIC has what C's AST lacks: an in-function finally that runs on
// every exit -- return (after the value is computed), goto out, falling off
// the end -- and, under -fexceptions, on unwinding. So every function with a
// `__defer` becomes
//
//   {                                  // its outermost BIND_EXPR
//     <hidden locals>;
//     <initialise>;
//     try { <body, each `__defer` rewritten> } finally { <run> }
//   }
//
// inside the outermost block, so the finally still sees every local of the
// outermost block alive (SPEC 2.5), and the VLAs' stack is released after it.
//
// Open-coded (the whole function): a bit per `__defer` in `__cdefer_bits`;
// at the `__defer`, the call form's values go to hidden locals and the bit
// is set; the finally holds the deferred statements themselves, newest
// first, each under its bit. Nothing is outlined and no runtime call is
// made; at -O2 the bits fold away.
//
//   at a `__defer`:  __cdefer_s1_0 = x; __cdefer_bits |= 2;
//   finally:         if (__cdefer_bits & 2) f (__cdefer_s1_0);
//                    if (__cdefer_bits & 1) { ... S0 ... }
//
// Runtime (frame-allocated and pooled): each S is outlined (Outliner.cc);
// the function gets the ABI's frame, zeroed, and per `__defer` either a
// record and snapshot of its own (frame-allocated: the inline
// __cdefer_push_frame of cdefer_abi.h) or a call to __cdefer_push (pooled).
// The finally is cdefer_abi.h's __cdefer_frame_exit, inline; when every
// `__defer` is frame-allocated, direct calls of the records' statements
// (frameOnlyRuns), then its __cdefer_frame_only_exit.
//
// A panic-ready function (PanicReady.h) also registers with the runtime
// (LoweringPanic.cc); its open-coded tier outlines each S too, so that the
// runtime can run the statements one at a time (lowerOpenCodedPanic).
//
//===----------------------------------------------------------------------===//
#include "Lowering.h"
#include "DeferChecks.h"
#include "Diagnostics.h"
#include "LoweringPanic.h"
#include "Outliner.h"
#include "PanicReady.h"
#include "RuntimeAbi.h"
#include "Snapshot.h"
#include "TreeBuilder.h"

namespace cdefer {

namespace {

/// The block new scopes of the outermost level hang under.
tree outermostBlock(tree Fn) {
  if (tree Bind = outermostBind(Fn))
    if (BIND_EXPR_BLOCK(Bind))
      return BIND_EXPR_BLOCK(Bind);
  return DECL_INITIAL(Fn) && TREE_CODE(DECL_INITIAL(Fn)) == BLOCK
             ? DECL_INITIAL(Fn)
             : NULL_TREE;
}

/// A local of the outermost block with `__attribute__((cleanup))` is alive
/// at every exit (SPEC 2.5), so deferred code must run before its cleanup
/// (test/run/cleanup-attribute-order.c). The C front end wraps everything
/// after such a declaration in `try { rest } finally { cleanup (&v); }`,
/// which would run first. This takes those cleanups out of the outermost
/// block's statements: each becomes `if (__cdefer_cleanup_K) cleanup (&v);`,
/// its flag set where the try began, to run after the deferred code, newest
/// first -- the order the nested finallys had.
struct Cleanup {
  tree Flag, Run;
};

void hoistCleanups(tree Fn, tree Bind, tree *Slot,
                   std::vector<Cleanup> &Out) {
  tree T = *Slot;
  if (!T)
    return;
  if (TREE_CODE(T) == STATEMENT_LIST) {
    for (tree_stmt_iterator I = tsi_start(T); !tsi_end_p(I); tsi_next(&I))
      hoistCleanups(Fn, Bind, tsi_stmt_ptr(I), Out);
    return;
  }
  if (TREE_CODE(T) != TRY_FINALLY_EXPR)
    return;
  location_t L = EXPR_LOCATION(T);
  tree Flag = hiddenLocal(
      Fn, "__cdefer_cleanup_" + std::to_string(Out.size()),
      boolean_type_node, L);
  addToBind(Bind, Flag);
  tree Run = build3(COND_EXPR, void_type_node, Flag, TREE_OPERAND(T, 1),
                    NULL_TREE);
  TREE_SIDE_EFFECTS(Run) = 1;
  Out.push_back({Flag, Run});
  hoistCleanups(Fn, Bind, &TREE_OPERAND(T, 0), Out);
  *Slot = statementList({assign(Flag, boolean_true_node), TREE_OPERAND(T, 0)});
}

/// Wraps the body of Fn's outermost bind:
/// `Init; try { body } finally { Run; <hoisted cleanups> }`; for a
/// panic-ready function (Reg)
/// `Init; <register>; try { try { <resume>; body } finally { Run; ... } }
///  finally { <pop> }`: the registration outlives the deferred code, so that
/// a panic in that code still finds the function registered.
void wrapBody(tree Fn, tree Bind, std::vector<tree> Init, tree Run,
              const Registration *Reg = nullptr) {
  std::vector<Cleanup> Cleanups;
  hoistCleanups(Fn, Bind, &BIND_EXPR_BODY(Bind), Cleanups);
  std::vector<tree> Finally{Run};
  for (auto It = Cleanups.rbegin(); It != Cleanups.rend(); ++It)
    Finally.push_back(It->Run);
  for (const Cleanup &C : Cleanups)
    Init.push_back(assign(C.Flag, boolean_false_node));
  tree Body = BIND_EXPR_BODY(Bind);
  if (Reg)
    Body = statementList({Reg->Resume, Body});
  tree Try = build2(TRY_FINALLY_EXPR, void_type_node, Body,
                    statementList(Finally));
  TREE_SIDE_EFFECTS(Try) = 1;
  if (Reg) {
    Init.insert(Init.end(), Reg->Entry.begin(), Reg->Entry.end());
    Try = build2(TRY_FINALLY_EXPR, void_type_node, Try, Reg->Pop);
    TREE_SIDE_EFFECTS(Try) = 1;
  }
  Init.push_back(Try);
  BIND_EXPR_BODY(Bind) = statementList(Init);
}

/// "file:line:function", and after its NUL the form byte cdefer_recover
/// needs: 'C' for the call form, 'B' for a deferred block (cdefer_abi.h).
tree siteString(const DeferSite &Site, tree Fn, bool CallForm) {
  expanded_location X = expand_location(userLoc(Site.Loc));
  std::string Text = std::string(X.file ? X.file : "<unknown>") + ":" +
                     std::to_string(X.line) + ":" + nameOf(Fn);
  Text.push_back('\0');
  Text.push_back(CallForm ? 'C' : 'B');
  return build_string_literal(Text.size() + 1, Text.c_str());
}

void lowerOpenCoded(FunctionDefers &FDs) {
  tree Fn = FDs.Fn;
  tree Bind = ensureBind(Fn);
  tree Block = outermostBlock(Fn);
  location_t FnLoc = DECL_SOURCE_LOCATION(Fn);
  tree Bits = hiddenLocal(Fn, "__cdefer_bits", unsigned_type_node, FnLoc);
  addToBind(Bind, Bits);

  std::vector<tree> Runs;
  for (auto &SiteP : FDs.Sites) {
    DeferSite &Site = *SiteP;
    location_t L = userLoc(Site.Loc);
    tree S = Site.body();
    std::vector<tree> AtDefer;
    for (const SavedValue &V : callFormValues(Site)) {
      tree Tmp = hiddenLocal(Fn,
                             "__cdefer_s" + std::to_string(Site.Index) + "_" +
                                 V.Name,
                             V.SlotType, L);
      addToBind(Bind, Tmp);
      AtDefer.push_back(assign(Tmp, V.Value));
      *V.Use = readBack(V, Tmp);
    }
    tree Mask = unsignedConstant(1ul << Site.Index);
    AtDefer.push_back(assign(
        Bits, build2(BIT_IOR_EXPR, unsigned_type_node, Bits, Mask)));
    *Site.Slot = statementList(AtDefer);
    // S now runs from the outermost level: its scopes move there.
    moveBlocks(S, Block);
    tree Test = build2(NE_EXPR, boolean_type_node,
                       build2(BIT_AND_EXPR, unsigned_type_node, Bits, Mask),
                       unsignedConstant(0));
    tree Run = build3(COND_EXPR, void_type_node, Test, S, NULL_TREE);
    TREE_SIDE_EFFECTS(Run) = 1;
    SET_EXPR_LOCATION(Run, L);
    Runs.push_back(Run);
  }
  std::vector<tree> Finally(Runs.rbegin(), Runs.rend());
  wrapBody(Fn, Bind, {assign(Bits, unsignedConstant(0))}, statementList(Finally));
}

/// Where the calls that run deferred code go: the closing brace's line, as
/// Clang's do, so that a backtrace from deferred code shows the function
/// where it is (its own location would show its first line).
location_t exitLocation(tree Fn, location_t L) {
  location_t Exit = DECL_STRUCT_FUNCTION(Fn)
                        ? DECL_STRUCT_FUNCTION(Fn)->function_end_locus
                        : L;
  return Exit == UNKNOWN_LOCATION ? L : Exit;
}

/// cdefer_abi.h's __cdefer_frame_exit, inline:
///
///   next: r = frame.__head;
///         if (r == 0) goto done;
///         if (r->__pooled != 0) { __cdefer_return (&frame); goto out; }
///         frame.__head = r->__next;
///         r->__fn (r->__ctx);
///         goto next;
///   done: if (frame.__pooled != 0) __cdefer_return (&frame);
///   out:  ;
///
/// With FrameOnly (every `__defer` of the function frame-allocated), its
/// __cdefer_frame_only_exit: nothing but the function's own records can be
/// on the list, so neither test that calls __cdefer_return is made, and the
/// frame's address does not escape.
tree frameExit(tree Fn, tree Bind, tree Frame, location_t L, bool FrameOnly) {
  const RuntimeAbi &A = runtimeAbi();
  tree R = hiddenLocal(Fn, "__cdefer_r", build_pointer_type(A.Record), L);
  addToBind(Bind, R);
  tree Next = label(Fn, L), Done = label(Fn, L), Out = label(Fn, L);
  auto Goto = [&](tree Lab) { return build1(GOTO_EXPR, void_type_node, Lab); };
  auto LabelAt = [&](tree Lab) {
    return build1(LABEL_EXPR, void_type_node, Lab);
  };
  auto If = [&](tree Cond, tree Then) {
    tree E = build3(COND_EXPR, void_type_node, Cond, Then, NULL_TREE);
    TREE_SIDE_EFFECTS(E) = 1;
    return E;
  };
  auto NonZero = [&](tree E) {
    return build2(NE_EXPR, boolean_type_node, E,
                  build_int_cst(TREE_TYPE(E), 0));
  };
  tree FrameAddr = build_fold_addr_expr(Frame);
  location_t Exit = exitLocation(Fn, L);
  auto AtExit = [&](tree E) {
    SET_EXPR_LOCATION(E, Exit);
    return E;
  };
  tree Call = build_call_nary(void_type_node, member(deref(R), A.RecFn), 1,
                              member(deref(R), A.RecCtx));
  TREE_SIDE_EFFECTS(Call) = 1;
  tree Empty =
      If(build2(EQ_EXPR, boolean_type_node, R, build_int_cst(TREE_TYPE(R), 0)),
         Goto(Done));
  tree Unlink = assign(member(Frame, A.FrameHead), member(deref(R), A.RecNext));
  if (FrameOnly)
    return statementList({LabelAt(Next), assign(R, member(Frame, A.FrameHead)),
                          Empty, Unlink, AtExit(Call), Goto(Next),
                          LabelAt(Done)});
  return statementList({
      LabelAt(Next),
      assign(R, member(Frame, A.FrameHead)),
      Empty,
      If(NonZero(member(deref(R), A.RecPooled)),
         statementList(
             {AtExit(callRuntime("__cdefer_return", {FrameAddr})), Goto(Out)})),
      Unlink,
      AtExit(Call),
      Goto(Next),
      LabelAt(Done),
      If(NonZero(member(Frame, A.FramePooled)),
         AtExit(callRuntime("__cdefer_return", {build_fold_addr_expr(Frame)}))),
      LabelAt(Out),
  });
}

/// In a function whose `__defer`s are all frame-allocated, what the finally
/// does before __cdefer_frame_exit's loop: each record, newest `__defer`
/// first, taken by name when it is the frame's newest and its statement
/// called directly,
///
///   if (frame.__head == &__cdefer_rec_1)
///     { frame.__head = __cdefer_rec_1.__next;
///       __cdefer_f_M (__cdefer_rec_1.__ctx); }
///
/// so that the statement can be inlined at the exit and, where the frame does
/// not escape, the records fold away (called through __fn, neither happens
/// at -O2). The loop runs whatever is left, in the list's order. As in the
/// Clang plugin (LoweringFrameOnly.cpp), only the newest 16 are named.
tree frameOnlyRuns(tree Fn, tree Frame,
                   const std::vector<std::pair<tree, tree>> &RecAndFn,
                   location_t L) {
  const RuntimeAbi &A = runtimeAbi();
  location_t Exit = exitLocation(Fn, L);
  std::vector<tree> Runs;
  const size_t MaxDirectCalls = 16;
  size_t First =
      RecAndFn.size() > MaxDirectCalls ? RecAndFn.size() - MaxDirectCalls : 0;
  for (size_t I = RecAndFn.size(); I-- != First;) {
    tree Rec = RecAndFn[I].first;
    tree Head = member(Frame, A.FrameHead);
    tree Call = build_call_expr(RecAndFn[I].second, 1, member(Rec, A.RecCtx));
    SET_EXPR_LOCATION(Call, Exit);
    tree Run = build3(COND_EXPR, void_type_node,
                      build2(EQ_EXPR, boolean_type_node, Head,
                             build_fold_addr_expr(Rec)),
                      statementList({assign(member(Frame, A.FrameHead),
                                            member(Rec, A.RecNext)),
                                     Call}),
                      NULL_TREE);
    TREE_SIDE_EFFECTS(Run) = 1;
    Runs.push_back(Run);
  }
  return statementList(Runs);
}

void lowerRuntime(FunctionDefers &FDs, unsigned &NextOutlined) {
  const RuntimeAbi &A = runtimeAbi();
  tree Fn = FDs.Fn;
  tree Bind = ensureBind(Fn);
  location_t FnLoc = DECL_SOURCE_LOCATION(Fn);
  tree Frame = hiddenLocal(Fn, "__cdefer_frame", A.Frame, FnLoc);
  TREE_ADDRESSABLE(Frame) = 1;
  addToBind(Bind, Frame);

  bool FrameOnly = true;
  std::vector<std::pair<tree, tree>> RecAndFn; // of frame-allocated sites
  for (auto &SiteP : FDs.Sites) {
    DeferSite &Site = *SiteP;
    location_t L = userLoc(Site.Loc);
    OutlinedDefer OD = outlineDefer(FDs, Site, NextOutlined++);
    std::vector<tree> AtDefer;
    tree Snap = NULL_TREE;
    std::string I = std::to_string(Site.Index);
    if (OD.Ctx) {
      Snap = hiddenLocal(Fn, "__cdefer_snap_" + I, OD.Ctx, L);
      TREE_ADDRESSABLE(Snap) = 1;
      addToBind(Bind, Snap);
      for (unsigned K = 0; K != OD.Values.size(); ++K)
        AtDefer.push_back(
            assign(member(Snap, fieldAt(OD.Ctx, K)), OD.Values[K]));
    }
    tree FnAddr = fold_convert(A.FnPtr, build_fold_addr_expr(OD.Fn));
    tree CtxAddr = Snap ? build_fold_addr_expr(Snap) : null_pointer_node;
    if (Site.Chosen == Tier::Frame) {
      tree Rec = hiddenLocal(Fn, "__cdefer_rec_" + I, A.Record, L);
      TREE_ADDRESSABLE(Rec) = 1;
      addToBind(Bind, Rec);
      RecAndFn.push_back({Rec, OD.Fn});
      AtDefer.push_back(assign(member(Rec, A.RecFn), FnAddr));
      AtDefer.push_back(assign(member(Rec, A.RecCtx), CtxAddr));
      AtDefer.push_back(
          assign(member(Rec, A.RecSite), siteString(Site, Fn, OD.CallForm)));
      AtDefer.push_back(
          assign(member(Rec, A.RecPooled), build_int_cst(size_type_node, 0)));
      AtDefer.push_back(
          assign(member(Rec, A.RecNext), member(Frame, A.FrameHead)));
      AtDefer.push_back(
          assign(member(Frame, A.FrameHead), build_fold_addr_expr(Rec)));
    } else {
      FrameOnly = false;
      tree Size = Snap ? TYPE_SIZE_UNIT(OD.Ctx) : size_zero_node;
      tree Push = callRuntime("__cdefer_push_slow",
                              {build_fold_addr_expr(Frame), FnAddr, CtxAddr,
                               Size, siteString(Site, Fn, OD.CallForm)});
      SET_EXPR_LOCATION(Push, L);
      AtDefer.push_back(Push);
    }
    *Site.Slot = statementList(AtDefer);
  }
  // Frame-allocated only: the other fields belong to pooled records, and
  // only __head is set (as by the Clang plugin).
  tree Zero = FrameOnly ? assign(member(Frame, A.FrameHead),
                                 build_int_cst(TREE_TYPE(A.FrameHead), 0))
                        : assign(Frame, build_constructor(A.Frame, nullptr));
  tree Run = frameExit(Fn, Bind, Frame, FnLoc, FrameOnly);
  if (FrameOnly)
    Run = statementList({frameOnlyRuns(Fn, Frame, RecAndFn, FnLoc), Run});
  if (!FDs.PanicReady) {
    wrapBody(Fn, Bind, {Zero}, Run);
    return;
  }
  Registration Reg = registerFrame(Fn, Bind, Frame, NULL_TREE);
  wrapBody(Fn, Bind, {Zero}, Run, &Reg);
}

/// The open-coded tier of a panic-ready function: the runtime must be able
/// to run each pending statement on its own, so each S is outlined, and the
/// bits and snapshots live in one hidden local the step function reads:
///
///   struct __cdefer_open_f_N { unsigned __bits; <ctx> __c0; ... }
///       __cdefer_frame;
///   at a `__defer`:  __cdefer_frame.__c1.a0 = x; __cdefer_frame.__bits |= 2;
///   finally:         if (__cdefer_frame.__bits & 2)
///                      { __cdefer_frame.__bits &= ~2;
///                        __cdefer_f_1 (&__cdefer_frame.__c1); } ...
///
/// Each bit is cleared before its statement runs, by the finally or by the
/// step function, so the statement runs once however a panic interleaves.
void lowerOpenCodedPanic(FunctionDefers &FDs, unsigned &NextOutlined) {
  tree Fn = FDs.Fn;
  tree Bind = ensureBind(Fn);
  location_t FnLoc = DECL_SOURCE_LOCATION(Fn);
  std::vector<OutlinedDefer> Outs;
  std::vector<tree> Sites;
  std::vector<std::pair<std::string, tree>> Fields{
      {"__bits", unsigned_type_node}};
  std::vector<int> FieldOf;
  for (auto &SiteP : FDs.Sites) {
    Outs.push_back(outlineDefer(FDs, *SiteP, NextOutlined++));
    Sites.push_back(siteString(*SiteP, Fn, Outs.back().CallForm));
    FieldOf.push_back(Outs.back().Ctx ? int(Fields.size()) : -1);
    if (Outs.back().Ctx)
      Fields.push_back(
          {"__c" + std::to_string(SiteP->Index), Outs.back().Ctx});
  }
  std::string Base = nameOf(Outs.front().Fn) + strlen("__cdefer_");
  tree Open = makeRecord("__cdefer_open_" + Base, Fields);
  tree Frame = hiddenLocal(Fn, "__cdefer_frame", Open, FnLoc);
  TREE_ADDRESSABLE(Frame) = 1;
  addToBind(Bind, Frame);
  tree Bits = member(Frame, fieldAt(Open, 0));

  std::vector<tree> Runs;
  for (unsigned I = 0; I != Outs.size(); ++I) {
    DeferSite &Site = *FDs.Sites[I];
    const OutlinedDefer &OD = Outs[I];
    location_t L = userLoc(Site.Loc);
    std::vector<tree> AtDefer;
    tree Ctx = FieldOf[I] >= 0 ? member(Frame, fieldAt(Open, FieldOf[I]))
                               : NULL_TREE;
    for (unsigned K = 0; K != OD.Values.size(); ++K)
      AtDefer.push_back(assign(member(Ctx, fieldAt(OD.Ctx, K)), OD.Values[K]));
    tree Mask = unsignedConstant(1ul << Site.Index);
    AtDefer.push_back(
        assign(Bits, build2(BIT_IOR_EXPR, unsigned_type_node, Bits, Mask)));
    *Site.Slot = statementList(AtDefer);

    tree Test = build2(NE_EXPR, boolean_type_node,
                       build2(BIT_AND_EXPR, unsigned_type_node, Bits, Mask),
                       unsignedConstant(0));
    tree Clear = assign(Bits, build2(BIT_AND_EXPR, unsigned_type_node, Bits,
                                     unsignedConstant(~(1ul << Site.Index) &
                                                      0xffffffffu)));
    tree Call = build_call_expr(
        OD.Fn, 1, Ctx ? build_fold_addr_expr(Ctx) : null_pointer_node);
    SET_EXPR_LOCATION(Call, L);
    tree Run = build3(COND_EXPR, void_type_node, Test,
                      statementList({Clear, Call}), NULL_TREE);
    TREE_SIDE_EFFECTS(Run) = 1;
    SET_EXPR_LOCATION(Run, L);
    Runs.push_back(Run);
  }
  tree Step = stepFunction(FDs, Base, Outs, Open, FieldOf, Sites);
  Registration Reg = registerFrame(Fn, Bind, Frame, Step);
  std::vector<tree> Finally(Runs.rbegin(), Runs.rend());
  wrapBody(Fn, Bind, {assign(Bits, unsignedConstant(0))},
           statementList(Finally), &Reg);
}

} // namespace

void lowerDefers(FunctionDefers &FDs, unsigned &NextOutlined) {
  if (FDs.empty())
    return;
  if (FDs.PanicReady) {
    // Before outlining: the outlined statements take the function's
    // optimisation options, and so keep their frames too.
    keepOutOfLine(FDs.Fn);
    if (FDs.openCoded())
      lowerOpenCodedPanic(FDs, NextOutlined);
    else
      lowerRuntime(FDs, NextOutlined);
    return;
  }
  if (FDs.openCoded())
    lowerOpenCoded(FDs);
  else
    lowerRuntime(FDs, NextOutlined);
}

} // namespace cdefer
