"""OpenAI(): the embeddings API of OpenAI's client, answered by compiled artifacts.

    client = ingot.OpenAI(models={"embeddinggemma": "embed.so"})
    client.embeddings.create(model="embeddinggemma", input=["a", "b"], task="query")

A model name resolves, in this order, to the `models` map (a path or a loaded Function),
to `<models_dir>/<name>.so` (models_dir defaults to $INGOT_MODELS, else ~/.ingot/models),
and then — hybrid inference — to the OpenAI-compatible server at `base_url`; otherwise
it is a NotFoundError. The response has exactly the shape OpenAI's returns.
"""

import base64
import json
import math
import os
import struct
import threading
import urllib.error
import urllib.request
from dataclasses import asdict, dataclass, field

from ingot._function import Function

# ---- Errors, as the official SDK names them ---------------------------------------------


class OpenAIError(Exception):
    """Base of the client's errors."""

    __module__ = "ingot"


class APIError(OpenAIError):
    __module__ = "ingot"

    def __init__(self, message, *, body=None, code=None, param=None, type=None):  # noqa: A002 (OpenAI's name)
        super().__init__(message)
        self.message = message
        self.body = body
        self.code = code
        self.param = param
        self.type = type


class APIConnectionError(APIError):
    __module__ = "ingot"


class APIStatusError(APIError):
    """An error with an HTTP status, local calls included (they use the status a server
    would answer)."""

    __module__ = "ingot"
    status_code = 500

    def __init__(self, message, **kwargs):
        super().__init__(message, **kwargs)
        self.status_code = type(self).status_code


class BadRequestError(APIStatusError):
    __module__ = "ingot"
    status_code = 400


class AuthenticationError(APIStatusError):
    __module__ = "ingot"
    status_code = 401


class PermissionDeniedError(APIStatusError):
    __module__ = "ingot"
    status_code = 403


class NotFoundError(APIStatusError):
    __module__ = "ingot"
    status_code = 404


class UnprocessableEntityError(APIStatusError):
    __module__ = "ingot"
    status_code = 422


class RateLimitError(APIStatusError):
    __module__ = "ingot"
    status_code = 429


class InternalServerError(APIStatusError):
    __module__ = "ingot"
    status_code = 500


_ERRORS_BY_STATUS = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def _bad_request(message, param=None, code=None):
    body = {"message": message, "type": "invalid_request_error", "param": param, "code": code}
    return BadRequestError(message, body=body, param=param, code=code, type=body["type"])


# ---- The response objects ----------------------------------------------------------------


class _Record:
    """Attribute access as the official SDK's models give, and their dict/JSON forms."""

    def model_dump(self):
        return asdict(self)

    to_dict = model_dump

    def model_dump_json(self):
        return json.dumps(self.model_dump())

    to_json = model_dump_json


@dataclass
class Embedding(_Record):
    embedding: list | str
    index: int
    object: str = "embedding"


@dataclass
class Usage(_Record):
    prompt_tokens: int
    total_tokens: int


@dataclass
class CreateEmbeddingResponse(_Record):
    data: list
    model: str
    usage: Usage
    object: str = "list"


@dataclass
class Model(_Record):
    id: str
    created: int = 0
    owned_by: str = "ingot"
    object: str = "model"


@dataclass
class ModelList(_Record):
    data: list = field(default_factory=list)
    object: str = "list"

    def __iter__(self):
        return iter(self.data)


# ---- Local artifacts ---------------------------------------------------------------------


def _param_kind(structured):
    """ "text" for str, "texts" for list[str], "ids"/"id_lists" for token ids, else None."""
    kind = structured.get("kind")
    if kind == "str":
        return "text"
    if kind == "list":
        item = structured.get("item", {})
        if item.get("kind") == "str":
            return "texts"
        if item.get("kind") == "int":
            return "ids"
        if item.get("kind") == "list" and item.get("item", {}).get("kind") == "int":
            return "id_lists"
    return None


class _LocalModel:
    """A compiled embedding function: which parameter takes the input, and the call."""

    def __init__(self, name, function):
        self.name = name
        self.function = function
        self.input_param = None
        self.input_kind = None
        for param in function.metadata["parameters"]:
            kind = _param_kind(param.get("type", {}))
            if kind and self.input_param is None:
                self.input_param, self.input_kind = param["name"], kind
        self.parameters = {p["name"] for p in function.metadata["parameters"]}
        if self.input_param is None:
            raise _bad_request(
                f"model {name!r} takes no str or list[str] parameter, so it cannot embed text"
            )

    def embed(self, inputs, token_input, extra):
        unknown = sorted(set(extra) - self.parameters)
        if unknown:
            raise _bad_request(
                f"model {self.name!r} has no parameter {unknown[0]!r}; its parameters are "
                + ", ".join(sorted(self.parameters)),
                param=unknown[0],
            )
        if self.input_param in extra:
            raise _bad_request(f"{self.input_param!r} is given by `input`", param=self.input_param)
        if token_input != (self.input_kind in ("ids", "id_lists")):
            wanted = "token ids" if token_input else "text"
            raise _bad_request(
                f"model {self.name!r} takes {'text' if token_input else 'token ids'}, "
                f"not {wanted}: pass `input` as "
                + ("a string or a list of strings" if token_input else "lists of token ids"),
                param="input",
            )
        try:
            if self.input_kind in ("texts", "id_lists"):
                result, stats = self.function.call_with_stats(**{self.input_param: inputs}, **extra)
                vectors, tokens = _rows(result), stats.tokens
            else:
                vectors, tokens = [], 0
                for item in inputs:
                    result, stats = self.function.call_with_stats(
                        **{self.input_param: item}, **extra
                    )
                    vectors.append(_vector(result))
                    tokens += stats.tokens
        except (TypeError, ValueError, KeyError, IndexError) as error:
            raise _bad_request(f"{type(error).__name__}: {error}") from error
        if len(vectors) != len(inputs):
            raise InternalServerError(
                f"model {self.name!r} returned {len(vectors)} embeddings for {len(inputs)} inputs"
            )
        return vectors, tokens


def _vector(value):
    """One embedding as a list of floats (from a 1-D array or a list)."""
    if hasattr(value, "tolist"):
        value = value.tolist()
    if not isinstance(value, list) or not all(isinstance(x, (int, float)) for x in value):
        raise InternalServerError("an embedding function must return floats")
    return [float(x) for x in value]


def _rows(value):
    if hasattr(value, "tolist"):
        value = value.tolist()
    if not isinstance(value, list):
        raise InternalServerError("an embedding function of a list must return a list of rows")
    return [_vector(row) for row in value]


def _float32(values):
    """The values rounded to float32, as the artifacts compute and base64 carries them."""
    return list(struct.unpack(f"<{len(values)}f", struct.pack(f"<{len(values)}f", *values)))


def _truncate(vector, dimensions):
    """Matryoshka: the first `dimensions` values, L2-normalized again."""
    head = vector[:dimensions]
    norm = math.sqrt(math.fsum(x * x for x in head))
    return [x / norm for x in head] if norm > 0 else head


# ---- The client ----------------------------------------------------------------------------


def _check_input(given):
    """(list of inputs, whether they are token ids)."""
    if isinstance(given, str):
        return _check_input([given])
    if not isinstance(given, list) or not given:
        raise _bad_request(
            "'input' must be a non-empty string or a non-empty array of strings", param="input"
        )
    if all(isinstance(x, str) for x in given):
        if "" in given:  # as OpenAI's API, and `ingot serve`, refuse it
            raise _bad_request("'input' must not contain an empty string", param="input")
        return given, False
    if all(isinstance(x, int) and not isinstance(x, bool) for x in given):
        return [given], True
    if all(
        isinstance(row, list) and all(isinstance(x, int) and not isinstance(x, bool) for x in row)
        for row in given
    ):
        return given, True
    raise _bad_request(
        "'input' must be a string, an array of strings, or arrays of token ids", param="input"
    )


class Embeddings:
    def __init__(self, client):
        self._client = client

    def create(self, *, model, input, encoding_format=None, dimensions=None, user=None, **extra):  # noqa: A002
        """OpenAI's embeddings.create. `encoding_format` "float" (the default here) or
        "base64" (little-endian float32); `dimensions` truncates and re-normalizes; other
        keyword arguments are the function's own parameters (e.g. task="query")."""
        del user  # accepted, as OpenAI's API does, and not used
        if encoding_format not in (None, "float", "base64"):
            raise _bad_request(
                "'encoding_format' must be 'float' or 'base64'", param="encoding_format"
            )
        if dimensions is not None and (
            not isinstance(dimensions, int) or isinstance(dimensions, bool) or dimensions < 1
        ):
            raise _bad_request("'dimensions' must be an integer of at least 1", param="dimensions")
        local = self._client._local(model)
        if local is None:
            return self._client._remote_embeddings(model, input, encoding_format, dimensions, extra)
        inputs, token_input = _check_input(input)
        vectors, tokens = local.embed(inputs, token_input, extra)
        if dimensions is not None:
            width = len(vectors[0]) if vectors else 0
            if dimensions > width:
                raise _bad_request(
                    f"'dimensions' is {dimensions}, above the model's width {width}",
                    param="dimensions",
                )
            vectors = [_truncate(v, dimensions) for v in vectors]
        data = []
        for index, vector in enumerate(vectors):
            values = _float32(vector)
            if encoding_format == "base64":
                packed = struct.pack(f"<{len(values)}f", *values)
                data.append(Embedding(base64.b64encode(packed).decode("ascii"), index))
            else:
                data.append(Embedding(values, index))
        return CreateEmbeddingResponse(data, model, Usage(tokens, tokens))


class Models:
    def __init__(self, client):
        self._client = client

    def list(self):
        """The local models (the map, then the models folder), then the remote ones."""
        names = list(self._client._models)
        folder = self._client.models_dir
        if folder and os.path.isdir(folder):
            names += sorted(
                entry[:-3]
                for entry in os.listdir(folder)
                if entry.endswith(".so") and entry[:-3] not in names
            )
        listed = ModelList([Model(name) for name in names])
        if self._client.base_url:
            remote = self._client._request("GET", "/models", None)
            for item in remote.get("data", []):
                if item.get("id") not in names:
                    listed.data.append(
                        Model(item["id"], item.get("created", 0), item.get("owned_by", ""))
                    )
        return listed


class OpenAI:
    """The OpenAI client's embeddings API over compiled artifacts, local first, then the
    remote OpenAI-compatible `base_url` (hybrid inference)."""

    def __init__(self, *, models=None, models_dir=None, base_url=None, api_key=None, timeout=60.0):
        self._models = dict(models or {})
        if models_dir is None:
            models_dir = os.environ.get("INGOT_MODELS") or os.path.join(
                os.path.expanduser("~"), ".ingot", "models"
            )
        self.models_dir = os.fspath(models_dir)
        self.base_url = base_url.rstrip("/") if base_url else None
        self.api_key = api_key
        self.timeout = timeout
        self._loaded = {}
        self._lock = threading.Lock()
        self.embeddings = Embeddings(self)
        self.models = Models(self)

    def _local(self, name):
        """The local model called `name`, loaded once; None when there is none."""
        if not isinstance(name, str) or not name:
            raise _bad_request("'model' must be a non-empty string", param="model")
        with self._lock:
            if name in self._loaded:
                return self._loaded[name]
            target = self._models.get(name)
            if target is None:
                candidate = os.path.join(self.models_dir, name + ".so")
                if os.path.sep in name or not os.path.isfile(candidate):
                    if self.base_url:
                        return None
                    raise NotFoundError(
                        f"The model '{name}' does not exist: it is not in `models`, not "
                        f"{candidate}, and no base_url is set",
                        code="model_not_found",
                        param="model",
                        type="invalid_request_error",
                    )
                target = candidate
            function = target if isinstance(target, Function) else Function(target)
            self._loaded[name] = _LocalModel(name, function)
            return self._loaded[name]

    def _remote_embeddings(self, model, inputs, encoding_format, dimensions, extra):
        body = {"model": model, "input": inputs, **extra}
        if encoding_format:
            body["encoding_format"] = encoding_format
        if dimensions is not None:
            body["dimensions"] = dimensions
        answer = self._request("POST", "/embeddings", body)
        data = [Embedding(item["embedding"], item["index"]) for item in answer["data"]]
        usage = answer.get("usage", {})
        return CreateEmbeddingResponse(
            data,
            answer.get("model", model),
            Usage(usage.get("prompt_tokens", 0), usage.get("total_tokens", 0)),
        )

    def _request(self, method, path, body):
        headers = {"Content-Type": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        data = None if body is None else json.dumps(body).encode("utf-8")
        request = urllib.request.Request(self.base_url + path, data, headers, method=method)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return json.loads(response.read())
        except urllib.error.HTTPError as error:
            raise _status_error(error.code, error.read()) from None
        except (urllib.error.URLError, OSError) as error:
            raise APIConnectionError(f"Connection error: {error}") from None


def _status_error(status, raw):
    try:
        body = json.loads(raw).get("error", {})
    except (ValueError, AttributeError):
        body = {}
    if not isinstance(body, dict):
        body = {}
    message = body.get("message") or f"HTTP {status}"
    cls = _ERRORS_BY_STATUS.get(status, InternalServerError if status >= 500 else APIStatusError)
    error = cls(
        message, body=body, code=body.get("code"), param=body.get("param"), type=body.get("type")
    )
    error.status_code = status
    return error
