#!/usr/bin/env bash
# test/realcode/sqlite.sh - build real, unmodified C code with cdefer's plugin
# loaded, run that code's own tests, and check that its functions (none of
# which uses __defer) compile to the same IR as without the plugin.
#
# The code is SQLite, from Debian 12's source package `sqlite3`, fetched with
# `apt-get source` through a private apt configuration (the machine's own
# Debian sources, as deb-src, in the work directory: nothing of the system's
# apt setup is changed). The upstream tarball (*.orig.tar.xz) is used as it
# is, without Debian's patches. Steps:
#
#   1. fetch     apt-get source --download-only sqlite3; unpack the upstream
#                tarball
#   2. probe     the compiler wrapper loads the plugin: `__defer` is
#                predefined and a program using it compiles and runs
#   3. build     configure + `make testfixture` twice: with the plugin (CC is
#                a wrapper that adds -fplugin=CDefer.so and logs each run) and
#                without it (plain clang-22), both -O2. testfixture is
#                SQLite's Tcl test harness: the amalgamation sqlite3.c and
#                ~90 test and extension sources, in one compiler run
#   4. test      the same test suite (SQLite's own Tcl tests; extraquick by
#                default) with both testfixtures. Pass: the plugin build has
#                no failure that the plain build does not have
#   5. IR        clang-22 -S -emit-llvm of sqlite3.c at -O0 and -O2, with and
#                without the plugin; the .ll files must be byte-identical.
#                With the GCC plugin built, the same for gcc-12 -S
#                (assembly) at -O2
#
# Not part of `check`: it needs the network (Debian's archive), tcl8.6-dev,
# and about 16 minutes on 2 cores (test/realcode/README.md). Ends with a summary and
# `N passed, N failed`; exits non-zero if any step failed.
#
# usage: test/realcode/sqlite.sh [options]
#   --build DIR     cdefer build tree (default: $CDEFER_BUILD_DIR or build/)
#   --work DIR      work directory (default: /tmp/cdefer-realcode); the source
#                   download is kept there and reused
#   --suite NAME    SQLite test suite: extraquick (default, ~4 min a run),
#                   veryquick (longer), or one test file, e.g. select1
#   --no-baseline   do not build and test without the plugin (then any
#                   failing test fails the run)
#   --no-gcc        skip the GCC plugin's assembly comparison
#   --jobs N        make -jN (default 2)
#   -h, --help      this text
set -u -o pipefail

src=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${CDEFER_BUILD_DIR:-$src/build}
work=/tmp/cdefer-realcode
suite=extraquick
baseline=1
use_gcc=1
jobs=2

while [ $# -gt 0 ]; do
  case "$1" in
    --build) build=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --suite) suite=$2; shift 2 ;;
    --no-baseline) baseline=0; shift ;;
    --no-gcc) use_gcc=0; shift ;;
    --jobs) jobs=$2; shift 2 ;;
    -h|--help) sed -n '2,/^set -u/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "sqlite.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
done
case "$build" in /*) ;; *) build=$PWD/$build ;; esac
case "$work" in /*) ;; *) work=$PWD/$work ;; esac

plugin=$build/lib/CDefer.so
gcc_plugin=$build/lib/cdefer_gcc.so
log=$work/log
mkdir -p "$work" "$log"

say() { printf '== %s\n' "$*"; }
die() { printf 'sqlite.sh: %s\n' "$*" >&2; exit 1; }

# Results, one line each, for the summary.
results=()
passed=0
failed=0
result() { # result pass|fail TEXT
  if [ "$1" = pass ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
  results+=("$(printf '%-4s  %s' "$1" "$2")")
}
timings=()
step_start() { step_t0=$(date +%s); }
step_end() { timings+=("$(printf '%-9s %4ss' "$1" $(($(date +%s) - step_t0)))"); }

# --- what we need -----------------------------------------------------------
[ -f "$plugin" ] || die "no plugin at $plugin: build cdefer first (or --build DIR)"
command -v clang-22 >/dev/null || die "clang-22 is not on PATH"
need=()
for p in tcl8.6-dev make xz-utils; do
  [ "$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null)" = installed ] || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  [ "$(id -u)" = 0 ] || die "missing packages: ${need[*]} (run as root, or install them)"
  say "installing ${need[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${need[@]}" \
    > "$log/apt-install.log" 2>&1 || die "apt-get install failed: see $log/apt-install.log"
fi
if [ "$use_gcc" = 1 ] && { [ ! -f "$gcc_plugin" ] || ! command -v gcc-12 >/dev/null; }; then
  say "no GCC plugin in $build/lib: skipping the GCC comparison"
  use_gcc=0
fi

# --- 1. fetch -----------------------------------------------------------------
step_start
apt_dir=$work/apt
rm -rf "$apt_dir/parts"
mkdir -p "$apt_dir/lists/partial" "$apt_dir/download" "$apt_dir/parts"
# The machine's Debian sources, as deb-src: the one-line sources.list, and
# the deb822 files signed with Debian's archive key (not third-party ones).
: > "$apt_dir/main.list"
[ -f /etc/apt/sources.list ] &&
  sed -n 's/^deb \(.*\)/deb-src \1/p' /etc/apt/sources.list > "$apt_dir/main.list"
for f in /etc/apt/sources.list.d/*.sources; do
  [ -f "$f" ] && grep -q debian-archive-keyring "$f" &&
    sed 's/^Types:.*/Types: deb-src/' "$f" > "$apt_dir/parts/$(basename "$f")"
done
# Lists and caches of its own: the system's apt state is left alone.
apt_opts=(-o "Dir::Etc::SourceList=$apt_dir/main.list"
          -o "Dir::Etc::SourceParts=$apt_dir/parts"
          -o "Dir::State::Lists=$apt_dir/lists"
          -o "Dir::Cache=$apt_dir/cache"
          -o "APT::Sandbox::User=root")
mkdir -p "$apt_dir/cache/archives/partial"
if ! ls "$apt_dir"/download/sqlite3_*.orig.tar.xz >/dev/null 2>&1; then
  say "fetching the Debian source package sqlite3"
  apt-get "${apt_opts[@]}" update > "$log/apt-update.log" 2>&1 ||
    die "apt-get update (deb-src) failed: see $log/apt-update.log"
  (cd "$apt_dir/download" && apt-get "${apt_opts[@]}" source --download-only sqlite3) \
    > "$log/apt-source.log" 2>&1 || die "apt-get source failed: see $log/apt-source.log"
fi
dsc=$(ls "$apt_dir"/download/sqlite3_*.dsc | tail -1)
deb_version=$(sed -n 's/^Version: //p' "$dsc")
tarball=$(ls "$apt_dir"/download/sqlite3_*.orig.tar.xz | tail -1)
rm -rf "$work/src" && mkdir -p "$work/src"
tar -C "$work/src" -xf "$tarball" || die "cannot unpack $tarball"
sqlite_src=$(ls -d "$work"/src/*/ | head -1)
sqlite_src=${sqlite_src%/}
sqlite_version=$(cat "$sqlite_src/VERSION")
say "SQLite $sqlite_version (Debian source package sqlite3 $deb_version, upstream tarball)"
step_end fetch

# --- 2. probe: the wrapper really loads the plugin ----------------------------
step_start
mkdir -p "$work/bin"
cc_plugin=$work/bin/cc-cdefer
cc_log=$work/cc-cdefer.log
cat > "$cc_plugin" <<EOF
#!/bin/sh
# clang-22 with cdefer's plugin loaded; logs each run (test/realcode/sqlite.sh)
printf '%s\n' "\$*" >> '$cc_log'
exec clang-22 -fplugin='$plugin' "\$@"
EOF
chmod +x "$cc_plugin"
: > "$cc_log"
probe_ok=1
# (Not `-dM -E`: clang -E does not run the plugin's action, docs/semantics.md §12.)
cat > "$work/probe.c" <<'EOF'
#include <stdio.h>
#ifndef __defer
#error the plugin did not predefine __defer
#endif
int main(void) {
  __defer puts("deferred");
  puts("body");
  return 0;
}
EOF
if ! "$cc_plugin" -O2 "$work/probe.c" -o "$work/probe" > "$log/probe.log" 2>&1 ||
   [ "$("$work/probe" | tr '\n' ' ')" != "body deferred " ]; then
  probe_ok=0
fi
: > "$cc_log" # from here on the log holds the SQLite build's compiler runs
if [ "$probe_ok" = 1 ]; then
  result pass "probe: the wrapper loads $plugin (__defer predefined; a __defer program runs)"
else
  result fail "probe: the wrapper does not load the plugin (see $log/probe.log)"
fi
step_end probe

# --- 3. build ------------------------------------------------------------------
build_one() { # build_one NAME CC
  local dir=$work/build-$1
  rm -rf "$dir" && mkdir -p "$dir"
  (cd "$dir" && "$sqlite_src/configure" CC="$2" CFLAGS=-O2) > "$log/configure-$1.log" 2>&1 ||
    { echo "configure failed: see $log/configure-$1.log"; return 1; }
  make -C "$dir" -j"$jobs" testfixture > "$log/make-$1.log" 2>&1 ||
    { echo "make testfixture failed: see $log/make-$1.log"; return 1; }
}
step_start
say "building testfixture with the plugin"
if build_one plugin "$cc_plugin"; then
  # The big compile, sqlite3.c with the test sources, went through the wrapper.
  runs=$(wc -l < "$cc_log")
  if grep -q -- '-o testfixture .* sqlite3\.c' "$cc_log"; then
    result pass "build with the plugin: testfixture built; $runs compiler runs through the wrapper, the sqlite3.c one included"
  else
    result fail "build with the plugin: no testfixture compile of sqlite3.c in $cc_log"
  fi
else
  result fail "build with the plugin failed: see $log/make-plugin.log"
fi
step_end build+
if [ "$baseline" = 1 ]; then
  step_start
  say "building testfixture without the plugin"
  if build_one plain clang-22; then
    result pass "build without the plugin: testfixture built"
  else
    result fail "build without the plugin failed: see $log/make-plain.log"
  fi
  step_end build-
fi

# --- 4. SQLite's own tests -----------------------------------------------------
case "$suite" in
  *.test) test_file=$sqlite_src/test/$suite ;;
  *) test_file=$sqlite_src/test/$suite.test ;;
esac
[ -f "$test_file" ] || die "no test file $test_file"

# SQLite's tests refuse to run as root (attach.test stops the run: "Tests
# do not work when run as root"): as root, run them as nobody, in a build
# directory nobody owns.
as_user=()
if [ "$(id -u)" = 0 ]; then
  command -v setpriv >/dev/null || die "running as root needs setpriv (util-linux) to drop to nobody"
  as_user=(setpriv --reuid=nobody --regid=nogroup --clear-groups env HOME=/tmp)
fi

# run_suite NAME: runs the suite in build-NAME; sets errors, tests, failures.
run_suite() {
  local dir=$work/build-$1
  errors='' tests='' failures=''
  [ -x "$dir/testfixture" ] || return 1
  [ ${#as_user[@]} -eq 0 ] || { chmod a+rx "$work"; chown -R nobody:nogroup "$dir"; }
  (cd "$dir" && "${as_user[@]}" ./testfixture "$test_file" --verbose=file --output=test-out.txt) \
    > "$log/tests-$1.log" 2>&1
  local line
  line=$(grep -E '^[0-9]+ errors out of [0-9]+ tests' "$log/tests-$1.log" | tail -1)
  [ -n "$line" ] || return 1
  errors=$(echo "$line" | awk '{print $1}')
  tests=$(echo "$line" | awk '{print $5}')
  failures=$(sed -n 's/^!Failures on these tests: *//p' "$log/tests-$1.log" | tail -1)
}
step_start
say "running SQLite's $(basename "$test_file") with the plugin build"
if run_suite plugin; then
  p_errors=$errors p_tests=$tests p_failures=$failures
  p_text="$p_errors errors out of $p_tests tests${p_failures:+ ($p_failures)}"
else
  p_errors='' p_text="did not finish: see $log/tests-plugin.log"
fi
step_end tests+
if [ "$baseline" = 1 ]; then
  step_start
  say "running SQLite's $(basename "$test_file") with the plain build"
  if run_suite plain; then
    b_errors=$errors b_tests=$tests b_failures=$failures
    b_text="$b_errors errors out of $b_tests tests${b_failures:+ ($b_failures)}"
  else
    b_errors='' b_text="did not finish: see $log/tests-plain.log"
  fi
  step_end tests-
  if [ -n "$p_errors" ] && [ -n "$b_errors" ] &&
     [ "$p_errors" = "$b_errors" ] && [ "$p_tests" = "$b_tests" ] &&
     [ "$p_failures" = "$b_failures" ]; then
    result pass "tests ($(basename "$test_file")): with the plugin $p_text; without: $b_text"
  else
    result fail "tests ($(basename "$test_file")): with the plugin $p_text; without: $b_text"
  fi
else
  if [ "$p_errors" = 0 ]; then
    result pass "tests ($(basename "$test_file")) with the plugin: $p_text"
  else
    result fail "tests ($(basename "$test_file")) with the plugin: $p_text"
  fi
fi

# --- 5. same IR for code without __defer ----------------------------------------
amalg=$work/build-plugin/sqlite3.c
[ -f "$amalg" ] || amalg=$work/build-plain/sqlite3.c
ir_dir=$work/ir
rm -rf "$ir_dir" && mkdir -p "$ir_dir"
# The options of a typical SQLite build, the extensions on.
defs=(-DSQLITE_ENABLE_FTS3 -DSQLITE_ENABLE_FTS4 -DSQLITE_ENABLE_FTS5
      -DSQLITE_ENABLE_RTREE -DSQLITE_ENABLE_GEOPOLY -DSQLITE_ENABLE_JSON1
      -DSQLITE_ENABLE_MATH_FUNCTIONS -DSQLITE_ENABLE_DBSTAT_VTAB
      -DSQLITE_ENABLE_COLUMN_METADATA -DSQLITE_THREADSAFE=1)
# compare_ir OPT: clang-22 -S -emit-llvm both ways, then diff.
compare_ir() {
  local opt=$1 a=$ir_dir/plain$1.ll b=$ir_dir/plugin$1.ll
  clang-22 "$opt" "${defs[@]}" -S -emit-llvm "$amalg" -o "$a" 2> "$log/ir-plain$opt.log" &&
  clang-22 -fplugin="$plugin" "$opt" "${defs[@]}" -S -emit-llvm "$amalg" -o "$b" \
    2> "$log/ir-plugin$opt.log" || return 2
  # No normalising: both compile the same file, so even the ModuleID and
  # source_filename lines agree, and nothing may differ.
  local fns
  fns=$(grep -c '^define ' "$a")
  ir_fns=$fns
  if cmp -s "$a" "$b"; then return 0; fi
  diff "$a" "$b" > "$ir_dir/ir$opt.diff"
  return 1
}
if [ -f "$amalg" ]; then
  for opt in -O0 -O2; do
    step_start
    say "comparing the IR of sqlite3.c at $opt"
    compare_ir "$opt"
    case $? in
      0) result pass "IR $opt: sqlite3.c, $ir_fns functions: identical with and without the plugin" ;;
      1) result fail "IR $opt: differs with the plugin: see $ir_dir/ir$opt.diff" ;;
      *) result fail "IR $opt: compile failed: see $log/ir-*$opt.log" ;;
    esac
    step_end "ir$opt"
  done
  if [ "$use_gcc" = 1 ]; then
    step_start
    say "comparing gcc-12's assembly of sqlite3.c at -O2"
    a=$ir_dir/gcc-plain.s b=$ir_dir/gcc-plugin.s
    if gcc-12 -O2 "${defs[@]}" -S "$amalg" -o "$a" 2> "$log/gcc-plain.log" &&
       gcc-12 -fplugin="$gcc_plugin" -O2 "${defs[@]}" -S "$amalg" -o "$b" 2> "$log/gcc-plugin.log"; then
      fns=$(grep -c '@function' "$a")
      if cmp -s "$a" "$b"; then
        result pass "gcc-12 -O2: sqlite3.c, $fns functions: assembly identical with and without cdefer_gcc.so"
      else
        diff "$a" "$b" > "$ir_dir/gcc.diff"
        result fail "gcc-12 -O2: assembly differs with the plugin: see $ir_dir/gcc.diff"
      fi
    else
      result fail "gcc-12 -O2: compile failed: see $log/gcc-*.log"
    fi
    step_end gcc-O2
  fi
else
  result fail "IR: no sqlite3.c was generated"
fi

# --- summary ---------------------------------------------------------------------
echo
echo "cdefer real-code check: SQLite $sqlite_version (Debian sqlite3 $deb_version), plugin $plugin"
for r in "${results[@]}"; do echo "  $r"; done
echo "time:"
for t in "${timings[@]}"; do echo "  $t"; done
echo "logs: $log"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
