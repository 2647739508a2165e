// Deferred code that asks for its own frame: return and frame addresses,
// alloca. It compiles; what it returns is the outlined code's frame.
// RUN: %cdefer_cc -c -o /dev/null %s
// RUN: %cdefer_cc -O2 -c -o /dev/null %s

void use(void *);

void g(void) {
  __defer {
    use(__builtin_return_address(0));
    use(__builtin_frame_address(0));
    use(__builtin_alloca(16));
  }
}
