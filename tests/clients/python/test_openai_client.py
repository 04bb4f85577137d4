"""ingot.OpenAI: OpenAI's embeddings API over compiled artifacts. The vectors are checked
against CPython running the same source, the response shape against the official `openai`
SDK's own models, and the remote path against a live loopback HTTP server."""

import base64
import http.server
import importlib.util
import json
import os
import pathlib
import struct
import subprocess
import sys
import threading

import numpy as np
import pytest

BUILD = pathlib.Path(os.environ.get("INGOT_BUILD", "build"))
if not BUILD.is_absolute():
    BUILD = pathlib.Path(__file__).resolve().parents[3] / BUILD
SOURCE = os.path.join(os.path.dirname(__file__), "sources", "hashed_embedding.py")


def _reference():
    spec = importlib.util.spec_from_file_location("hashed_embedding", SOURCE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


REFERENCE = _reference()


def _float32(values):
    return np.asarray(values, dtype=np.float32).astype(np.float64).tolist()


@pytest.fixture(scope="module")
def models_dir(tmp_path_factory):
    """The three entries of the source, compiled into a models folder."""
    ingot_cli = BUILD / "ingot"
    if not ingot_cli.exists():
        pytest.fail(f"no {ingot_cli}; run scripts/build.sh")
    folder = tmp_path_factory.mktemp("models")
    for entry, name in (("embed", "hashed"), ("embed_one", "hashed-one"), ("token_ids", "ids")):
        subprocess.run(
            [
                str(ingot_cli),
                "compile",
                SOURCE,
                "--entry",
                entry,
                "-o",
                str(folder / f"{name}.so"),
                "-q",
            ],
            check=True,
        )
    return folder


@pytest.fixture(scope="module")
def client(models_dir):
    import ingot

    return ingot.OpenAI(models_dir=models_dir)


TEXTS = ["Which planet is known as the Red Planet?", "Mars, the fourth planet", "a", "é ü 漢字"]


def test_list_input_matches_cpython(client):
    response = client.embeddings.create(model="hashed", input=TEXTS, encoding_format="float")
    expected = REFERENCE.embed(TEXTS)
    assert response.object == "list"
    assert response.model == "hashed"
    assert [d.index for d in response.data] == list(range(len(TEXTS)))
    assert all(d.object == "embedding" for d in response.data)
    assert [d.embedding for d in response.data] == [_float32(row) for row in expected]


def test_string_input_and_default_format(client):
    response = client.embeddings.create(model="hashed", input="Mars")
    assert len(response.data) == 1
    assert response.data[0].embedding == _float32(REFERENCE.embed(["Mars"])[0])


def test_base64_is_little_endian_float32(client):
    floats = client.embeddings.create(model="hashed", input=TEXTS, encoding_format="float")
    packed = client.embeddings.create(model="hashed", input=TEXTS, encoding_format="base64")
    for f, p in zip(floats.data, packed.data, strict=True):
        raw = base64.b64decode(p.embedding)
        assert list(struct.unpack(f"<{len(raw) // 4}f", raw)) == f.embedding


def test_extra_fields_are_the_function_parameters(client):
    response = client.embeddings.create(model="hashed", input=TEXTS, task="query", width=32)
    expected = REFERENCE.embed(TEXTS, task="query", width=32)
    assert [d.embedding for d in response.data] == [_float32(row) for row in expected]


def test_a_str_parameter_is_called_per_input(client):
    response = client.embeddings.create(model="hashed-one", input=TEXTS)
    assert [d.embedding for d in response.data] == [_float32(REFERENCE.embed_one(t)) for t in TEXTS]


def test_dimensions_truncate_and_renormalize(client):
    response = client.embeddings.create(model="hashed", input=TEXTS[:2], dimensions=5)
    for row, got in zip(REFERENCE.embed(TEXTS[:2]), response.data, strict=True):
        head = np.asarray(_float32(row)[:5])
        expected = head / np.linalg.norm(head)
        np.testing.assert_allclose(got.embedding, expected, rtol=1e-6)
        assert len(got.embedding) == 5


@pytest.mark.parametrize("dimensions", [0, -3, 17, True, 2.5])
def test_bad_dimensions(client, dimensions):
    import ingot

    with pytest.raises(ingot.BadRequestError) as raised:
        client.embeddings.create(model="hashed", input="x", dimensions=dimensions)
    assert raised.value.status_code == 400
    assert raised.value.param == "dimensions"


@pytest.mark.parametrize("bad", [[], 3, None, ["a", 1], [[1, 2], "a"], "", ["a", ""]])
def test_bad_input(client, bad):
    import ingot

    with pytest.raises(ingot.BadRequestError):
        client.embeddings.create(model="hashed", input=bad)


def test_token_arrays_need_a_function_that_takes_ids(client):
    import ingot

    with pytest.raises(ingot.BadRequestError, match="takes text"):
        client.embeddings.create(model="hashed", input=[[1, 2, 3]])
    response = client.embeddings.create(model="ids", input=[[1, 2, 3], [4]])
    assert [d.embedding for d in response.data] == [[6.0, 3.0], [4.0, 1.0]]
    with pytest.raises(ingot.BadRequestError, match="takes token ids"):
        client.embeddings.create(model="ids", input="text")


def test_extra_field_errors(client):
    import ingot

    with pytest.raises(ingot.BadRequestError, match="no parameter 'colour'"):
        client.embeddings.create(model="hashed", input="x", colour="red")
    # An argument the function refuses (Literal) is OpenAI's 400, with CPython's message.
    with pytest.raises(ingot.BadRequestError, match="ValueError"):
        client.embeddings.create(model="hashed", input="x", task="summarize")


def test_usage_is_the_artifacts_token_count(client, models_dir):
    import ingot

    response = client.embeddings.create(model="hashed", input=TEXTS)
    _, stats = ingot.load(models_dir / "hashed.so").call_with_stats(TEXTS)
    # No tokenizer in this function: the artifact counts none, and usage says so.
    assert response.usage.prompt_tokens == response.usage.total_tokens == stats.tokens


def test_resolution_order(models_dir, tmp_path, monkeypatch):
    import ingot

    explicit = ingot.OpenAI(models={"mine": models_dir / "hashed-one.so"}, models_dir=tmp_path)
    assert explicit.embeddings.create(model="mine", input="abc").data[0].embedding == _float32(
        REFERENCE.embed_one("abc")
    )
    with pytest.raises(ingot.NotFoundError) as raised:
        explicit.embeddings.create(model="hashed", input="abc")
    assert raised.value.status_code == 404
    monkeypatch.setenv("INGOT_MODELS", str(models_dir))
    from_env = ingot.OpenAI()
    assert from_env.embeddings.create(model="hashed", input="abc").model == "hashed"
    assert [m.id for m in from_env.models.list()] == ["hashed", "hashed-one", "ids"]


def test_compile_install_fills_the_models_folder(tmp_path, monkeypatch):
    import ingot

    monkeypatch.setenv("INGOT_MODELS", str(tmp_path / "models"))
    subprocess.run(
        [
            str(BUILD / "ingot"),
            "compile",
            SOURCE,
            "--entry",
            "embed_one",
            "--name",
            "mine",
            "--install",
            "-q",
        ],
        check=True,
    )
    assert (tmp_path / "models" / "mine.so").is_file()
    response = ingot.OpenAI().embeddings.create(model="mine", input="abc")
    assert response.data[0].embedding == _float32(REFERENCE.embed_one("abc"))
    refused = subprocess.run(
        [str(BUILD / "ingot"), "compile", SOURCE, "--name", "../up", "--install"],
        capture_output=True,
        text=True,
    )
    assert refused.returncode == 2 and "plain name" in refused.stderr


def test_response_has_the_official_sdk_shape(client):
    openai = pytest.importorskip("openai")
    response = client.embeddings.create(model="hashed", input=TEXTS)
    official = openai.types.CreateEmbeddingResponse.model_validate(response.model_dump())
    assert official.model_dump() == response.model_dump()
    listed = client.models.list().model_dump()
    for item in listed["data"]:
        assert openai.types.Model.model_validate(item).model_dump(exclude_none=True) == item


class _Remote(http.server.BaseHTTPRequestHandler):
    """A loopback OpenAI-compatible endpoint that answers with the reference function."""

    def log_message(self, *args):
        pass

    def _answer(self, status, body):
        raw = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(raw)))
        self.end_headers()
        self.wfile.write(raw)

    def do_GET(self):
        if self.path == "/v1/models":
            self._answer(
                200,
                {
                    "object": "list",
                    "data": [{"id": "remote", "object": "model", "created": 1, "owned_by": "test"}],
                },
            )
        else:
            self._answer(404, {"error": {"message": "no such route", "type": "x"}})

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        if self.headers.get("Authorization") != "Bearer sk-test":
            self._answer(401, {"error": {"message": "bad key", "type": "auth", "code": "k"}})
        elif body["model"] != "remote":
            self._answer(
                404,
                {
                    "error": {
                        "message": "no model",
                        "type": "invalid_request_error",
                        "param": "model",
                        "code": "model_not_found",
                    }
                },
            )
        else:
            inputs = [body["input"]] if isinstance(body["input"], str) else body["input"]
            rows = REFERENCE.embed(inputs, task=body.get("task", "document"))
            data = [{"object": "embedding", "index": i, "embedding": r} for i, r in enumerate(rows)]
            self._answer(
                200,
                {
                    "object": "list",
                    "data": data,
                    "model": "remote",
                    "usage": {"prompt_tokens": 7, "total_tokens": 7},
                },
            )


@pytest.fixture()
def remote():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Remote)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    server.shutdown()


def test_hybrid_falls_back_to_base_url(models_dir, remote):
    import ingot

    client = ingot.OpenAI(models_dir=models_dir, base_url=remote, api_key="sk-test")
    local = client.embeddings.create(model="hashed", input="Mars")
    far = client.embeddings.create(model="remote", input=["Mars"], task="query")
    assert local.usage.prompt_tokens == 0
    assert far.usage.prompt_tokens == 7
    assert far.data[0].embedding == REFERENCE.embed(["Mars"], task="query")[0]
    assert [m.id for m in client.models.list()][-1] == "remote"
    with pytest.raises(ingot.NotFoundError) as raised:
        client.embeddings.create(model="nowhere", input="x")
    assert raised.value.code == "model_not_found"
    wrong_key = ingot.OpenAI(models_dir=models_dir, base_url=remote, api_key="sk-bad")
    with pytest.raises(ingot.AuthenticationError):
        wrong_key.embeddings.create(model="remote", input="x")


def test_unreachable_base_url_is_a_connection_error(models_dir):
    import ingot

    client = ingot.OpenAI(models_dir=models_dir, base_url="http://127.0.0.1:9/v1", timeout=2)
    with pytest.raises(ingot.APIConnectionError):
        client.embeddings.create(model="elsewhere", input="x")


if __name__ == "__main__":
    sys.exit(pytest.main([__file__]))
