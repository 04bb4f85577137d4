"""The official `openai` npm package against a live `ingot serve` (tests/server/node; its
node_modules come from `npm ci` there, which scripts/setup.sh runs)."""

import json
import pathlib
import shutil
import subprocess

import hashed_ngrams
import numpy as np
import pytest
from float32 import as_float32

NODE_DIR = pathlib.Path(__file__).resolve().parent / "node"
TEXTS = ["hello from node", "ünïcödé", "日本語", "x" * 300]


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_openai_node_sdk_default_and_float_paths(server):
    if not (NODE_DIR / "node_modules" / "openai").exists():
        pytest.fail("tests/server/node/node_modules is missing: run `npm ci` there")
    run = subprocess.run(
        ["node", "embed.mjs", f"{server.url}/v1", "embed"],
        input=json.dumps(TEXTS),
        cwd=NODE_DIR,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 0, run.stderr
    got = json.loads(run.stdout)
    expected = hashed_ngrams.embed(TEXTS)
    # The default path is base64 float32, decoded by the SDK into float32 values.
    assert np.array_equal(np.float32(got["default"]), np.float32(expected))
    assert got["float"] == as_float32(expected)
