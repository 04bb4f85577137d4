"""Hybrid inference: the OpenAI-style clients (Python and Node.js) answer a model from the
local artifact when they have it and from a live `ingot serve` when they do not — the same
call, the same response field for field. The official SDK reads the local response too."""

import json
import pathlib
import shutil
import subprocess
import sys

import hashed_ngrams
import openai
import pytest
from float32 import as_float32
from references import sanitized

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "clients" / "python"))

import ingot  # noqa: E402  (the client of this checkout)

TEXTS = ["hello", "héllo wörld", "日本語", "x"]


def test_python_client_remote_matches_cpython(server, tmp_path):
    remote = ingot.OpenAI(models_dir=tmp_path, base_url=f"{server.url}/v1")
    response = remote.embeddings.create(model="embed", input=TEXTS)
    assert [d.embedding for d in response.data] == as_float32(hashed_ngrams.embed(TEXTS))


def test_python_client_local_and_remote_agree(server, artifacts, tmp_path):
    if sanitized():
        pytest.skip("a sanitizer build's artifacts load only into sanitized processes")
    local = ingot.OpenAI(models={"embed": artifacts["embed"]}, models_dir=tmp_path)
    remote = ingot.OpenAI(models_dir=tmp_path, base_url=f"{server.url}/v1")
    for options in ({}, {"encoding_format": "base64"}, {"dimensions": 5}):
        here = local.embeddings.create(model="embed", input=TEXTS, **options)
        there = remote.embeddings.create(model="embed", input=TEXTS, **options)
        assert here.model_dump() == there.model_dump()
    official = openai.OpenAI(base_url=f"{server.url}/v1", api_key="x", max_retries=0)
    sdk = official.embeddings.create(model="embed", input=TEXTS, encoding_format="float")
    assert (
        sdk.model_dump(exclude_none=True)
        == local.embeddings.create(model="embed", input=TEXTS).model_dump()
    )
    assert {m.id for m in remote.models.list()} >= {"embed", "one"}
    with pytest.raises(ingot.NotFoundError):
        remote.embeddings.create(model="nowhere", input="x")
    with pytest.raises(ingot.BadRequestError):
        remote.embeddings.create(model="embed", input=[])


NODE_SCRIPT = """
const { OpenAI } = require(process.argv[1]);
const [artifact, url] = process.argv.slice(2);
(async () => {
  const local = new OpenAI({ models: { embed: artifact }, modelsDir: "/nonexistent" });
  const remote = new OpenAI({ baseURL: url, modelsDir: "/nonexistent" });
  const texts = %s;
  const out = {};
  for (const [name, options] of [["float", {}], ["base64", { encoding_format: "base64" }]]) {
    out[name] = [
      await local.embeddings.create({ model: "embed", input: texts, ...options }),
      await remote.embeddings.create({ model: "embed", input: texts, ...options }),
    ];
  }
  try {
    await remote.embeddings.create({ model: "nowhere", input: "x" });
  } catch (error) {
    out.error = error.constructor.name;
  }
  console.log(JSON.stringify(out));
})();
"""


def test_node_client_local_and_remote_agree(server, artifacts):
    if shutil.which("node") is None:
        pytest.fail("node is needed: run scripts/setup.sh")
    if sanitized():
        pytest.skip("a sanitizer build's artifacts load only into sanitized processes")
    run = subprocess.run(
        [
            "node",
            "-e",
            NODE_SCRIPT % json.dumps(TEXTS),
            str(ROOT / "clients" / "node"),
            str(artifacts["embed"]),
            f"{server.url}/v1",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout)
    for here, there in (out["float"], out["base64"]):
        assert here == there
    assert out["error"] == "NotFoundError"
