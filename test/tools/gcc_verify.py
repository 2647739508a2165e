#!/usr/bin/env python3
"""Clang's -verify, for GCC's diagnostics.

Reads the `expected-*` annotations of clang's -verify from C sources and
compares them with GCC's `file:line:col: kind: message` lines, so one test
file checks both plugins. Supported, as clang reads them:

  // PREFIX-error {{text}}       PREFIX-warning, PREFIX-note, PREFIX-remark
  // PREFIX-error@+N {{text}}    @-N, @N (absolute), @* (any line, or none)
  // PREFIX-note N {{text}}      N occurrences
  // PREFIX-error-re {{text {{regex}} text}}   as clang: literal text with
                                 regular expressions in nested {{...}}
  // PREFIX-no-diagnostics
  // a comment continued with a backslash keeps the line it started on

PREFIX is `expected` or those of -verify=a,b. `text` must be a substring of
the message. GCC 12 has no remark kind: the plugin prints its tier remarks
as notes, so a `remark` matches a note. GCC's "in expansion of macro" notes
belong to the diagnostic before them (clang prints them inside it) and are
not compared. Every diagnostic must be expected, and every expectation
seen; a GCC internal compiler error always fails.

  usage: gcc_verify.py [--prefixes a,b] SOURCE... < gcc-stderr
"""
import re
import sys

DIRECTIVE = re.compile(
    r"([A-Za-z0-9_-]+?)-(error|warning|note|remark)(-re)?"
    r"(@[^\s{]*)?(?:\s+(\d+))?\s*\{\{")
DIAG = re.compile(
    r"^(?:(.+?):(\d+):(?:(\d+):)?|([^:\s]+):) ?(fatal error|error|warning|note): (.*)$")
IGNORED_NOTES = ("in expansion of macro", "in definition of macro",
                 "expanded from macro")


class Expectation:
    def __init__(self, file, line, kind, regex, text, count, where):
        self.file, self.line, self.kind = file, line, kind
        self.regex, self.text, self.count, self.where = regex, text, count, where

    def matches(self, diag):
        kind = "note" if self.kind == "remark" else self.kind
        dkind = "error" if diag["kind"] == "fatal error" else diag["kind"]
        if kind != dkind:
            return False
        if self.line is not None and (diag["line"] != self.line or
                                      diag["file"] != self.file):
            return False
        if self.regex:
            return re.search(self.text, diag["msg"]) is not None
        return self.text in diag["msg"]


def closing_braces(text, start):
    """The text from start up to the `}}` that closes the `{{` before it,
    counting nested `{{`...`}}` as clang does; None if it is not closed."""
    depth, i = 1, start
    while i < len(text) - 1:
        pair = text[i:i + 2]
        if pair == "{{":
            depth += 1
            i += 2
        elif pair == "}}":
            depth -= 1
            if depth == 0:
                return text[start:i]
            i += 2
        else:
            i += 1
    return None


def clang_regex(body):
    """A -re directive's body as one Python regex: text outside `{{...}}`
    is literal, text inside is a regular expression."""
    out, i = [], 0
    while True:
        j = body.find("{{", i)
        if j < 0:
            out.append(re.escape(body[i:]))
            return "".join(out)
        k = body.find("}}", j + 2)
        if k < 0:
            out.append(re.escape(body[i:]))
            return "".join(out)
        out.append(re.escape(body[i:j]))
        out.append("(?:%s)" % body[j + 2:k])
        i = k + 2


def read_expectations(paths, prefixes):
    exps, no_diags = [], False
    for path in paths:
        with open(path, encoding="utf-8", errors="replace") as f:
            lines = f.read().split("\n")
        base = None
        for number, text in enumerate(lines, 1):
            line = base if base is not None else number
            for prefix in prefixes:
                if re.search(r"\b%s-no-diagnostics\b" % re.escape(prefix), text):
                    no_diags = True
            for m in DIRECTIVE.finditer(text):
                prefix, kind, regex, at, count = m.groups()
                body = closing_braces(text, m.end())
                if prefix not in prefixes or body is None:
                    continue
                if regex:
                    body = clang_regex(body)
                target = line
                if at:
                    spec = at[1:]
                    if spec == "*":
                        target = None
                    elif spec[:1] in "+-":
                        target = line + int(spec)
                    elif spec.isdigit():
                        target = int(spec)
                    else:
                        continue  # @file:line: not used by our tests
                exps.append(Expectation(path, target, kind, bool(regex), body,
                                        int(count) if count else 1,
                                        "%s:%d" % (path, number)))
            # A `//` comment continued by a backslash is one logical line.
            base = line if text.rstrip().endswith("\\") else None
    return exps, no_diags


def read_diagnostics(stream, sources):
    diags, crashed = [], False
    for raw in stream:
        raw = raw.rstrip("\n")
        if "internal compiler error" in raw:
            crashed = True
        m = DIAG.match(raw)
        if not m:
            continue
        file = m.group(1) or m.group(4)
        line = int(m.group(2)) if m.group(2) else None
        kind, msg = m.group(5), m.group(6)
        if kind == "note" and msg.startswith(IGNORED_NOTES):
            continue
        # Match files by name as given on the command line.
        for src in sources:
            if file == src or src.endswith("/" + file) or file.endswith("/" + src):
                file = src
        diags.append({"file": file, "line": line, "kind": kind, "msg": msg,
                      "raw": raw})
    return diags, crashed


def verify(sources, prefixes, stream):
    exps, no_diags = read_expectations(sources, prefixes)
    diags, crashed = read_diagnostics(stream, sources)
    problems = []
    if crashed:
        problems.append("GCC crashed (internal compiler error)")
    if not exps and not no_diags:
        problems.append("no expected directives found: use '%s-no-diagnostics'"
                        " to expect none" % prefixes[0])
    unmatched = []
    for exp in exps:
        for _ in range(exp.count):
            for i, d in enumerate(diags):
                if exp.matches(d):
                    del diags[i]
                    break
            else:
                unmatched.append(exp)
    for exp in unmatched:
        problems.append("expected but not seen: %s %s (line %s, from %s): %s" % (
            exp.kind, "regex" if exp.regex else "text",
            exp.line if exp.line is not None else "*", exp.where, exp.text))
    for d in diags:
        problems.append("seen but not expected: " + d["raw"])
    for p in problems:
        print("gcc_verify: " + p, file=sys.stderr)
    return 1 if problems else 0


def main(argv):
    prefixes = ["expected"]
    if len(argv) > 2 and argv[1] == "--prefixes":
        prefixes = argv[2].split(",")
        argv = argv[2:]
    return verify(argv[1:], prefixes, sys.stdin)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
