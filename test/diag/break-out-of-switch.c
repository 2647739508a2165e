// A `break` in a deferred statement written inside a switch would leave the
// deferred statement, not the switch: an error (SPEC 2.7).
// RUN: %cdefer_cc -fsyntax-only -Xclang -verify %s
// RUN: not %cdefer_cc -fno-caret-diagnostics -c -o /dev/null %s 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not="Stack dump"

void f(int);

void in_case(int x) {
  switch (x) {
  case 1:
    __defer { // expected-note {{'__defer' statement begins here}}
      if (x)
        break; // expected-error {{cannot break out of a '__defer' statement}}
      f(x);
    }
    break;
  default:
    __defer break; // expected-error {{cannot break out of a '__defer' statement}} expected-note {{'__defer' statement begins here}}
  }
  // CHECK: break-out-of-switch.c:[[@LINE-7]]:9: error: cannot break out of a '__defer' statement
  // CHECK-NEXT: break-out-of-switch.c:[[@LINE-10]]:5: note: '__defer' statement begins here
  // CHECK: break-out-of-switch.c:[[@LINE-4]]:13: error: cannot break out of a '__defer' statement
  // CHECK-NEXT: break-out-of-switch.c:[[@LINE-5]]:5: note: '__defer' statement begins here
}

// A switch inside S catches a break only in its body; one after it leaves S.
void after_inner_switch(int x) {
  __defer { // expected-note {{'__defer' statement begins here}}
    switch (x) {
    case 1:
      f(1);
      break;
    }
    break; // expected-error {{cannot break out of a '__defer' statement}}
  }
}

// A statement expression in the controlling expression of a switch inside S
// is not in the switch's body: its break would leave S.
void in_inner_switch_condition(int x) {
  __defer { // expected-note {{'__defer' statement begins here}}
    switch (({ if (x) break; x; })) { // expected-error {{cannot break out of a '__defer' statement}}
    default:
      f(x);
    }
  }
}
