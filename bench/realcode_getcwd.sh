#!/usr/bin/env bash
# bench/realcode_getcwd.sh - does turning a real function's `goto err` ladder
# into __defer change its speed? Instruction counts from callgrind, -O2.
#
# The function is the 4.4BSD getcwd from newlib: upstream's copy
# (test/examples/Inputs/bsd_getcwd_goto.c) against the converted one
# (examples/bsd_getcwd.c), each linked with test/examples/Inputs/
# getcwd_driver.c built with -DDRIVER_NO_WRAP (the copy calls libc
# directly). `getcwd_driver bench N DIR` calls it N times in DIR (the walk up
# to "/", success) and N times into a 4-byte buffer (ERANGE, the error exit
# with a directory open). Three builds:
#
#   goto           upstream copy, clang-22 -O2, no plugin
#   goto+plugin    upstream copy, clang-22 -O2 with CDefer.so loaded (no
#                  __defer in it: should be the same code)
#   defer          converted copy, clang-22 -O2 with CDefer.so (open-coded)
#
# For each: Ir per iteration of the whole program (callgrind total for N
# iterations minus the total for 0, over N), bsd_getcwd's own Ir per
# iteration (callgrind's self cost of the function: its code alone, without
# the libc calls, where the cleanup code is), and the function's size in
# bytes. callgrind counts instructions, so the numbers repeat run to run
# whatever else the machine does.
#
# The directory is /proc/sys/kernel: the walk reads every directory above
# it, and the counts repeat only if none of them changes between runs;
# /proc/sys, /proc (whose fixed entries come before the processes) and /
# do not, where /tmp or a build tree may (other processes, the callgrind
# files themselves). It also crosses a mount point (/proc), so both of the
# function's search loops run.
#
# usage: bench/realcode_getcwd.sh [BUILD_DIR] [--out DIR] [--dir DIR] [-n N]
#   BUILD_DIR  cdefer build tree (default: build/); needs lib/CDefer.so
#   --out DIR  work directory (default: BUILD_DIR/bench/realcode_getcwd)
#   --dir DIR  where to call it (default: /proc/sys/kernel)
#   -n N       iterations (default 2000)
# Needs clang-22 and valgrind. Not part of `check`; about 30 s.
set -eu -o pipefail

src=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$src/build
out=
n=2000
dir=/proc/sys/kernel
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out=$2; shift 2 ;;
    --dir) dir=$2; shift 2 ;;
    -n) n=$2; shift 2 ;;
    -h|--help) sed -n '2,/^set -eu/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    -*) echo "realcode_getcwd.sh: unknown option '$1'" >&2; exit 2 ;;
    *) build=$1; shift ;;
  esac
done
case "$build" in /*) ;; *) build=$PWD/$build ;; esac
out=${out:-$build/bench/realcode_getcwd}
plugin=$build/lib/CDefer.so
[ -f "$plugin" ] || { echo "realcode_getcwd.sh: no $plugin" >&2; exit 1; }
command -v valgrind >/dev/null || { echo "realcode_getcwd.sh: needs valgrind" >&2; exit 1; }

rm -rf "$out" && mkdir -p "$out/bin" "$out/cg"
driver=$src/test/examples/Inputs/getcwd_driver.c
goto_src=$src/test/examples/Inputs/bsd_getcwd_goto.c
defer_src=$src/examples/bsd_getcwd.c
flags=(-std=c11 -O2 -DDRIVER_NO_WRAP)

clang-22 "${flags[@]}" -DMODULE="\"$goto_src\"" "$driver" -o "$out/bin/goto"
clang-22 -fplugin="$plugin" "${flags[@]}" -DMODULE="\"$goto_src\"" "$driver" \
  -o "$out/bin/goto+plugin"
clang-22 -fplugin="$plugin" "${flags[@]}" -DMODULE="\"$defer_src\"" "$driver" \
  -o "$out/bin/defer"

# ir_total FILE: the program's total Ir from a callgrind output file.
ir_total() { sed -n 's/^summary: *//p' "$1" | awk '{print $1}'; }
# ir_self FILE FN: the self Ir of FN (0 if callgrind saw no such function).
ir_self() {
  callgrind_annotate --threshold=100 "$1" 2>/dev/null |
    awk -v fn="$2" '!found && $0 ~ ":" fn "( |$)" { gsub(",", "", $1); found = $1 }
                    END { print found + 0 }'
}

printf '%-12s %16s %18s %10s\n' build "Ir/iteration" "bsd_getcwd self" "size (B)"
for b in goto goto+plugin defer; do
  bin=$out/bin/$b
  for k in 0 "$n"; do
    (cd "$out/cg" && valgrind --tool=callgrind --callgrind-out-file="$b.$k.cg" \
      "$bin" bench "$k" "$dir" > /dev/null 2> "$b.$k.log")
  done
  t0=$(ir_total "$out/cg/$b.0.cg")
  t1=$(ir_total "$out/cg/$b.$n.cg")
  self=$(ir_self "$out/cg/$b.$n.cg" bsd_getcwd)
  size=$(nm -S -t d "$bin" | awk '$4 == "bsd_getcwd" { print $2 + 0 }')
  printf '%-12s %16.1f %18.1f %10s\n' "$b" "$(echo "($t1 - $t0) / $n" | bc -l)" \
    "$(echo "$self / $n" | bc -l)" "$size"
done
echo "(N = $n iterations, each one success and one ERANGE, in $dir)"
