"""The official `openai` npm package against a live `ingot serve` (tests/server/node; its
node_modules come from `npm ci` there, which scripts/setup.sh runs)."""

import hashed_ngrams
import numpy as np
from float32 import as_float32
from references import run_node

TEXTS = ["hello from node", "ünïcödé", "日本語", "x" * 300]


def test_openai_node_sdk_default_and_float_paths(server):
    got = run_node("embed.mjs", f"{server.url}/v1", "embed", stdin=TEXTS)
    expected = hashed_ngrams.embed(TEXTS)
    # The default path is base64 float32, decoded by the SDK into float32 values.
    assert np.array_equal(np.float32(got["default"]), np.float32(expected))
    assert got["float"] == as_float32(expected)
