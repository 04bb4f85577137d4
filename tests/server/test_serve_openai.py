"""The official `openai` SDK against a live `ingot serve`: every vector is checked against
CPython running the same function source."""

import base64
import math

import hashed_ngrams
import httpx
import numpy as np
import one_text
import openai
import pytest
from float32 import as_float32

TEXTS = [
    "hello",
    "The quick brown fox jumps over the lazy dog.",
    "héllo wörld, naïve café",
    "日本語のテキスト",
    "emoji 🙂 and tabs\tand\nnewlines",
    "x" * 500,
]


def client(server, key="unused"):
    return openai.OpenAI(base_url=f"{server.url}/v1", api_key=key, max_retries=0)


def test_base64_default_path_matches_cpython_as_float32(server):
    response = client(server).embeddings.create(model="embed", input=TEXTS)
    expected = hashed_ngrams.embed(TEXTS)
    assert response.object == "list"
    assert response.model == "embed"
    assert [item.index for item in response.data] == list(range(len(TEXTS)))
    for item, vector in zip(response.data, expected):
        # The SDK asked for base64 (little-endian float32) and decoded it.
        assert np.array_equal(np.array(item.embedding, dtype=np.float32), np.float32(vector))
    # No tokenizer in this function: the artifact counts no tokens, and neither does usage.
    assert response.usage.prompt_tokens == 0
    assert response.usage.total_tokens == 0


def test_float_path_is_bit_identical_to_cpython(server):
    response = client(server).embeddings.create(model="embed", input=TEXTS, encoding_format="float")
    assert [item.embedding for item in response.data] == as_float32(hashed_ngrams.embed(TEXTS))


def test_base64_bytes_are_little_endian_float32(server):
    raw = httpx.post(
        f"{server.url}/v1/embeddings",
        json={"model": "embed", "input": "bytes", "encoding_format": "base64"},
    ).json()
    decoded = np.frombuffer(base64.b64decode(raw["data"][0]["embedding"]), dtype="<f4")
    assert np.array_equal(decoded, np.float32(hashed_ngrams.embed(["bytes"])[0]))


def test_single_string_input(server):
    response = client(server).embeddings.create(
        model="embed", input="just one", encoding_format="float"
    )
    assert len(response.data) == 1
    assert response.data[0].embedding == as_float32(hashed_ngrams.embed(["just one"])[0])


def test_extra_fields_map_to_parameters(server):
    response = client(server).embeddings.create(
        model="embed", input=TEXTS, encoding_format="float", extra_body={"task": "query"}
    )
    assert [item.embedding for item in response.data] == as_float32(
        hashed_ngrams.embed(TEXTS, "query")
    )


def test_str_parameter_model_is_called_per_text(server):
    response = client(server).embeddings.create(
        model="one", input=TEXTS, encoding_format="float", extra_body={"rounds": 2}
    )
    assert [item.embedding for item in response.data] == as_float32(
        [one_text.embed_one(text, 2) for text in TEXTS]
    )


@pytest.mark.parametrize("dimensions", [1, 7, 64])
def test_dimensions_truncates_and_renormalizes(server, dimensions):
    response = client(server).embeddings.create(
        model="embed", input=TEXTS, encoding_format="float", dimensions=dimensions
    )
    for item, full in zip(response.data, hashed_ngrams.embed(TEXTS)):
        head = full[:dimensions]
        norm = math.sqrt(sum(x * x for x in head))
        assert item.embedding == as_float32([x / norm for x in head] if norm > 0 else head)


def test_named_model(start_server, artifacts):
    named = start_server("--name", f"ngrams={artifacts['embed']}", models=[artifacts["one"]])
    ids = sorted(model.id for model in client(named).models.list())
    assert ids == ["ngrams", "one"]
    response = client(named).embeddings.create(model="ngrams", input="a", encoding_format="float")
    assert response.data[0].embedding == as_float32(hashed_ngrams.embed(["a"])[0])


def test_models_health_and_metrics(server):
    models = client(server).models.list()
    assert sorted(model.id for model in models) == ["embed", "one"]
    assert all(model.owned_by == "ingot" for model in models)
    assert httpx.get(f"{server.url}/health").json() == {"status": "ok"}
    client(server).embeddings.create(model="embed", input=["for the metrics"])
    metrics = httpx.get(f"{server.url}/metrics").text
    for name in (
        'ingot_requests_total{endpoint="/v1/embeddings",status="200"}',
        "ingot_request_duration_seconds_bucket",
        "ingot_batch_requests_count",
        "ingot_tokens_total",
        "ingot_inputs_total",
        "ingot_queue_depth",
    ):
        assert name in metrics


def test_api_key(start_server, artifacts):
    keyed = start_server("--api-key", "s3cret")
    for bad in ("wrong", "s3cre", "s3cret!"):
        with pytest.raises(openai.AuthenticationError) as raised:
            client(keyed, bad).embeddings.create(model="embed", input="x")
        assert raised.value.status_code == 401
        assert raised.value.code == "invalid_api_key"
    missing = httpx.post(f"{keyed.url}/v1/embeddings", json={"model": "embed", "input": "x"})
    assert missing.status_code == 401
    assert missing.json()["error"]["type"] == "invalid_request_error"
    ok = client(keyed, "s3cret").embeddings.create(
        model="embed", input="x", encoding_format="float"
    )
    assert ok.data[0].embedding == as_float32(hashed_ngrams.embed(["x"])[0])


def test_unknown_model_is_404(server):
    with pytest.raises(openai.NotFoundError) as raised:
        client(server).embeddings.create(model="nope", input="x")
    assert raised.value.code == "model_not_found"
