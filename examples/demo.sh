#!/usr/bin/env bash
# The README's demo: compile examples/hello.py into one shared library, then call it from
# the command line and from Python. Run scripts/setup.sh and scripts/build.sh first.
set -euo pipefail
cd "$(dirname "$0")/.."

INGOT="${INGOT:-build/ingot}"
PY=.venv/bin/python
[ -x "$PY" ] || PY=python3
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT

echo "== ingot compile examples/hello.py"
"$INGOT" compile examples/hello.py -o "$OUT/hello.so"
ls -l "$OUT/hello.so"

echo "== ingot inspect"
"$INGOT" inspect "$OUT/hello.so"

echo "== ingot run"
"$INGOT" run "$OUT/hello.so" \
  --input text='"the return of the king and the fellowship of the ring"' --input max_words=6

echo "== from Python (clients/python), next to CPython running the same source"
PYTHONPATH=clients/python:examples "$PY" - "$OUT/hello.so" <<'PYTHON'
import sys

import ingot
from hello import headline

compiled = ingot.load(sys.argv[1])
for text, n in [("a tale of two cities", 3), ("über die brücke", 5), ("", 2)]:
    print(f"compiled: {compiled(text, n)!r:40} CPython: {headline(text, n)!r}")
PYTHON
