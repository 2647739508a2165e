#!/usr/bin/env bash
# Runs the lit suite, then the compile-and-run tests (test/run, test/panic,
# the examples)
# once more under each forced tier (-fplugin-arg-cdefer-tier=open, frame,
# pool: SPEC 3 says every tier gives the same output), then all of that again
# with the GCC plugin (--param cdefer_compiler=gcc; CDEFER_GCC_PASSES= empty
# skips it), and ends with one
# plain line, "N passed, N failed, N skipped", summed over the passes, so that
# any CI reads the result the same way. Exit status: nonzero if any pass
# failed.
#   usage: run-lit.sh LIT TEST_BUILD_DIR [lit options...]
# CDEFER_LIT_OPTS in the environment adds lit options (word-split); it is read
# here, when the tests run, so `CDEFER_LIT_OPTS=... cmake --build build
# --target check` works without reconfiguring. CDEFER_TIER_PASSES="open frame
# pool" (the default) lists the tiers to run; set it empty to skip them.
set -u
lit=$1; dir=$2; shift 2
read -r -a env_opts <<<"${CDEFER_LIT_OPTS:-}"
read -r -a tiers <<<"${CDEFER_TIER_PASSES-open frame pool}"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
total_passed=0 total_failed=0 total_skipped=0 status=0

# run_pass LABEL LIT_ARGS...: one lit run, its counts added to the totals.
run_pass() {
  local label=$1; shift
  echo "=== cdefer lit pass: $label"
  "$lit" -sv "${env_opts[@]}" "$@" "$dir" 2>&1 | tee "$log"
  local rc=${PIPESTATUS[0]}
  local passed failed skipped
  passed=$(grep -E '^ *Passed *:' "$log" | tail -n1 | sed -E 's/[^0-9]*([0-9]+).*/\1/')
  failed=$(grep -E '^ *(Failed|Unresolved|Unexpectedly Passed|Timed Out) *:' "$log" | sed -E 's/[^:]*: *([0-9]+).*/\1/' | awk '{s += $1} END {print s + 0}')
  skipped=$(grep -E '^ *(Unsupported|Expectedly Failed|Skipped) *:' "$log" | sed -E 's/[^:]*: *([0-9]+).*/\1/' | awk '{s += $1} END {print s + 0}')
  [ "$rc" -ne 0 ] && [ "${failed:-0}" -eq 0 ] && failed=1
  [ "$rc" -ne 0 ] && status=$rc
  total_passed=$((total_passed + ${passed:-0}))
  total_failed=$((total_failed + ${failed:-0}))
  total_skipped=$((total_skipped + ${skipped:-0}))
}

run_pass "all tests" "$@"
for tier in "${tiers[@]}"; do
  run_pass "run tests and examples, tier=$tier" "$@" \
    --param "cdefer_cflags=-fplugin-arg-cdefer-tier=$tier" --filter '^cdefer :: (run|examples|panic|goports)/'
done
# The same suite under the GCC plugin (every test UNSUPPORTED if it was not
# built), and its run tests under each forced tier.
if [ -n "${CDEFER_GCC_PASSES-1}" ]; then
  run_pass "all tests, gcc" "$@" --param cdefer_compiler=gcc
  for tier in "${tiers[@]}"; do
    run_pass "run tests and examples, gcc, tier=$tier" "$@" --param cdefer_compiler=gcc \
      --param "cdefer_cflags=-fplugin-arg-cdefer_gcc-tier=$tier" --filter '^cdefer :: (run|examples|panic|goports)/'
  done
fi
echo "${total_passed} passed, ${total_failed} failed, ${total_skipped} skipped"
exit "$status"
