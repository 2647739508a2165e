#!/bin/sh
# Measure what a __defer costs. Usage: bench/run.sh [BUILD_DIR] [--quick]
# [--docs] ...; bench/run.sh --help lists the options, bench/README.md says
# what is measured. Not part of the test suite.
exec python3 "$(dirname "$0")/bench.py" "$@"
