// Syntax errors inside a deferred block: the parser recovers, the plugin sees
// a function with errors and must not trip over it.
// RUN: not %cdefer_cc -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not="Stack dump"

void f(int);

void missing_semicolon(void) {
  __defer { f(1) f(2); }
  // CHECK: syntax-error-in-block.c:[[@LINE-1]]:17: error: expected ';' after expression
}

void bad_declaration(void) {
  __defer { int = ; }
  // CHECK: syntax-error-in-block.c:[[@LINE-1]]:17: error: expected identifier or '('
  f(3);
}

void unbalanced_parenthesis(void) {
  __defer { f((1); }
  // CHECK: syntax-error-in-block.c:[[@LINE-1]]:18: error: expected ')'
  __defer f(2;
  // CHECK: syntax-error-in-block.c:[[@LINE-1]]:14: error: expected ')'
}
