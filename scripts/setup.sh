#!/usr/bin/env bash
# Sets up cdefer on a Debian 12 machine: installs the packages the build and
# the tests need (only those missing), then configures and builds.
#
#   usage: scripts/setup.sh [BUILD_DIR]        (default: $CDEFER_BUILD_DIR, else build)
#
# Environment:
#   CDEFER_BUILD_DIR   build directory when no argument is given
#   CDEFER_SKIP_APT=1  never call apt-get; fail if a package is missing
#   CDEFER_CMAKE_ARGS  extra arguments for the configure step (word-split)
#
# Idempotent: a second run checks the packages with dpkg-query, skips apt
# entirely when nothing is missing, and lets Ninja rebuild only what changed.
# A relative BUILD_DIR is taken relative to the directory you run it from.
set -euo pipefail

say() { printf 'setup: %s\n' "$*"; }
die() { printf 'setup: error: %s\n' "$*" >&2; exit 1; }

case "${1:-}" in
  -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
esac
[ "$#" -le 1 ] || die "too many arguments (usage: scripts/setup.sh [BUILD_DIR])"

src=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-${CDEFER_BUILD_DIR:-build}}
case "$build" in
  /*) ;;
  *) build="$PWD/$build" ;;
esac

# What the project needs. Clang 22 is the only supported compiler (the plugin
# is built against its headers and only loads into it); lit, FileCheck, not
# and split-file come with llvm-22-tools; gcc-12-plugin-dev is for the GCC
# plugin; pkgconf runs the pkg-config install test; go, valgrind and gdb are
# for the benchmarks and debugging tests.
packages=(
  clang-22 libclang-22-dev llvm-22-dev llvm-22-tools libclang-rt-22-dev
  cmake ninja-build pkgconf
  gcc-12-plugin-dev golang-1.19-go valgrind gdb
)

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
  [ "$status" = installed ] || missing+=("$p")
done

if [ "${#missing[@]}" -eq 0 ]; then
  say "all ${#packages[@]} required packages are installed"
elif [ "${CDEFER_SKIP_APT:-0}" = 1 ]; then
  die "missing packages: ${missing[*]} (CDEFER_SKIP_APT=1, so not installing them)"
else
  command -v apt-get >/dev/null 2>&1 ||
    die "missing packages: ${missing[*]}; this script needs apt-get (Debian 12)"
  if [ "$(id -u)" -eq 0 ]; then
    as_root=()
  elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
  else
    die "missing packages: ${missing[*]}; run as root or install sudo"
  fi
  say "installing missing packages: ${missing[*]}"
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q ||
    die "apt-get update failed"
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends "${missing[@]}" ||
    die "apt-get install failed for: ${missing[*]}"
fi

for tool in clang-22 clang++-22 cmake ninja; do
  command -v "$tool" >/dev/null 2>&1 || die "'$tool' is not on PATH after installing the packages"
done

# An existing build directory made with another generator cannot be reused:
# CMake refuses to switch generators in place.
cache="$build/CMakeCache.txt"
if [ -f "$cache" ]; then
  gen=$(sed -n 's/^CMAKE_GENERATOR:INTERNAL=//p' "$cache")
  [ -z "$gen" ] || [ "$gen" = Ninja ] ||
    die "$build was configured with the '$gen' generator; remove it or pass another build directory"
fi

extra=()
if [ -n "${CDEFER_CMAKE_ARGS:-}" ]; then
  read -r -a extra <<<"$CDEFER_CMAKE_ARGS"
fi

say "configuring $src into $build"
cmake -S "$src" -B "$build" -G Ninja \
  -DCMAKE_C_COMPILER=clang-22 -DCMAKE_CXX_COMPILER=clang++-22 \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo "${extra[@]}" ||
  die "configure failed (see the CMake messages above)"

say "building"
cmake --build "$build" || die "build failed (see the compiler messages above)"

rel=$build
case "$build" in "$PWD"/*) rel=${build#"$PWD"/} ;; esac
say "done: plugin $rel/lib/CDefer.so, runtime $rel/lib/libcdefer.{a,so}"
say "run the tests with: cmake --build $rel --target check"
