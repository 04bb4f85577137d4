"use strict";
// new OpenAI(): the embeddings API of OpenAI's client, answered by compiled artifacts.
//
//   const client = new OpenAI({ models: { embeddinggemma: "embed.so" } });
//   await client.embeddings.create({ model: "embeddinggemma", input: ["a", "b"], task: "query" });
//
// A model name resolves, in this order, to the `models` map (a path or a loaded function),
// to `<modelsDir>/<name>.so` (modelsDir defaults to $INGOT_MODELS, else ~/.ingot/models),
// then — hybrid inference — to the OpenAI-compatible server at `baseURL`; otherwise it is
// a NotFoundError. The response has exactly the shape OpenAI's returns.

const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { load } = require("./function.cjs");
const { PythonError } = require("./errors.cjs");

// ---- Errors, as the official SDK names them ------------------------------------------------

class OpenAIError extends Error {}

class APIError extends OpenAIError {
  constructor(status, error, message) {
    super(message ?? error?.message ?? `HTTP ${status}`);
    this.status = status;
    this.error = error;
    this.code = error?.code ?? null;
    this.param = error?.param ?? null;
    this.type = error?.type ?? null;
  }
}
class APIConnectionError extends APIError {
  constructor(message) {
    super(undefined, undefined, message);
  }
}
class BadRequestError extends APIError {}
class AuthenticationError extends APIError {}
class PermissionDeniedError extends APIError {}
class NotFoundError extends APIError {}
class UnprocessableEntityError extends APIError {}
class RateLimitError extends APIError {}
class InternalServerError extends APIError {}

const ERRORS_BY_STATUS = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};
for (const [name, cls] of Object.entries({
  OpenAIError,
  APIError,
  APIConnectionError,
  BadRequestError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  UnprocessableEntityError,
  RateLimitError,
  InternalServerError,
})) {
  Object.defineProperty(cls.prototype, "name", { value: name });
}

function statusError(status, error) {
  const Cls = ERRORS_BY_STATUS[status] ?? (status >= 500 ? InternalServerError : APIError);
  return new Cls(status, error);
}

function badRequest(message, param = null, code = null) {
  return statusError(400, { message, type: "invalid_request_error", param, code });
}

// ---- Local artifacts ---------------------------------------------------------------------

// "text" for str, "texts" for list[str], "ids"/"idLists" for token ids, else null.
function paramKind(type = {}) {
  if (type.kind === "str") return "text";
  if (type.kind !== "list") return null;
  const item = type.item ?? {};
  if (item.kind === "str") return "texts";
  if (item.kind === "int") return "ids";
  if (item.kind === "list" && item.item?.kind === "int") return "idLists";
  return null;
}

function toRows(value) {
  if (value && value.shape && value.data) {
    const [rows, width] = value.shape;
    if (value.shape.length !== 2)
      throw statusError(500, { message: "an embedding function of a list must return rows" });
    return Array.from({ length: rows }, (_, i) => Array.from(value.data.subarray(i * width, (i + 1) * width), Number));
  }
  if (!Array.isArray(value)) throw statusError(500, { message: "an embedding function of a list must return rows" });
  return value.map(toVector);
}

function toVector(value) {
  if (value && value.shape && value.data) return Array.from(value.data, Number);
  if (!Array.isArray(value) || !value.every((x) => typeof x === "number")) {
    throw statusError(500, { message: "an embedding function must return numbers" });
  }
  return value;
}

class LocalModel {
  constructor(name, fn) {
    this.name = name;
    this.fn = fn;
    this.parameters = new Set(fn.metadata.parameters.map((p) => p.name));
    const input = fn.metadata.parameters.find((p) => paramKind(p.type));
    if (!input) throw badRequest(`model '${name}' takes no str or list[str] parameter, so it cannot embed text`);
    this.inputParam = input.name;
    this.inputKind = paramKind(input.type);
  }

  // Off the event loop: each call runs on koffi's worker threads.
  async embed(inputs, tokenInput, extra) {
    const unknown = Object.keys(extra)
      .filter((k) => !this.parameters.has(k))
      .sort();
    if (unknown.length) {
      throw badRequest(
        `model '${this.name}' has no parameter '${unknown[0]}'; its parameters are ${[...this.parameters].sort().join(", ")}`,
        unknown[0],
      );
    }
    if (this.inputParam in extra) throw badRequest(`'${this.inputParam}' is given by \`input\``, this.inputParam);
    const takesIds = this.inputKind === "ids" || this.inputKind === "idLists";
    if (tokenInput !== takesIds) {
      throw badRequest(
        tokenInput
          ? `model '${this.name}' takes text, not token ids: pass \`input\` as a string or a list of strings`
          : `model '${this.name}' takes token ids, not text: pass \`input\` as lists of token ids`,
        "input",
      );
    }
    let vectors = [];
    let tokens = 0;
    try {
      if (this.inputKind === "texts" || this.inputKind === "idLists") {
        const { result, stats } = await this.fn.callWithStats.async({ ...extra, [this.inputParam]: inputs });
        vectors = toRows(result);
        tokens = stats.tokens;
      } else {
        for (const item of inputs) {
          const { result, stats } = await this.fn.callWithStats.async({ ...extra, [this.inputParam]: item });
          vectors.push(toVector(result));
          tokens += stats.tokens;
        }
      }
    } catch (error) {
      if (error instanceof PythonError) throw badRequest(`${error.kind}: ${error.message}`);
      throw error;
    }
    if (vectors.length !== inputs.length) {
      throw statusError(500, {
        message: `model '${this.name}' returned ${vectors.length} embeddings for ${inputs.length} inputs`,
      });
    }
    return { vectors, tokens };
  }
}

// [inputs, whether they are token ids]
function checkInput(input) {
  if (typeof input === "string") return checkInput([input]);
  const isInt = (x) => Number.isInteger(x);
  if (!Array.isArray(input) || input.length === 0) {
    throw badRequest("'input' must be a non-empty string or a non-empty array of strings", "input");
  }
  if (input.every((x) => typeof x === "string")) {
    // As OpenAI's API, and `ingot serve`, refuse it.
    if (input.includes("")) throw badRequest("'input' must not contain an empty string", "input");
    return [input, false];
  }
  if (input.every(isInt)) return [[input], true];
  if (input.every((row) => Array.isArray(row) && row.every(isInt))) return [input, true];
  throw badRequest("'input' must be a string, an array of strings, or arrays of token ids", "input");
}

// Matryoshka: the first `dimensions` values, L2-normalized again.
function truncate(vector, dimensions) {
  const head = vector.slice(0, dimensions);
  const norm = Math.sqrt(head.reduce((sum, x) => sum + x * x, 0));
  return norm > 0 ? head.map((x) => x / norm) : head;
}

function toBase64(values) {
  return Buffer.from(Float32Array.from(values).buffer).toString("base64");
}

// ---- The client ----------------------------------------------------------------------------

class Embeddings {
  constructor(client) {
    this._client = client;
  }

  // OpenAI's embeddings.create: `encoding_format` "float" (the default here) or "base64"
  // (little-endian float32); `dimensions` truncates and re-normalizes; other fields are the
  // function's own parameters (e.g. task: "query").
  async create(body) {
    const { model, input, encoding_format, dimensions, user, ...extra } = body ?? {};
    void user; // accepted, as OpenAI's API does, and not used
    if (
      encoding_format !== undefined &&
      encoding_format !== null &&
      encoding_format !== "float" &&
      encoding_format !== "base64"
    ) {
      throw badRequest("'encoding_format' must be 'float' or 'base64'", "encoding_format");
    }
    if (dimensions !== undefined && dimensions !== null && (!Number.isInteger(dimensions) || dimensions < 1)) {
      throw badRequest("'dimensions' must be an integer of at least 1", "dimensions");
    }
    const local = this._client._local(model);
    if (!local) return this._client._post("/embeddings", body);
    const [inputs, tokenInput] = checkInput(input);
    let { vectors, tokens } = await local.embed(inputs, tokenInput, extra);
    if (dimensions !== undefined && dimensions !== null) {
      const width = vectors.length ? vectors[0].length : 0;
      if (dimensions > width)
        throw badRequest(`'dimensions' is ${dimensions}, above the model's width ${width}`, "dimensions");
      vectors = vectors.map((v) => truncate(v, dimensions));
    }
    const data = vectors.map((vector, index) => ({
      object: "embedding",
      index,
      embedding: encoding_format === "base64" ? toBase64(vector) : Array.from(Float32Array.from(vector)),
    }));
    return { object: "list", data, model, usage: { prompt_tokens: tokens, total_tokens: tokens } };
  }
}

class Models {
  constructor(client) {
    this._client = client;
  }

  // The local models (the map, then the models folder), then the remote ones.
  async list() {
    const names = Object.keys(this._client._models);
    const folder = this._client.modelsDir;
    if (folder && fs.existsSync(folder)) {
      const found = fs
        .readdirSync(folder)
        .filter((entry) => entry.endsWith(".so"))
        .map((entry) => entry.slice(0, -3));
      for (const name of found.sort()) if (!names.includes(name)) names.push(name);
    }
    const data = names.map((id) => ({ id, object: "model", created: 0, owned_by: "ingot" }));
    if (this._client.baseURL) {
      const remote = await this._client._request("GET", "/models");
      for (const item of remote.data ?? []) if (!names.includes(item.id)) data.push(item);
    }
    return { object: "list", data };
  }
}

class OpenAI {
  constructor({ models = {}, modelsDir, baseURL, apiKey, timeout = 60000 } = {}) {
    this._models = { ...models };
    this.modelsDir = modelsDir ?? process.env.INGOT_MODELS ?? path.join(os.homedir(), ".ingot", "models");
    this.baseURL = baseURL ? baseURL.replace(/\/+$/, "") : null;
    this.apiKey = apiKey ?? null;
    this.timeout = timeout;
    this._loaded = new Map();
    this.embeddings = new Embeddings(this);
    this.models = new Models(this);
  }

  // The local model called `name`, loaded once; null when there is none here.
  _local(name) {
    if (typeof name !== "string" || !name) throw badRequest("'model' must be a non-empty string", "model");
    if (this._loaded.has(name)) return this._loaded.get(name);
    let target = this._models[name];
    if (target === undefined) {
      const candidate = path.join(this.modelsDir, `${name}.so`);
      if (name.includes("/") || !fs.existsSync(candidate)) {
        if (this.baseURL) return null;
        throw statusError(404, {
          message: `The model '${name}' does not exist: it is not in \`models\`, not ${candidate}, and no baseURL is set`,
          type: "invalid_request_error",
          param: "model",
          code: "model_not_found",
        });
      }
      target = candidate;
    }
    const local = new LocalModel(name, typeof target === "function" ? target : load(target));
    this._loaded.set(name, local);
    return local;
  }

  _post(route, body) {
    return this._request("POST", route, body);
  }

  async _request(method, route, body) {
    const headers = { "Content-Type": "application/json" };
    if (this.apiKey) headers.Authorization = `Bearer ${this.apiKey}`;
    let response;
    try {
      response = await fetch(this.baseURL + route, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.timeout),
      });
    } catch (error) {
      throw new APIConnectionError(`Connection error: ${error.cause?.message ?? error.message}`);
    }
    const text = await response.text();
    let parsed = null;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = null;
    }
    if (!response.ok)
      throw statusError(response.status, parsed?.error ?? { message: text || `HTTP ${response.status}` });
    return parsed;
  }
}

module.exports = {
  OpenAI,
  OpenAIError,
  APIError,
  APIConnectionError,
  BadRequestError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  UnprocessableEntityError,
  RateLimitError,
  InternalServerError,
};
