"""The official `openai` SDKs (PyPI and npm) read the answers of ingot's own clients: each
SDK is pointed at a transport that hands its request to ingot's OpenAI client (answering
from the artifact in-process), so that the SDK's own response types (strictly validated in
Python) and its base64 decoding read the local answer. What the SDK returns is then the
same, field for field, as what it returns from a live `ingot serve`, on the float path and
on its default base64 path, and its response model validates it strictly. The model has a
real tokenizer, so usage is checked too."""

import json
import pathlib
import sys

import httpx2
import minilm_token_bag
import openai
import pytest
from float32 import as_float32
from references import reference_tokens, run_node, sanitized

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "clients" / "python"))

import ingot  # noqa: E402  (the client of this checkout)

TEXTS = ["hello there", "héllo wörld, naïve café", "日本語のテキスト", "the quick brown fox " * 9]
FORMATS = {"float": {"encoding_format": "float"}, "default": {}}


@pytest.fixture
def tokens_server(start_server, tokens_artifact):
    if sanitized():
        pytest.skip("a sanitizer build's artifacts load only into sanitized processes")
    return start_server(models=[tokens_artifact])


def sdk_through(local_client, base_url):
    """The official Python SDK, its HTTP answered by `local_client`."""

    def answer(request):
        response = local_client.embeddings.create(**json.loads(request.content))
        return httpx2.Response(200, json=response.model_dump())

    return openai.OpenAI(
        base_url=base_url,
        api_key="unused",
        max_retries=0,
        http_client=httpx2.Client(transport=httpx2.MockTransport(answer)),
    )


def check_against_reference(response):
    assert [d["embedding"] for d in response["data"]] == as_float32(minilm_token_bag.embed(TEXTS))
    tokens = reference_tokens(TEXTS)
    assert response["usage"] == {"prompt_tokens": tokens, "total_tokens": tokens}


def test_python_sdk_reads_the_python_clients_answers(tokens_server, tokens_artifact, tmp_path):
    base_url = f"{tokens_server.url}/v1"
    local = ingot.OpenAI(models={"tokens": tokens_artifact}, models_dir=tmp_path)
    through_local = sdk_through(local, base_url)
    live = openai.OpenAI(base_url=base_url, api_key="unused", max_retries=0)
    for options in FORMATS.values():
        here = through_local.embeddings.create(model="tokens", input=TEXTS, **options)
        there = live.embeddings.create(model="tokens", input=TEXTS, **options)
        assert type(here) is type(there) is openai.types.CreateEmbeddingResponse
        assert here.model_dump() == there.model_dump()
        # The SDK validates only loosely before its base64 decoding; strictly, after it.
        strict = openai.types.CreateEmbeddingResponse.model_validate(here.model_dump(), strict=True)
        check_against_reference(strict.model_dump())


def test_node_sdk_reads_the_node_clients_answers(tokens_server, tokens_artifact):
    out = run_node(
        "sdk_reads_local.mjs",
        ROOT / "clients" / "node",
        tokens_artifact,
        f"{tokens_server.url}/v1",
        "tokens",
        stdin=TEXTS,
        needs=[ROOT / "clients" / "node" / "node_modules" / "koffi"],
        timeout=120,
    )
    for path in FORMATS:
        assert out[path]["local"] == out[path]["live"]
        check_against_reference(out[path]["local"])
