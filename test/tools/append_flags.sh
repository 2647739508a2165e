#!/bin/sh
# %cdefer_cc when the lit parameter cdefer_cflags is set: runs the compiler
# with those flags *after* the test's own, so that they win where flags
# conflict (a mode pass's -O3 over a test's -O0, its -std=c99 over the
# default). test/lit.cfg.py builds the command line.
#
#   usage: append_flags.sh 'FLAGS' COMPILER ARGS...   runs COMPILER ARGS... FLAGS
flags=$1
shift
# FLAGS is split into words on purpose: it is a list of plain flags.
# shellcheck disable=SC2086
exec "$@" $flags
