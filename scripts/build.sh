#!/usr/bin/env bash
# Configures and builds ingot into build/ (Ninja, ccache when installed). The CLI ends up
# at build/ingot. Extra arguments go to cmake's configure step, e.g.
#
#   bash scripts/build.sh -DCMAKE_BUILD_TYPE=Debug
#
# BUILD_DIR picks another folder (scripts/test.sh uses it for the sanitizer build).
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD_DIR="${BUILD_DIR:-build}"
JOBS="${JOBS:-$(nproc)}"

# Tests that CMake registers to run under Python (find_package(Python3)) get the venv's
# interpreter, which has pytest and numpy, rather than whichever python3 is first on PATH.
PYTHON_ARGS=()
if [ -x .venv/bin/python ]; then PYTHON_ARGS=(-DPython3_EXECUTABLE="$PWD/.venv/bin/python"); fi

cmake -S . -B "$BUILD_DIR" -G Ninja "${PYTHON_ARGS[@]}" "$@"
cmake --build "$BUILD_DIR" --parallel "$JOBS"
if [ -x "$BUILD_DIR/ingot" ]; then
  echo "build: $BUILD_DIR/ingot is ready"
else
  echo "build: note: $BUILD_DIR/ingot was not produced (is compiler/driver built yet?)"
fi
