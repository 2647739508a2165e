#!/usr/bin/env python3
"""Random C programs that use `__defer`, with the output Go's rules predict.

Each program is built as a small tree of statements and expressions that can
both be printed as C and be run by an interpreter here that follows
docs/semantics.md: a function's deferred code runs at its return, newest
first; a call form's callee and arguments are evaluated, left to right, when
the `__defer` executes; any other deferred statement sees the variables as
they are at return; a `return E` evaluates E before deferred code runs and
deferred code cannot change it; locals of the outermost block with
`__attribute__((cleanup))` are cleaned up after the deferred code.

Every value is `unsigned` (wrap-around is defined, so -O2 cannot exploit
overflow), divisions are by an odd number, array indices are reduced modulo
the length, loops are bounded: a generated program has no undefined
behaviour, and the printed trace is the expected output.

  usage: gen.py SEED [--out FILE.c] [--expect FILE.txt] [--panic on|off]

One seed in five (or --panic on) is a panic-mode program: functions call
cdefer_panic under conditions, deferred blocks call cdefer_recover() and
print what it returned, and main calls each function from a guard whose
deferred block recovers; the model follows SPEC 4 (a panic runs the deferred
code of every frame it unwinds; recover stops it only in a deferred block of
the panicking call chain, the block's own code; the recovering function
returns zero). Those programs are for the Clang plugin only.

The C text goes to --out (default stdout), the expected output to --expect.
As a module: `generate(seed)` returns (c_text, expected_text, info).
"""
import argparse
import random
import sys

M32 = 0xFFFFFFFF
MAX_LINES = 4000      # a program whose trace is longer is regenerated
MAX_STEPS = 200000    # interpreter steps per program (runaway guard)


class TooBig(Exception):
    pass


class Cell:
    __slots__ = ("v",)

    def __init__(self, v=0):
        self.v = v


# ----------------------------------------------------------------------------
# The interpreter's control-flow signals.

class Break(Exception):
    pass


class Continue(Exception):
    pass


class Goto(Exception):
    def __init__(self, label):
        self.label = label


class Return(Exception):
    def __init__(self, value):
        self.value = value


class Panic(Exception):
    """cdefer_panic(value) unwinding the interpreter's frames."""

    def __init__(self, value):
        self.value = value


class Machine:
    """Program-wide state: output, globals, statics, step budget."""

    def __init__(self, prog):
        self.prog = prog
        self.out = []
        self.globals = {}
        self.steps = 0

    def emit(self, line):
        self.out.append(line)
        if len(self.out) > MAX_LINES:
            raise TooBig()

    def step(self):
        self.steps += 1
        if self.steps > MAX_STEPS:
            raise TooBig()


class Frame:
    """One call of a generated function."""

    def __init__(self, m, fn):
        self.m = m
        self.fn = fn
        self.vars = {}
        self.defers = []
        self.panic = None   # the panic its deferred code may recover

    def cell(self, key):
        c = self.vars.get(key)
        if c is None:
            c = self.fn.statics.get(key)
        if c is None:
            c = self.m.globals[key]
        return c


# ----------------------------------------------------------------------------
# Helpers the generated programs call (the same text is in PRELUDE).

PRELUDE = r"""#include <setjmp.h>
#include <stdio.h>
struct P { unsigned a; unsigned b[3]; };
struct B { unsigned x[20]; };
typedef void (*trfn)(unsigned, unsigned);
unsigned g0 = 1, g1 = 2, g2 = 3;
static void tr(unsigned id, unsigned v) { printf("%u %u\n", id, v); }
static void tr3(unsigned id, unsigned a, unsigned b, unsigned c) {
  printf("%u %u %u %u\n", id, a, b, c);
}
static void trp(unsigned id, struct P p) {
  printf("%u P %u %u %u %u\n", id, p.a, p.b[0], p.b[1], p.b[2]);
}
static void trb(unsigned id, struct B b) {
  unsigned s = 0;
  for (int i = 0; i < 20; i++) s = s * 31u + b.x[i];
  printf("%u B %u %u\n", id, b.x[0], s);
}
static void trptr(unsigned id, const unsigned *p) { printf("%u * %u\n", id, *p); }
static void trv(unsigned id, unsigned n, const unsigned *a) {
  unsigned s = 0;
  for (unsigned i = 0; i < n; i++) s = s * 7u + a[i];
  printf("%u V %u %u\n", id, n, s);
}
static void tr9(unsigned id, unsigned long long a, unsigned long long b,
                unsigned long long c, unsigned long long d, unsigned long long e,
                unsigned long long f, unsigned long long g, unsigned long long h,
                unsigned long long i) {
  printf("%u 9 %llu %llu %llu %llu %llu %llu %llu %llu %llu\n", id, a, b, c, d,
         e, f, g, h, i);
}
static jmp_buf jbuf;
static void trA(unsigned id, unsigned v) { printf("%u A %u\n", id, v); }
static void trB(unsigned id, unsigned v) { printf("%u B %u\n", id, v); }
static unsigned side(unsigned id, unsigned v) { printf("%u side %u\n", id, v); return v; }
static void cleanup_u(unsigned *p) { printf("cleanup %u\n", *p); }
static struct P mkp(unsigned a, unsigned b) {
  struct P p = {a, {b, a ^ b, 7u}};
  return p;
}
"""


def h_tr(m, id_, v):
    m.emit("%d %d" % (id_, v))


def h_tr3(m, id_, a, b, c):
    m.emit("%d %d %d %d" % (id_, a, b, c))


def h_trp(m, id_, p):
    m.emit("%d P %d %d %d %d" % ((id_,) + tuple(p)))


def h_trb(m, id_, b):
    s = 0
    for x in b:
        s = (s * 31 + x) & M32
    m.emit("%d B %d %d" % (id_, b[0], s))


def h_trptr(m, id_, cell):
    m.emit("%d * %d" % (id_, cell.v))


def h_trv(m, id_, n, cells):
    s = 0
    for i in range(n):
        s = (s * 7 + cells[i].v) & M32
    m.emit("%d V %d %d" % (id_, n, s))


def h_tr9(m, id_, *args):
    m.emit(("%d 9" % id_) + "".join(" %d" % a for a in args))


def h_trA(m, id_, v):
    m.emit("%d A %d" % (id_, v))


def h_trB(m, id_, v):
    m.emit("%d B %d" % (id_, v))


HELPERS = {"tr": h_tr, "tr3": h_tr3, "trp": h_trp, "trb": h_trb,
           "trptr": h_trptr, "trv": h_trv, "trA": h_trA, "trB": h_trB,
           "tr9": h_tr9}


# ----------------------------------------------------------------------------
# Expressions. c() is the C text, ev(fr) the value (an int, or a tuple for a
# struct, or a Cell / list of Cells for an address).

class E:
    pure = True

    def c(self):
        raise NotImplementedError

    def ev(self, fr):
        raise NotImplementedError


class Const(E):
    def __init__(self, k):
        self.k = k

    def c(self):
        return "%du" % self.k

    def ev(self, fr):
        return self.k


class Var(E):
    """A scalar lvalue: a variable, a struct member, a constant index."""

    def __init__(self, text, key):
        self.text, self.key = text, key

    def c(self):
        return self.text

    def ev(self, fr):
        return fr.cell(self.key).v

    def store(self, fr, v):
        fr.cell(self.key).v = v & M32


class VlaElem(E):
    def __init__(self, idx):
        self.idx = idx
        self.pure = idx.pure

    def c(self):
        return "vla[(%s) %% vn]" % self.idx.c()

    def ev(self, fr):
        return self._cell(fr).v

    def _cell(self, fr):
        cells = fr.vars["vla"]
        return cells[self.idx.ev(fr) % len(cells)]

    def store(self, fr, v):
        self._cell(fr).v = v & M32


def c_div(a, b):
    return a // b


BINOPS = {
    "+": lambda a, b: (a + b) & M32,
    "-": lambda a, b: (a - b) & M32,
    "*": lambda a, b: (a * b) & M32,
    "^": lambda a, b: a ^ b,
    "&": lambda a, b: a & b,
    "|": lambda a, b: a | b,
}


class Bin(E):
    def __init__(self, op, a, b):
        self.op, self.a, self.b = op, a, b
        self.pure = a.pure and b.pure

    def c(self):
        a, b = self.a.c(), self.b.c()
        if self.op == "/":
            return "(%s / ((%s) | 1u))" % (a, b)
        if self.op == "%":
            return "(%s %% ((%s) | 1u))" % (a, b)
        if self.op == ">>":
            return "(%s >> ((%s) & 7u))" % (a, b)
        if self.op == "<<":
            return "(%s << ((%s) & 7u))" % (a, b)
        if self.op == "<":
            return "(unsigned)(%s < %s)" % (a, b)
        return "(%s %s %s)" % (a, self.op, b)

    def ev(self, fr):
        a = self.a.ev(fr)
        b = self.b.ev(fr)
        op = self.op
        if op == "/":
            return a // (b | 1)
        if op == "%":
            return a % (b | 1)
        if op == ">>":
            return a >> (b & 7)
        if op == "<<":
            return (a << (b & 7)) & M32
        if op == "<":
            return 1 if a < b else 0
        return BINOPS[op](a, b)


class Cond(E):
    def __init__(self, c, a, b):
        self.cnd, self.a, self.b = c, a, b
        self.pure = c.pure and a.pure and b.pure

    def c(self):
        return "(%s ? %s : %s)" % (self.cnd.c(), self.a.c(), self.b.c())

    def ev(self, fr):
        return self.a.ev(fr) if self.cnd.ev(fr) else self.b.ev(fr)


class PostInc(E):
    pure = False

    def __init__(self, lv):
        self.lv = lv

    def c(self):
        return "%s++" % self.lv.c()

    def ev(self, fr):
        v = self.lv.ev(fr)
        self.lv.store(fr, v + 1)
        return v


class AddAssign(E):
    pure = False

    def __init__(self, lv, e):
        self.lv, self.e = lv, e

    def c(self):
        return "(%s += %s)" % (self.lv.c(), self.e.c())

    def ev(self, fr):
        v = (self.lv.ev(fr) + self.e.ev(fr)) & M32
        self.lv.store(fr, v)
        return v


class Side(E):
    pure = False

    def __init__(self, id_, e):
        self.id, self.e = id_, e

    def c(self):
        return "side(%du, %s)" % (self.id, self.e.c())

    def ev(self, fr):
        v = self.e.ev(fr)
        fr.m.emit("%d side %d" % (self.id, v))
        return v


class StructVal(E):
    """sp or sb (copied whole)."""

    def __init__(self, name, n):
        self.name, self.n = name, n

    def c(self):
        return self.name

    def ev(self, fr):
        return tuple(c.v for c in fr.vars[self.name])


class MkP(E):
    def __init__(self, a, b):
        self.a, self.b = a, b
        self.pure = a.pure and b.pure

    def c(self):
        return "mkp(%s, %s)" % (self.a.c(), self.b.c())

    def ev(self, fr):
        a = self.a.ev(fr)
        b = self.b.ev(fr)
        return (a, b, a ^ b, 7)


class AddrOf(E):
    def __init__(self, lv):
        self.lv = lv

    def c(self):
        return "&%s" % self.lv.c()

    def ev(self, fr):
        return fr.cell(self.lv.key)


class VlaPtr(E):
    def c(self):
        return "vla"

    def ev(self, fr):
        return fr.vars["vla"]


class Call(E):
    """A call of a generated function, as an unsigned value."""
    pure = False

    def __init__(self, fn, args):
        self.fn, self.args = fn, args

    def c(self):
        call = "%s(%s)" % (self.fn.name, ", ".join(a.c() for a in self.args))
        rt = self.fn.rtype
        if rt == "struct P":
            return "%s.a" % call
        if rt == "struct B":
            return "%s.x[3]" % call
        if rt == "double":
            return "(unsigned)%s" % call
        return "(unsigned)%s" % call

    def ev(self, fr):
        args = [a.ev(fr) for a in self.args]
        r = self.fn.call(fr.m, args)
        rt = self.fn.rtype
        if rt == "struct P":
            return r[0]
        if rt == "struct B":
            return r[3]
        if rt == "double":
            return int(r) & M32
        return r & M32


class StmtExpr(E):
    pure = False

    def __init__(self, stmts, e):
        self.stmts, self.e = stmts, e

    def c(self):
        return "({ %s %s; })" % (" ".join(s.inline() for s in self.stmts),
                                 self.e.c())

    def ev(self, fr):
        for s in self.stmts:
            s.run(fr)
        return self.e.ev(fr)


# ----------------------------------------------------------------------------
# Statements. lines(ind) gives C lines, run(fr) executes.

def render_list(stmts, ind):
    """A label or case label labels the statement after it; at the end of a
    list it gets an empty statement."""
    out = []
    for i, s in enumerate(stmts):
        if isinstance(s, (Label, CaseL)):
            last = i + 1 == len(stmts)
            out.append(s.label_line(ind) + (";" if last else ""))
        else:
            out += s.lines(ind)
    return out

class S:
    def lines(self, ind):
        raise NotImplementedError

    def inline(self):
        return " ".join(l.strip() for l in self.lines(0))

    def run(self, fr):
        raise NotImplementedError


def run_list(stmts, fr, start=0):
    """Runs a statement list; a goto to one of its labels is caught here."""
    labels = None
    i = start
    n = len(stmts)
    while i < n:
        fr.m.step()
        try:
            stmts[i].run(fr)
            i += 1
        except Goto as g:
            if labels is None:
                labels = {s.name: k for k, s in enumerate(stmts)
                          if isinstance(s, Label)}
            if g.label not in labels:
                raise
            i = labels[g.label]


class ExprStmt(S):
    def __init__(self, e):
        self.e = e

    def lines(self, ind):
        return [" " * ind + self.e.c() + ";"]

    def run(self, fr):
        self.e.ev(fr)


class Assign(S):
    def __init__(self, lv, e, op="="):
        self.lv, self.e, self.op = lv, e, op

    def lines(self, ind):
        return [" " * ind + "%s %s %s;" % (self.lv.c(), self.op, self.e.c())]

    def run(self, fr):
        v = self.e.ev(fr)
        if self.op == "+=":
            v = self.lv.ev(fr) + v
        elif self.op == "^=":
            v = self.lv.ev(fr) ^ v
        self.lv.store(fr, v)


class HelperCall(S):
    """tr(ID, ...) and friends, called now."""

    def __init__(self, fname, args):
        self.fname, self.args = fname, args

    def text(self):
        return "%s(%s)" % (self.fname, ", ".join(a.c() for a in self.args))

    def lines(self, ind):
        return [" " * ind + self.text() + ";"]

    def run(self, fr):
        vals = [a.ev(fr) for a in self.args]
        HELPERS[self.fname](fr.m, *vals)


class FnCall(S):
    def __init__(self, fn, args):
        self.fn, self.args = fn, args

    def lines(self, ind):
        return [" " * ind + "%s(%s);" % (
            self.fn.name, ", ".join(a.c() for a in self.args))]

    def run(self, fr):
        self.fn.call(fr.m, [a.ev(fr) for a in self.args])


class Empty(S):
    def lines(self, ind):
        return [" " * ind + ";"]

    def run(self, fr):
        pass


class Label(S):
    def __init__(self, name):
        self.name = name

    def lines(self, ind):
        return [self.label_line(ind) + ";"]

    def label_line(self, ind):
        return " " * max(ind - 1, 0) + "%s:" % self.name

    def run(self, fr):
        pass


class GotoS(S):
    def __init__(self, label, cond=None, counter=None, limit=0,
                 computed=False):
        self.label, self.cond, self.counter, self.limit = (
            label, cond, counter, limit)
        self.computed = computed

    def lines(self, ind):
        if self.computed:
            jump = "{ void *jp = &&%s; goto *jp; }" % self.label
        else:
            jump = "goto %s;" % self.label
        if self.counter is not None:
            return [" " * ind + "if (%s++ < %du) %s" % (
                self.counter.c(), self.limit, jump)]
        if self.cond is not None:
            return [" " * ind + "if (%s) %s" % (self.cond.c(), jump)]
        return [" " * ind + jump]

    def run(self, fr):
        if self.counter is not None:
            v = self.counter.ev(fr)
            self.counter.store(fr, v + 1)
            if not v < self.limit:
                return
        elif self.cond is not None and not self.cond.ev(fr):
            return
        raise Goto(self.label)


class BreakS(S):
    def lines(self, ind):
        return [" " * ind + "break;"]

    def run(self, fr):
        raise Break()


class ContinueS(S):
    def lines(self, ind):
        return [" " * ind + "continue;"]

    def run(self, fr):
        raise Continue()


class IfS(S):
    def __init__(self, cond, then, els=None):
        if els is not None and not isinstance(then, Block):
            then = Block([], [then])  # no dangling else
        self.cond, self.then, self.els = cond, then, els

    def lines(self, ind):
        out = [" " * ind + "if (%s)" % self.cond.c()]
        out += self.then.lines(ind + 2)
        if self.els is not None:
            out.append(" " * ind + "else")
            out += self.els.lines(ind + 2)
        return out

    def run(self, fr):
        if self.cond.ev(fr):
            self.then.run(fr)
        elif self.els is not None:
            self.els.run(fr)


class Decl:
    """unsigned NAME [attr] = INIT; (a local of some block)."""

    def __init__(self, name, init, cleanup=False):
        self.name, self.init, self.cleanup = name, init, cleanup

    def line(self):
        attr = " __attribute__((cleanup(cleanup_u)))" if self.cleanup else ""
        return "unsigned %s%s = %s;" % (self.name, attr, self.init.c())

    def run(self, fr):
        fr.vars[self.name] = Cell(self.init.ev(fr))


class Block(S):
    def __init__(self, decls, stmts):
        self.decls, self.stmts = decls, stmts

    def lines(self, ind):
        out = [" " * ind + "{"]
        out += [" " * (ind + 2) + d.line() for d in self.decls]
        out += render_list(self.stmts, ind + 2)
        out.append(" " * ind + "}")
        return out

    def run(self, fr):
        done = []
        try:
            for d in self.decls:
                d.run(fr)
                if d.cleanup:
                    done.append(d)
            run_list(self.stmts, fr)
        finally:
            for d in reversed(done):
                fr.m.emit("cleanup %d" % fr.vars[d.name].v)


class ForS(S):
    def __init__(self, var, n, body):
        self.var, self.n, self.body = var, n, body

    def lines(self, ind):
        return ([" " * ind + "for (unsigned %s = 0; %s < %du; %s++)" % (
            self.var, self.var, self.n, self.var)] + self.body.lines(ind + 2))

    def run(self, fr):
        fr.vars[self.var] = Cell(0)
        while fr.vars[self.var].v < self.n:
            fr.m.step()
            try:
                self.body.run(fr)
            except Break:
                break
            except Continue:
                pass
            fr.vars[self.var].v += 1


class WhileS(S):
    """{ unsigned w = 0; while (w++ < n) body }"""

    def __init__(self, var, n, body):
        self.var, self.n, self.body = var, n, body

    def lines(self, ind):
        return ([" " * ind + "{",
                 " " * (ind + 2) + "unsigned %s = 0;" % self.var,
                 " " * (ind + 2) + "while (%s++ < %du)" % (self.var, self.n)]
                + self.body.lines(ind + 4) + [" " * ind + "}"])

    def run(self, fr):
        c = fr.vars[self.var] = Cell(0)
        while True:
            fr.m.step()
            v = c.v
            c.v += 1
            if not v < self.n:
                break
            try:
                self.body.run(fr)
            except Break:
                break
            except Continue:
                pass


class DoS(S):
    """{ unsigned w = 0; do body while (w++ < n); }"""

    def __init__(self, var, n, body):
        self.var, self.n, self.body = var, n, body

    def lines(self, ind):
        return ([" " * ind + "{",
                 " " * (ind + 2) + "unsigned %s = 0;" % self.var,
                 " " * (ind + 2) + "do"] + self.body.lines(ind + 4)
                + [" " * (ind + 2) + "while (%s++ < %du);" % (self.var, self.n),
                   " " * ind + "}"])

    def run(self, fr):
        c = fr.vars[self.var] = Cell(0)
        while True:
            fr.m.step()
            try:
                self.body.run(fr)
            except Break:
                break
            except Continue:
                pass
            v = c.v
            c.v += 1
            if not v < self.n:
                break


class CaseL(S):
    def __init__(self, k):
        self.k = k  # None: default

    def lines(self, ind):
        return [self.label_line(ind) + ";"]

    def label_line(self, ind):
        if self.k is None:
            return " " * max(ind - 2, 0) + "default:"
        return " " * max(ind - 2, 0) + "case %d:" % self.k

    def run(self, fr):
        pass


class SwitchS(S):
    def __init__(self, cond, mod, body):
        self.cond, self.mod, self.body = cond, mod, body  # body: flat list

    def lines(self, ind):
        out = [" " * ind + "switch ((%s) %% %du) {" % (self.cond.c(), self.mod)]
        out += render_list(self.body, ind + 2)
        out.append(" " * ind + "}")
        return out

    def run(self, fr):
        k = self.cond.ev(fr) % self.mod
        start = None
        for i, s in enumerate(self.body):
            if isinstance(s, CaseL) and s.k == k:
                start = i
        if start is None:
            for i, s in enumerate(self.body):
                if isinstance(s, CaseL) and s.k is None:
                    start = i
        if start is None:
            return
        try:
            run_list(self.body, fr, start)
        except Break:
            pass


class ReturnS(S):
    def __init__(self, e, rtype):
        self.e, self.rtype = e, rtype

    def lines(self, ind):
        if self.e is None:
            return [" " * ind + "return;"]
        return [" " * ind + "return %s;" % self.e.c()]

    def run(self, fr):
        if self.e is None:
            raise Return(None)
        raise Return(convert(self.e.ev(fr), self.rtype))


def zero(rtype):
    if rtype == "void":
        return None
    if rtype == "struct P":
        return (0, 0, 0, 0)
    if rtype == "struct B":
        return (0,) * 20
    if rtype == "double":
        return 0.0
    return 0


def convert(v, rtype):
    if rtype == "unsigned char":
        return v & 0xFF
    if rtype == "double":
        return float(v)
    return v


class DeferCall(S):
    """__defer CALLEE(ARGS); callee and arguments evaluated now."""

    def __init__(self, callee, args, wrap="", fn=None):
        # callee: ("helper", name) | ("fp",) | ("cond", E, a, b) | ("fn", Func)
        self.callee, self.args, self.wrap = callee, args, wrap

    def callee_text(self):
        k = self.callee[0]
        if k == "helper":
            return self.callee[1]
        if k == "fn":
            return self.callee[1].name
        if k == "fp":
            return "fp"
        return "(%s ? %s : %s)" % (self.callee[1].c(), self.callee[2],
                                   self.callee[3])

    def call_text(self):
        return "%s(%s)" % (self.callee_text(),
                           ", ".join(a.c() for a in self.args))

    def lines(self, ind):
        t = self.call_text()
        if self.wrap == "void":
            t = "(void)" + t
        elif self.wrap == "parens":
            t = "((%s))" % t
        return [" " * ind + "__defer %s;" % t]

    def run(self, fr):
        k = self.callee[0]
        if k == "helper":
            target = ("helper", self.callee[1])
        elif k == "fn":
            target = ("fn", self.callee[1])
        elif k == "fp":
            target = ("helper", fr.vars["fp"].v)
        else:
            target = ("helper", self.callee[2] if self.callee[1].ev(fr)
                      else self.callee[3])
        vals = [a.ev(fr) for a in self.args]
        m = fr.m

        def later():
            if target[0] == "helper":
                HELPERS[target[1]](m, *vals)
            else:
                target[1].call(m, vals)
        fr.defers.append(later)


class DeferStmt(S):
    """__defer S for any other S: runs S itself at return."""

    def __init__(self, body):
        self.body = body

    def lines(self, ind):
        b = self.body.lines(ind)
        b[0] = " " * ind + "__defer " + b[0].lstrip()
        return b

    def run(self, fr):
        body = self.body
        fr.defers.append(lambda: body.run(fr))


# ----------------------------------------------------------------------------
# Functions and programs.

RTYPES = ["void", "unsigned", "unsigned char", "unsigned long long", "double",
          "struct P", "struct B"]


class Func:
    def __init__(self, name, rtype):
        self.name, self.rtype = name, rtype
        self.outer = []        # [(C text, runner)] in order
        self.body = []
        self.statics = {}      # key -> Cell (kept across calls)
        self.static_decls = []  # (name, init)
        self.has_vla = False
        self.has_sp = False
        self.has_sb = False
        self.cleanup_vars = []  # outermost cleanup locals, declaration order
        self.attrs = ""
        self.outer_scalars = []  # names

    def c_text(self):
        out = ["static %s%s %s(unsigned d, unsigned p0, unsigned p1) {" % (
            self.attrs, self.rtype, self.name)]
        for name, init in self.static_decls:
            out.append("  static unsigned %s = %du;" % (name, init))
        for text, _ in self.outer:
            out.append("  " + text)
        out += render_list(self.body, 2)
        out.append("}")
        return "\n".join(out)

    def call(self, m, args):
        m.step()
        fr = Frame(m, self)
        fr.vars["d"] = Cell(args[0] & M32)
        fr.vars["p0"] = Cell(args[1] & M32)
        fr.vars["p1"] = Cell(args[2] & M32)
        rv = None
        panic = None
        try:
            for _, runner in self.outer:
                runner(fr)
            run_list(self.body, fr)
        except Return as r:
            rv = r.value
        except Panic as p:
            panic = p
        # Deferred code, newest first; a deferred call may register nothing
        # new here (no __defer inside deferred code), so a plain pop works.
        # During a panic, a deferred block's own cdefer_recover() stops it;
        # the function then returns zero (SPEC 4: the panic came before any
        # return, as gen.py never panics in deferred code).
        while fr.defers:
            fr.panic = panic
            fr.defers.pop()()
            if panic is not None and fr.panic is None:
                panic = None
                rv = zero(self.rtype)
        fr.panic = None
        if panic is not None:
            raise panic
        for name in reversed(self.cleanup_vars):
            m.emit("cleanup %d" % fr.vars[name].v)
        return rv


class Program:
    def __init__(self):
        self.funcs = []
        self.main_defers = []
        self.calls = []  # (Func, d, p0, p1)
        self.use_cdefer_h = False
        self.panic = False  # panic mode: each call of main's in a guard

    def c_text(self):
        out = []
        if self.use_cdefer_h:
            out.append("#include <cdefer.h>")
        out.append(PRELUDE)
        for f in self.funcs:
            out.append("static %s%s %s(unsigned d, unsigned p0, unsigned p1);"
                       % (f.attrs, f.rtype, f.name))
        out.append("")
        for f in self.funcs:
            out.append(f.c_text())
            out.append("")
        calls = []
        for k, (f, d, a, b) in enumerate(self.calls):
            call = "%s(%du, %du, %du)" % (f.name, d, a, b)
            rt = f.rtype
            if rt == "void":
                calls.append('  %s; printf("R%d void\\n");' % (call, k))
            elif rt in ("unsigned", "unsigned char"):
                calls.append('  printf("R%d %%u\\n", (unsigned)%s);' % (k, call))
            elif rt == "unsigned long long":
                calls.append('  printf("R%d %%llu\\n", %s);' % (k, call))
            elif rt == "double":
                calls.append('  printf("R%d %%.1f\\n", %s);' % (k, call))
            elif rt == "struct P":
                calls.append('  { struct P r = %s; printf("R%d %%u %%u %%u %%u\\n",'
                             ' r.a, r.b[0], r.b[1], r.b[2]); }' % (call, k))
            else:
                calls.append('  { struct B r = %s; unsigned s = 0;'
                             ' for (int i = 0; i < 20; i++) s = s * 31u + r.x[i];'
                             ' printf("R%d %%u %%u\\n", r.x[0], s); }' % (call, k))
        if self.panic:
            # Each call in a function of its own whose deferred block
            # recovers whatever panic reaches it.
            for k, c in enumerate(calls):
                out.append("static void guard%d(void) {" % k)
                out.append('  __defer { const char *w = cdefer_recover(); '
                           'if (w) printf("R%d panic %%s\\n", w); }' % k)
                out.append(c)
                out.append("}")
            calls = ["  guard%d();" % k for k in range(len(calls))]
        out.append("int main(void) {")
        for s in self.main_defers:
            out += s.lines(2)
        out += calls
        out.append('  printf("G %u %u %u\\n", g0, g1, g2);')
        out.append("  return 0;")
        out.append("}")
        return "\n".join(out) + "\n"

    def expected(self):
        m = Machine(self)
        m.globals = {"g0": Cell(1), "g1": Cell(2), "g2": Cell(3)}
        for f in self.funcs:
            f.statics = {n: Cell(v) for n, v in f.static_decls}
        mainfn = Func("main", "int")
        fr = Frame(m, mainfn)
        for s in self.main_defers:
            s.run(fr)
        for k, (f, d, a, b) in enumerate(self.calls):
            try:
                r = f.call(m, [d, a, b])
            except Panic as p:
                m.emit("R%d panic %s" % (k, p.value))
                continue
            rt = f.rtype
            if rt == "void":
                m.emit("R%d void" % k)
            elif rt == "double":
                m.emit("R%d %.1f" % (k, r))
            elif rt == "struct P":
                m.emit("R%d %d %d %d %d" % ((k,) + tuple(r)))
            elif rt == "struct B":
                s = 0
                for x in r:
                    s = (s * 31 + x) & M32
                m.emit("R%d %d %d" % (k, r[0], s))
            else:
                m.emit("R%d %d" % (k, r))
        m.emit("G %d %d %d" % (m.globals["g0"].v, m.globals["g1"].v,
                               m.globals["g2"].v))
        while fr.defers:
            fr.defers.pop()()
        return "\n".join(m.out) + "\n"


# ----------------------------------------------------------------------------
# The generator.

class VarInfo:
    def __init__(self, expr, kind, assignable=True):
        self.expr = expr      # a Var (or VlaElem factory for 'vla')
        self.kind = kind      # param outer static global inner
        self.assignable = assignable


class Ctx:
    """Where a statement is being generated."""

    def __init__(self):
        self.vars = []          # visible VarInfo, innermost last
        self.barrier = None     # index into vars: a deferred block starts here
        self.in_defer = False
        self.loops = 0          # loops around (inside the deferred block)
        self.breakable = 0      # loops + switches around
        self.targets = []       # [(label, backward)]
        self.depth = 0
        self.in_stmt_expr = False
        self.in_cleanup = False  # inside a block with a cleanup local

    def copy(self):
        c = Ctx()
        c.vars = list(self.vars)
        c.barrier = self.barrier
        c.in_defer = self.in_defer
        c.loops = self.loops
        c.breakable = self.breakable
        c.targets = list(self.targets)
        c.depth = self.depth
        c.in_stmt_expr = self.in_stmt_expr
        c.in_cleanup = self.in_cleanup
        return c

    def readable(self):
        if self.barrier is None:
            return self.vars
        return [v for i, v in enumerate(self.vars)
                if i >= self.barrier or v.kind in ("param", "outer",
                                                   "static", "global")]


LONG_LIVED = ("param", "outer", "static", "global")


class Gen:
    def __init__(self, seed, panic=False):
        self.r = random.Random(seed)
        self.seed = seed
        # Panic mode: functions may cdefer_panic, deferred blocks may
        # cdefer_recover; every function is panic-ready (<cdefer.h>), no
        # local has a cleanup attribute (not run on a recovery), and
        # deferred code never calls a function that may panic.
        self.panic = panic
        self.next_id = 1
        self.nfuncs = 0

    def id(self):
        i = self.next_id
        self.next_id += 1
        return i

    def chance(self, p):
        return self.r.random() < p

    # -- expressions --------------------------------------------------------

    def leaf(self, ctx):
        vs = ctx.readable()
        if vs and self.chance(0.75):
            v = self.r.choice(vs)
            if v.kind == "vla":
                return VlaElem(self.small_pure(ctx, vla_ok=False))
            return v.expr
        return Const(self.r.choice([0, 1, 2, 3, 5, 7, 10, 100, 255, 256,
                                    1000, 65535, 0x7FFFFFFF, M32,
                                    self.r.randrange(1 << 16)]))

    def small_pure(self, ctx, vla_ok=True):
        vs = [v for v in ctx.readable() if v.kind != "vla" or vla_ok]
        if vs and self.chance(0.8):
            v = self.r.choice(vs)
            if v.kind != "vla":
                return v.expr
        return Const(self.r.randrange(8))

    def pure(self, ctx, depth=0):
        if depth > 2 or self.chance(0.35):
            return self.leaf(ctx)
        k = self.r.random()
        if k < 0.75:
            op = self.r.choice(["+", "-", "*", "^", "&", "|", "/", "%", ">>",
                                "<<", "<", "+", "^"])
            return Bin(op, self.pure(ctx, depth + 1), self.pure(ctx, depth + 1))
        return Cond(self.pure(ctx, depth + 1), self.pure(ctx, depth + 1),
                    self.pure(ctx, depth + 1))

    def cond(self, ctx):
        e = self.pure(ctx, 1)
        if self.chance(0.5):
            return Bin("&", e, Const(1))
        return Bin("<", e, Const(self.r.choice([2, 5, 100, 1 << 20])))

    def lvalue(self, ctx):
        vs = [v for v in ctx.readable() if v.assignable]
        if not vs:
            return None
        v = self.r.choice(vs)
        if v.kind == "vla":
            return VlaElem(self.small_pure(ctx, vla_ok=False))
        return v.expr

    def effect_expr(self, ctx, fn):
        """An expression with at most one side effect (a call, a ++, a side(),
        a statement expression), for the right side of an assignment."""
        k = self.r.random()
        if k < 0.3 and self.value_callees(fn, ctx):
            return self.fn_call_expr(ctx, fn)
        if k < 0.45 and not ctx.in_stmt_expr and ctx.depth < 3:
            return self.stmt_expr(ctx, fn)
        if k < 0.55:
            return Side(self.id(), self.pure(ctx, 1))
        return self.pure(ctx)

    def callable(self, fn):
        return bool(self.callees(fn))

    def callees(self, fn, ctx=None, deferred=False):
        if self.panic and (deferred or ctx is not None and ctx.in_defer):
            return [g for g in self.funcs_so_far
                    if g is not fn and not g.may_panic]
        return [g for g in self.funcs_so_far if g is not fn] + [fn]

    def note_call(self, fn, g, ctx=None):
        if g.may_panic and not (ctx is not None and ctx.in_defer):
            fn.may_panic = True

    def fn_call_args(self, ctx, fn, g):
        if g is fn:
            fn.self_calls = True
            # Self-recursion: only when d > 0, with d - 1.
            d = Bin("-", Var("d", "d"), Const(1))
        else:
            d = Const(self.r.randrange(2))
        return [d, self.pure(ctx, 1), self.pure(ctx, 1)]

    def value_callees(self, fn, ctx=None):
        return [g for g in self.callees(fn, ctx) if g.rtype != "void"]

    def fn_call_expr(self, ctx, fn):
        g = self.r.choice(self.value_callees(fn, ctx))
        self.note_call(fn, g, ctx)
        return self.guard_self(fn, g, Call(g, self.fn_call_args(ctx, fn, g)))

    def guard_self(self, fn, g, call):
        if g is fn:
            return Cond(Var("d", "d"), call, Const(0))
        return call

    def stmt_expr(self, ctx, fn):
        c = ctx.copy()
        c.in_stmt_expr = True
        c.loops = c.breakable = 0
        c.targets = []
        c.depth += 1
        stmts = []
        for _ in range(self.r.randint(1, 2)):
            s = self.simple_stmt(c, fn, allow_defer=True)
            if s is not None:
                stmts.append(s)
        return StmtExpr(stmts, self.pure(c, 1))

    # -- statements ---------------------------------------------------------

    def simple_stmt(self, ctx, fn, allow_defer=True):
        k = self.r.random()
        if k < 0.35:
            lv = self.lvalue(ctx)
            if lv is not None:
                if self.chance(0.3) and isinstance(lv, Var):
                    # One side effect on the right (a call, a statement
                    # expression): '=' only, so the old value of the left
                    # side is not read unsequenced with it.
                    return Assign(lv, self.effect_expr(ctx, fn), "=")
                return Assign(lv, self.pure(ctx),
                              self.r.choice(["=", "+=", "^="]))
        if k < 0.4:
            return AssignFp(self.r.choice(["trA", "trB"]))
        if k < 0.42 and not ctx.in_defer and not ctx.in_stmt_expr:
            fn.uses_setjmp = True
            return SetjmpS(self.id())
        if k < 0.6:
            return self.trace_now(ctx)
        if self.panic and ctx.in_defer and k < 0.75 and self.chance(0.3):
            return RecoverS(self.id(), self.fresh("w"))
        if k < 0.7 and self.callees(fn, ctx) and not ctx.in_stmt_expr:
            g = self.r.choice(self.callees(fn, ctx))
            self.note_call(fn, g, ctx)
            call = FnCall(g, self.fn_call_args(ctx, fn, g))
            if g is fn:
                return IfS(Var("d", "d"), call)
            return call
        if allow_defer and not ctx.in_defer:
            return self.defer(ctx, fn)
        return self.trace_now(ctx)

    def trace_now(self, ctx):
        return HelperCall("tr", [Const(self.id()), self.pure(ctx)])

    def stmt(self, ctx, fn, budget):
        """One statement; budget bounds its size."""
        r = self.r.random()
        if budget <= 1 or ctx.depth >= 4:
            r = r * 0.5
        if r < 0.25:
            return self.simple_stmt(ctx, fn)
        if r < 0.45 and not ctx.in_defer:
            if self.panic and not ctx.in_stmt_expr and self.chance(0.25):
                fn.may_panic = True
                return PanicS(self.id(), self.cond(ctx))
            return self.defer(ctx, fn)
        if r < 0.5:
            return self.jump(ctx, fn) or self.trace_now(ctx)
        if r < 0.6:
            c = ctx.copy()
            c.depth += 1
            then = self.body_stmt(c, fn, budget // 2)
            els = self.body_stmt(c, fn, budget // 2) if self.chance(0.4) else None
            return IfS(self.cond(ctx), then, els)
        if r < 0.7:
            return self.block(ctx, fn, budget - 1)
        if r < 0.85:
            return self.loop(ctx, fn, budget - 1)
        if r < 0.93:
            return self.switch(ctx, fn, budget - 1)
        if not ctx.in_defer and not ctx.in_stmt_expr:
            return ReturnS(self.ret_expr(ctx, fn), fn.rtype) if self.chance(0.5) \
                else IfS(self.cond(ctx), ReturnS(self.ret_expr(ctx, fn), fn.rtype))
        return self.simple_stmt(ctx, fn)

    def body_stmt(self, ctx, fn, budget):
        """The body of an if/loop: a block, or sometimes a bare statement."""
        if self.chance(0.3):
            s = self.stmt(ctx, fn, 1) if self.chance(0.5) else \
                self.simple_stmt(ctx, fn)
            if not isinstance(s, (ReturnS,)) or not ctx.in_defer:
                return s
        return self.block(ctx, fn, budget)

    def jump(self, ctx, fn):
        opts = []
        if ctx.breakable:
            opts.append("break")
        if ctx.loops:
            opts.append("continue")
        if ctx.targets:
            opts.append("goto")
        if not opts:
            return None
        k = self.r.choice(opts)
        if k == "break":
            return IfS(self.cond(ctx), BreakS()) if self.chance(0.7) else BreakS()
        if k == "continue":
            return IfS(self.cond(ctx), ContinueS())
        label, backward, top = self.r.choice(ctx.targets)
        # A computed goto only to a label of the function's outermost list,
        # where no local with a cleanup or a VLA can be in the way of another
        # indirect goto.
        # Clang cannot run cleanups on an indirect goto: none may leave the
        # scope of a local with a cleanup.
        computed = (top and not ctx.in_defer and not ctx.in_cleanup
                    and self.chance(0.15))
        if computed:
            fn.computed_goto = True
        if backward:
            name = self.fresh("bg")
            fn.outer.append(("unsigned %s = 0;" % name,
                             lambda fr, n=name: fr.vars.__setitem__(n, Cell(0))))
            return GotoS(label, counter=Var(name, name),
                         limit=self.r.randint(1, 2), computed=computed)
        if self.chance(0.8):
            return GotoS(label, cond=self.cond(ctx), computed=computed)
        return GotoS(label, computed=computed)

    def fresh(self, prefix):
        self.names += 1
        return "%s%d" % (prefix, self.names)

    def stmt_list(self, ctx, fn, budget, n=None):
        if n is None:
            n = self.r.randint(1, 4)
        labels = []
        if self.chance(0.3) and not ctx.in_stmt_expr:
            for _ in range(self.r.randint(1, 2)):
                labels.append((self.r.randint(0, n), self.fresh("L")))
        out = []
        for i in range(n + 1):
            for pos, name in labels:
                if pos == i:
                    out.append(Label(name))
            if i == n:
                break
            c = ctx.copy()
            c.targets = ctx.targets + [(name, pos <= i, ctx.depth == 0)
                                       for pos, name in labels]
            s = self.stmt(c, fn, max(budget // n, 1))
            if s is not None:
                out.append(s)
        return out

    def block(self, ctx, fn, budget):
        c = ctx.copy()
        c.depth += 1
        decls = []
        for _ in range(self.r.choice([0, 0, 1, 2])):
            name = self.fresh("t")
            d = Decl(name, self.pure(c, 1),
                     cleanup=self.chance(0.15) and not ctx.in_stmt_expr
                     and not self.panic)
            decls.append(d)
            c.in_cleanup = c.in_cleanup or d.cleanup
            c.vars.append(VarInfo(Var(name, name), "inner"))
        return Block(decls, self.stmt_list(c, fn, budget))

    def loop(self, ctx, fn, budget):
        c = ctx.copy()
        c.depth += 1
        c.loops += 1
        c.breakable += 1
        name = self.fresh("i")
        n = self.r.randint(0, 3)
        kind = self.r.choice(["for", "while", "do"])
        c.vars.append(VarInfo(Var(name, name), "inner", assignable=False))
        body = self.body_stmt(c, fn, budget)
        if kind == "for":
            return ForS(name, n, body)
        if kind == "while":
            return WhileS(name, n, body)
        return DoS(name, n, body)

    def switch(self, ctx, fn, budget):
        c = ctx.copy()
        c.depth += 1
        c.breakable += 1
        mod = self.r.randint(2, 4)
        ks = list(range(mod))
        self.r.shuffle(ks)
        ks = ks[:self.r.randint(1, mod)]
        if self.chance(0.5):
            ks.append(None)
        body = []
        for k in ks:
            body.append(CaseL(k))
            body += self.stmt_list(c, fn, budget // len(ks),
                                   n=self.r.randint(0, 2))
            if self.chance(0.6):
                body.append(BreakS())
        return SwitchS(self.pure(ctx, 1), mod, body)

    def ret_expr(self, ctx, fn):
        rt = fn.rtype
        if rt == "void":
            return None
        if rt == "struct P":
            if self.chance(0.6):
                return StructVal("sp", 4)
            return MkP(self.pure(ctx, 1), self.pure(ctx, 1))
        if rt == "struct B":
            return StructVal("sb", 20)
        if self.chance(0.25) and self.value_callees(fn, ctx):
            # The call may change globals: add a constant, not a variable.
            return Bin("+", self.fn_call_expr(ctx, fn),
                       Const(self.r.randrange(10)))
        return self.pure(ctx)

    # -- defers -------------------------------------------------------------

    def defer(self, ctx, fn):
        """A __defer of some form, with ctx outside any deferred statement."""
        fn.ndefers += 1
        k = self.r.random()
        if k < 0.5:
            return self.defer_call(ctx, fn)
        return self.defer_stmt(ctx, fn)

    def snap_arg(self, ctx, allow_effects=True):
        k = self.r.random()
        if allow_effects and k < 0.12:
            lv = self.lvalue(ctx)
            if lv is not None:
                return PostInc(lv)
        if allow_effects and k < 0.2:
            return Side(self.id(), self.pure(ctx, 1))
        if allow_effects and k < 0.25:
            lv = self.lvalue(ctx)
            if lv is not None:
                return AddAssign(lv, self.pure(ctx, 2))
        return self.pure(ctx)

    def defer_call(self, ctx, fn):
        k = self.r.random()
        wrap = self.r.choice(["", "", "", "void", "parens"])
        if k < 0.35:
            return DeferCall(("helper", "tr"), [Const(self.id()),
                                                self.snap_arg(ctx)], wrap)
        if k < 0.5:
            return DeferCall(("helper", "tr3"), [Const(self.id()),
                                                 self.snap_arg(ctx),
                                                 self.snap_arg(ctx),
                                                 self.snap_arg(ctx)], wrap)
        if 0.5 <= k < 0.53:
            # Nine 8-byte arguments: a pooled record's context overflows into
            # a heap record.
            return DeferCall(("helper", "tr9"), [Const(self.id())] + [
                self.snap_arg(ctx) for _ in range(9)], wrap)
        if k < 0.57 and fn.has_sp:
            return DeferCall(("helper", "trp"), [Const(self.id()),
                                                 StructVal("sp", 4)], wrap)
        if k < 0.62 and fn.has_sb:
            return DeferCall(("helper", "trb"), [Const(self.id()),
                                                 StructVal("sb", 20)], wrap)
        if k < 0.69:
            outer = [v for v in ctx.vars if v.kind == "outer"
                     and isinstance(v.expr, Var)]
            if outer:
                return DeferCall(("helper", "trptr"),
                                 [Const(self.id()),
                                  AddrOf(self.r.choice(outer).expr)], wrap)
        if k < 0.74 and fn.has_vla:
            return DeferCall(("helper", "trv"), [Const(self.id()),
                                                 Var("vn", "vn"), VlaPtr()],
                             wrap)
        if k < 0.82:
            return DeferCall(("fp",), [Const(self.id()), self.snap_arg(ctx)],
                             wrap)
        if k < 0.88:
            return DeferCall(("cond", self.cond(ctx), "trA", "trB"),
                             [Const(self.id()), self.snap_arg(ctx)], wrap)
        gs = self.callees(fn, deferred=True)
        if not gs:
            return DeferCall(("helper", "tr"), [Const(self.id()),
                                                self.snap_arg(ctx)], wrap)
        g = self.r.choice(gs)
        if g is fn:
            # A deferred recursive call: registered only when d > 0.
            return IfS(Var("d", "d"),
                       DeferCall(("fn", g), self.fn_call_args(ctx, fn, g),
                                 wrap))
        return DeferCall(("fn", g), self.fn_call_args(ctx, fn, g), wrap)

    def defer_ctx(self, ctx):
        c = ctx.copy()
        c.barrier = len(c.vars)
        c.in_defer = True
        c.loops = c.breakable = 0
        c.targets = []
        c.depth += 1
        # The block form may not use a VLA: drop it.
        c.vars = [v for v in c.vars if v.kind != "vla"]
        c.barrier = len(c.vars)
        c.vars = [v for v in c.vars if v.kind in LONG_LIVED] + []
        c.barrier = len(c.vars)
        # Everything kept is long-lived, so the barrier is at the end.
        return c

    def defer_stmt(self, ctx, fn):
        c = self.defer_ctx(ctx)
        k = self.r.random()
        if k < 0.55:
            body = self.block(c, fn, self.r.randint(2, 8))
        elif k < 0.65:
            lv = self.lvalue(c)
            body = (Assign(lv, self.pure(c), self.r.choice(["=", "+=", "^="]))
                    if lv is not None else self.trace_now(c))
        elif k < 0.72:
            # A comma expression: the block form, evaluated at return.
            a = HelperCall("tr", [Const(self.id()), self.pure(c)])
            b = HelperCall("tr", [Const(self.id()), self.pure(c)])
            body = CommaS(a, b)
        elif k < 0.8:
            body = IfS(self.cond(c), self.trace_now(c),
                       self.trace_now(c) if self.chance(0.5) else None)
        elif k < 0.88:
            body = self.loop(c, fn, 3)
        elif k < 0.94:
            body = self.switch(c, fn, 3)
        elif k < 0.97:
            body = Empty()
        else:
            # fp read at return (block form), not snapshotted.
            body = Block([], [HelperCallFp(self.id(), self.pure(c))])
        if self.panic and self.chance(0.35):
            body = Block([], [RecoverS(self.id(), self.fresh("w")), body])
        return DeferStmt(body)

    # -- functions ----------------------------------------------------------

    def function(self, idx):
        rt = self.r.choice(RTYPES)
        fn = Func("f%d" % idx, rt)
        fn.ndefers = 0
        fn.computed_goto = False
        fn.may_panic = False
        fn.uses_setjmp = False
        fn.self_calls = False
        self.names = 0
        ctx = Ctx()
        for p in ("p0", "p1"):
            ctx.vars.append(VarInfo(Var(p, p), "param"))
        ctx.vars.append(VarInfo(Var("d", "d"), "param", assignable=False))
        for g in ("g0", "g1", "g2"):
            ctx.vars.append(VarInfo(Var(g, g), "global"))
        for k in range(self.r.randint(0, 1)):
            name = "s%d" % k
            fn.static_decls.append((name, self.r.randrange(100)))
            ctx.vars.append(VarInfo(Var(name, name), "static"))

        def add_outer(text, runner):
            fn.outer.append((text, runner))

        for k in range(self.r.randint(1, 3)):
            name = "v%d" % k
            init = self.pure(ctx, 1)
            add_outer("unsigned %s = %s;" % (name, init.c()),
                      lambda fr, n=name, e=init: fr.vars.__setitem__(
                          n, Cell(e.ev(fr))))
            ctx.vars.append(VarInfo(Var(name, name), "outer"))
        add_outer("trfn fp = %s;" % self.r.choice(["trA", "trB"]), None)
        fp_init = fn.outer[-1][0].split("= ")[1].rstrip(";")
        fn.outer[-1] = (fn.outer[-1][0],
                        lambda fr, v=fp_init: fr.vars.__setitem__("fp", Cell(v)))
        if rt == "struct P" or self.chance(0.3):
            fn.has_sp = True
            add_outer("struct P sp = {p0, {1u, 2u, p1}};", self.init_sp)
            for text, key in (("sp.a", "sp.a"), ("sp.b[0]", "sp.b0"),
                              ("sp.b[2]", "sp.b2")):
                ctx.vars.append(VarInfo(Var(text, key), "outer"))
        if rt == "struct B" or self.chance(0.15):
            fn.has_sb = True
            add_outer("struct B sb = {{p0, p1}};", self.init_sb)
            for i in (0, 5, 19):
                ctx.vars.append(VarInfo(Var("sb.x[%d]" % i, "sb.x%d" % i),
                                        "outer"))
        if self.chance(0.2):
            fn.has_vla = True
            add_outer("unsigned vn = 1u + p0 % 4u;",
                      lambda fr: fr.vars.__setitem__(
                          "vn", Cell(1 + fr.vars["p0"].v % 4)))
            add_outer("unsigned vla[vn];", None)
            add_outer("for (unsigned k = 0; k < vn; k++) vla[k] = k * 3u + p1;",
                      self.init_vla)
            ctx.vars.append(VarInfo(Var("vn", "vn"), "outer", assignable=False))
            ctx.vars.append(VarInfo(None, "vla"))
        if self.chance(0.15) and not self.panic:
            name = "cu"
            init = self.pure(ctx, 1)
            add_outer("unsigned cu __attribute__((cleanup(cleanup_u))) = %s;"
                      % init.c(),
                      lambda fr, e=init: fr.vars.__setitem__("cu",
                                                             Cell(e.ev(fr))))
            fn.cleanup_vars.append("cu")
            ctx.vars.append(VarInfo(Var("cu", "cu"), "outer"))
        fn.outer = [(t, r or (lambda fr: None)) for t, r in fn.outer]
        ctx.depth = 0
        if self.chance(0.08):
            # Many straight-line defers: more than open-coding holds.
            body = []
            for _ in range(self.r.randint(14, 20)):
                body.append(self.defer(ctx, fn))
            body += self.stmt_list(ctx, fn, 10)
        else:
            body = self.stmt_list(ctx, fn, self.r.randint(8, 30),
                                  n=self.r.randint(3, 8))
        if rt != "void":
            body.append(ReturnS(self.ret_expr(ctx, fn), rt))
        elif self.chance(0.3):
            body.append(ReturnS(None, rt))
        fn.body = body
        # Function attributes that change how the function is compiled, not
        # what it does. always_inline only where it can always be inlined,
        # and never in panic mode (an always_inline function is not
        # panic-ready, semantics.md 14).
        a = self.r.random()
        if a < 0.1:
            fn.attrs = "__attribute__((noinline)) "
        elif a < 0.15:
            fn.attrs = "__attribute__((noipa)) "
        elif a < 0.2:
            fn.attrs = "__attribute__((cold)) "
        elif a < 0.25:
            fn.attrs = "inline "
        elif (a < 0.33 and not self.panic and not fn.self_calls
              and not fn.computed_goto and not fn.uses_setjmp
              and not fn.has_vla):
            fn.attrs = "inline __attribute__((always_inline)) "
        return fn

    @staticmethod
    def init_sp(fr):
        p0, p1 = fr.vars["p0"].v, fr.vars["p1"].v
        cells = [Cell(p0), Cell(1), Cell(2), Cell(p1)]
        fr.vars["sp"] = cells
        fr.vars["sp.a"], fr.vars["sp.b0"], fr.vars["sp.b2"] = (
            cells[0], cells[1], cells[3])

    @staticmethod
    def init_sb(fr):
        cells = [Cell(0) for _ in range(20)]
        cells[0].v, cells[1].v = fr.vars["p0"].v, fr.vars["p1"].v
        fr.vars["sb"] = cells
        for i in (0, 5, 19):
            fr.vars["sb.x%d" % i] = cells[i]

    @staticmethod
    def init_vla(fr):
        n = fr.vars["vn"].v
        p1 = fr.vars["p1"].v
        fr.vars["vla"] = [Cell((k * 3 + p1) & M32) for k in range(n)]

    def program(self):
        p = Program()
        p.use_cdefer_h = self.chance(0.25) or self.panic
        p.panic = self.panic
        self.funcs_so_far = []
        for i in range(self.r.randint(3, 8)):
            fn = self.function(i)
            p.funcs.append(fn)
            self.funcs_so_far.append(fn)
        if self.chance(0.3):
            mctx = Ctx()
            for g in ("g0", "g1", "g2"):
                mctx.vars.append(VarInfo(Var(g, g), "global"))
            p.main_defers.append(DeferCall(("helper", "tr"),
                                           [Const(self.id()), Var("g0", "g0")]))
            p.main_defers.append(DeferStmt(Block([], [HelperCall(
                "tr", [Const(self.id()), Var("g1", "g1")])])))
        for f in p.funcs:
            for _ in range(self.r.randint(1, 3)):
                p.calls.append((f, self.r.randrange(3), self.r.randrange(1000),
                                self.r.choice([0, 1, 7, 1 << 31, M32])))
        return p


class PanicS(S):
    """if (COND) cdefer_panic("pID");"""

    def __init__(self, id_, cond):
        self.id, self.cond = id_, cond

    def lines(self, ind):
        return [" " * ind + 'if (%s) cdefer_panic("p%d");' % (self.cond.c(),
                                                             self.id)]

    def run(self, fr):
        if self.cond.ev(fr):
            raise Panic("p%d" % self.id)


class RecoverS(S):
    """The deferred block's own cdefer_recover(), and what it returned."""

    def __init__(self, id_, var):
        self.id, self.var = id_, var

    def lines(self, ind):
        return [" " * ind + "{ const char *%s = cdefer_recover(); "
                'if (%s) printf("%d rec %%s\\n", %s); '
                'else printf("%d norec\\n"); }' % (
                    self.var, self.var, self.id, self.var, self.id)]

    def run(self, fr):
        if fr.panic is not None:
            fr.m.emit("%d rec %s" % (self.id, fr.panic.value))
            fr.panic = None
        else:
            fr.m.emit("%d norec" % self.id)


class SetjmpS(S):
    """A setjmp that nothing longjmps to: it returns 0, but makes every
    __defer of the function pooled."""

    def __init__(self, id_):
        self.id = id_

    def lines(self, ind):
        return [" " * ind + "if (setjmp(jbuf)) tr(%du, 0u);" % self.id]

    def run(self, fr):
        pass


class AssignFp(S):
    def __init__(self, target):
        self.target = target

    def lines(self, ind):
        return [" " * ind + "fp = %s;" % self.target]

    def run(self, fr):
        fr.vars["fp"].v = self.target


class CommaS(S):
    def __init__(self, a, b):
        self.a, self.b = a, b

    def lines(self, ind):
        return [" " * ind + "%s, %s;" % (self.a.text(), self.b.text())]

    def run(self, fr):
        self.a.run(fr)
        self.b.run(fr)


class HelperCallFp(S):
    def __init__(self, id_, e):
        self.id, self.e = id_, e

    def lines(self, ind):
        return [" " * ind + "fp(%du, %s);" % (self.id, self.e.c())]

    def run(self, fr):
        HELPERS[fr.vars["fp"].v](fr.m, self.id, self.e.ev(fr))


def is_panic_seed(seed):
    """One seed in five makes a panic-mode program."""
    return seed % 5 == 4


def generate(seed, panic=None):
    """(C text, expected output, info) for SEED; regenerates with derived
    seeds while the trace is too long."""
    if panic is None:
        panic = is_panic_seed(seed)
    for attempt in range(50):
        g = Gen(seed * 1000 + attempt if attempt else seed, panic=panic)
        prog = g.program()
        try:
            exp = prog.expected()
        except TooBig:
            continue
        info = {
            "attempt": attempt,
            "funcs": len(prog.funcs),
            "defers": sum(f.ndefers for f in prog.funcs),
            "cdefer_h": prog.use_cdefer_h,
            "panic": panic,
        }
        return prog.c_text(), exp, info
    raise RuntimeError("no program of bounded size for seed %d" % seed)


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("seed", type=int)
    ap.add_argument("--out")
    ap.add_argument("--expect")
    ap.add_argument("--panic", choices=["auto", "on", "off"], default="auto",
                    help="panic mode (default: one seed in five)")
    a = ap.parse_args(argv)
    text, exp, _ = generate(a.seed, None if a.panic == "auto" else
                            a.panic == "on")
    if a.out:
        with open(a.out, "w") as f:
            f.write(text)
    else:
        sys.stdout.write(text)
    if a.expect:
        with open(a.expect, "w") as f:
            f.write(exp)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
