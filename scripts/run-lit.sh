#!/usr/bin/env bash
# Runs the lit suite and ends with one plain line, "N passed, N failed,
# N skipped", so that any CI reads the result the same way. Exit status is
# lit's.
#   usage: run-lit.sh LIT TEST_BUILD_DIR [lit options...]
# CDEFER_LIT_OPTS in the environment adds lit options (word-split); it is read
# here, when the tests run, so `CDEFER_LIT_OPTS=... cmake --build build
# --target check` works without reconfiguring.
set -u
lit=$1; dir=$2; shift 2
read -r -a env_opts <<<"${CDEFER_LIT_OPTS:-}"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
"$lit" -sv "${env_opts[@]}" "$@" "$dir" 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
passed=$(grep -E '^ *Passed *:' "$log" | tail -n1 | sed -E 's/[^0-9]*([0-9]+).*/\1/')
failed=$(grep -E '^ *(Failed|Unresolved|Unexpectedly Passed|Timed Out) *:' "$log" | sed -E 's/[^:]*: *([0-9]+).*/\1/' | awk '{s += $1} END {print s + 0}')
skipped=$(grep -E '^ *(Unsupported|Expectedly Failed|Skipped|Excluded) *:' "$log" | sed -E 's/[^:]*: *([0-9]+).*/\1/' | awk '{s += $1} END {print s + 0}')
[ "$rc" -ne 0 ] && [ "${failed:-0}" -eq 0 ] && failed=1
echo "${passed:-0} passed, ${failed:-0} failed, ${skipped:-0} skipped"
exit "$rc"
