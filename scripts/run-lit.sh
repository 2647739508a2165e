#!/usr/bin/env bash
# Runs the lit suite, then the compile-and-run tests (test/run, test/panic,
# test/goports, the examples) again in other configurations, and ends with
# one plain line, "N passed, N failed, N skipped", summed over the passes, so
# that any CI reads the result the same way. Exit status: nonzero if any
# pass failed.
#   usage: run-lit.sh LIT TEST_BUILD_DIR [lit options...]
#
# The passes, each one lit run (docs/design.md §13 says why these):
#   1. all tests (Clang plugin);
#   2. the run tests under each forced tier (-fplugin-arg-cdefer-tier=open,
#      frame, pool: SPEC 3 says every tier gives the same output), each with
#      a language standard too (c99, c11 and -fexceptions, c17), which
#      changes no test's outcome and so costs no pass of its own;
#   3. modes: the run tests with the flags of each mode below, appended
#      after each test's own so that they win (test/lit.cfg.py); every mode
#      also has -Wall -Wextra -Werror, put before the test's flags so that
#      a test's -Wno-X holds (and the plugin's defer-in-a-loop warning, its
#      one warning on correct code, silenced as documented);
#   4. TSan: the run tests that start threads, under -fsanitize=thread;
#   5. 1 to 3 again with the GCC plugin (--param cdefer_compiler=gcc), its
#      modes being the optimisation levels and standards.
# A test that cannot hold in some mode says so with UNSUPPORTED (or XFAIL
# for a known bug) on that mode's feature, and why (test/lit.cfg.py lists
# the features).
#
# Environment:
#   CDEFER_LIT_OPTS     extra lit options (word-split), read when the tests
#                       run, so `CDEFER_LIT_OPTS=... cmake --build build
#                       --target check` works without reconfiguring
#   CDEFER_TIER_PASSES  the tiers of pass 2, default "open frame pool"
#   CDEFER_MODE_PASSES  set empty to skip passes 3 and 4
#   CDEFER_GCC_PASSES   set empty to skip pass 5
set -u
lit=$1; dir=$2; shift 2
src=$(cd "$(dirname "$0")/.." && pwd)
read -r -a env_opts <<<"${CDEFER_LIT_OPTS:-}"
read -r -a tiers <<<"${CDEFER_TIER_PASSES-open frame pool}"
log=$(mktemp)
trap 'rm -f "$log" "$log.cpu"' EXIT
total_passed=0 total_failed=0 total_skipped=0 status=0

run_tests='^cdefer :: (run|examples|panic|goports)/'

# The standard each tier pass adds, and for frame, -fexceptions: the frame
# variable's cleanup is then an unwind cleanup too (docs/design.md §5).
declare -A tier_std=([open]="-std=c99" [frame]="-std=c11 -fexceptions" [pool]="-std=c17")
declare -A gcc_tier_std=([open]="-std=c99" [frame]="-std=c11" [pool]="-std=c17")

# -Wno-unused-command-line-argument: the harness's own -I is unused when a
# test compiles a .i file, a driver warning about the command line.
warn="-Wall -Wextra -Werror -Wno-unused-command-line-argument -fplugin-arg-cdefer-Wno-loop"
gcc_warn="-Wall -Wextra -Werror -fplugin-arg-cdefer_gcc-Wno-loop"
# LABEL|FLAGS|RUNTIME (static or shared: which library %cdefer_rt links).
# -O0 and -O2 are every run test's own levels, and gnu17 the default
# standard of both compilers: the other levels and standards are here.
clang_modes=(
  "O1, C23, ASan+UBSan|-O1 -std=c23 -fsanitize=address,undefined -fno-sanitize-recover=all $warn|static"
  "O3, LTO, panic=register|-O3 -flto -fplugin-arg-cdefer-panic=register $warn|static"
  "Os, PIC, shared runtime|-Os -fPIC $warn|shared"
)
gcc_modes=(
  "O1, C23|-O1 -std=c23 $gcc_warn|static"
  "O3|-O3 $gcc_warn|static"
  "Os|-Os $gcc_warn|static"
)

# The run tests that start threads (or run an example that does): the TSan
# pass. Found by their text, so a new one is picked up.
threaded_filter() {
  local names=() f ex
  cd "$src/test" || return
  for f in run/* panic/* goports/* examples/*; do
    [ -f "$f" ] || continue
    if grep -qE 'pthread_create|thrd_create' "$f"; then
      names+=("$f")
      continue
    fi
    for ex in $(grep -oE '%cdefer_src/examples/[A-Za-z0-9_]+\.c' "$f" | sort -u); do
      if grep -qE 'pthread_create|thrd_create' "$src/${ex#%cdefer_src/}"; then
        names+=("$f")
        break
      fi
    done
  done
  names=("${names[@]//./\\.}")
  local IFS='|'
  echo "^cdefer :: (${names[*]})\$"
}

# cpu_now: sets $cpu to the CPU seconds used so far by the processes this
# script waited for (`times` must run in this shell, not in a $(...)).
cpu_now() {
  times >"$log.cpu"
  cpu=$(awk 'NR == 2 { split($1, u, /[ms]/); split($2, s, /[ms]/);
                       printf "%d", u[1] * 60 + u[2] + s[1] * 60 + s[2] }' "$log.cpu")
}

# run_pass LABEL LIT_ARGS...: one lit run, its counts added to the totals.
run_pass() {
  local label=$1; shift
  echo "=== cdefer lit pass: $label"
  local start=$SECONDS cpu cpu0
  cpu_now; cpu0=$cpu
  "$lit" -sv "${env_opts[@]}" "$@" "$dir" 2>&1 | tee "$log"
  local rc=${PIPESTATUS[0]}
  cpu_now
  echo "=== pass took $((SECONDS - start)) s, $((cpu - cpu0)) s of CPU"
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

# run_modes COMPILER MODE...: one pass of the run tests per mode.
run_modes() {
  local compiler=$1; shift
  local mode label flags runtime
  for mode in "$@"; do
    IFS='|' read -r label flags runtime <<<"$mode"
    run_pass "run tests and examples, $compiler, $label: $flags" "${lit_args[@]}" \
      --param cdefer_compiler="$compiler" --param "cdefer_cflags=$flags" \
      --param cdefer_runtime="$runtime" --filter "$run_tests"
  done
}

lit_args=("$@")
run_pass "all tests" "$@"
for tier in "${tiers[@]}"; do
  flags="-fplugin-arg-cdefer-tier=$tier ${tier_std[$tier]-}"
  run_pass "run tests and examples, tier=$tier: $flags" "$@" \
    --param "cdefer_cflags=$flags" --filter "$run_tests"
done
if [ -n "${CDEFER_MODE_PASSES-1}" ]; then
  run_modes clang "${clang_modes[@]}"
  flags="-O1 -fsanitize=thread $warn"
  run_pass "threaded run tests, TSan: $flags" "$@" \
    --param "cdefer_cflags=$flags" --filter "$(threaded_filter)"
fi
# The same suite under the GCC plugin (every test UNSUPPORTED if it was not
# built), its run tests under each forced tier, and its modes.
if [ -n "${CDEFER_GCC_PASSES-1}" ]; then
  run_pass "all tests, gcc" "$@" --param cdefer_compiler=gcc
  for tier in "${tiers[@]}"; do
    flags="-fplugin-arg-cdefer_gcc-tier=$tier ${gcc_tier_std[$tier]-}"
    run_pass "run tests and examples, gcc, tier=$tier: $flags" "$@" --param cdefer_compiler=gcc \
      --param "cdefer_cflags=$flags" --filter "$run_tests"
  done
  if [ -n "${CDEFER_MODE_PASSES-1}" ]; then
    run_modes gcc "${gcc_modes[@]}"
  fi
fi
echo "${total_passed} passed, ${total_failed} failed, ${total_skipped} skipped"
exit "$status"
