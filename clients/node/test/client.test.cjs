"use strict";
// The Node.js client against compiled artifacts. Run by tests/clients/node (pytest), which
// compiles the artifacts and writes what the Python client and CPython give for the same
// calls into $INGOT_NODE_EXPECTED; run alone, it needs those variables set the same way.

const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const http = require("node:http");
const path = require("node:path");
const ingot = require("..");

const expected = JSON.parse(fs.readFileSync(process.env.INGOT_NODE_EXPECTED, "utf8"));
const artifacts = process.env.INGOT_NODE_ARTIFACTS;
const modelsDir = process.env.INGOT_NODE_MODELS;
const artifact = (name) => path.join(artifacts, `abi_${name}.so`);
const f32 = (values) => Array.from(Float32Array.from(values));

test("calls with named arguments and defaults", () => {
  const greet = ingot.load(artifact("greet"));
  assert.equal(greet.metadata.name, "greet");
  assert.equal(greet({ name: "Ada", times: 2 }), expected.greet);
  greet.close();
  assert.throws(() => greet({ name: "Ada" }), /closed/);
});

test("every value kind round-trips through the kitchen artifact", () => {
  const kitchen = ingot.load(artifact("kitchen"));
  const result = kitchen({
    count: 3,
    ratio: 0.5,
    flag: true,
    name: "Ada",
    raw: Buffer.from([0, 255]),
    xs: [1, 2],
    weights: { w: 1, v: 2.5 },
    tags: ["b"],
    pair: [7, "seven"],
    mode: "echo",
  });
  assert.deepEqual(result.slice(0, 4), [3, 0.5, true, "Ada"]);
  assert.deepEqual(result[4], Buffer.from([0, 255]));
  assert.deepEqual(result.slice(5), [[1, 2], { w: 1, v: 2.5 }, ["b"], [7, "seven"], null, 0]);
  assert.equal(kitchen({ ...baseKitchen(), name: "a\u0000é😀" })[3], "a\u0000é😀");
  assert.equal(kitchen({ ...baseKitchen(), count: 2n ** 62n })[0], 2n ** 62n);
  assert.throws(() => kitchen({ ...baseKitchen(), count: 2n ** 64n }), RangeError);
});

function baseKitchen() {
  return {
    count: 3,
    ratio: 0.5,
    flag: true,
    name: "Ada",
    raw: Buffer.alloc(0),
    xs: [],
    weights: {},
    tags: [],
    pair: [1, "x"],
    mode: "echo",
  };
}

test("errors carry the Python kind, message and ancestry", () => {
  const greet = ingot.load(artifact("greet"));
  const error = (() => {
    try {
      greet({ name: 3 });
    } catch (e) {
      return e;
    }
  })();
  assert.ok(error instanceof ingot.PythonError);
  assert.ok(error instanceof ingot.errorClass("TypeError"));
  assert.ok(error instanceof ingot.errorClass("Exception"));
  assert.equal(error.kind, "TypeError");
  assert.equal(error.message, expected.greet_type_error);
  assert.throws(() => greet("Ada"), /one object of named arguments/);
  assert.throws(
    () => greet({ name: "Ada", extra: 1 }),
    (e) => e.kind === "TypeError",
  );
});

test("tensors go in and come out with their dtype and shape", () => {
  const echo = ingot.load(artifact("tensor_echo"));
  const data = new Float32Array([1, 2, 3, 4, 5, 6]);
  const out = echo({ x: { data, shape: [2, 3] }, mode: "same" });
  assert.equal(out.dtype, "float32");
  assert.deepEqual(out.shape, [2, 3]);
  assert.deepEqual(Array.from(out.data), Array.from(data));
  const transposed = echo({ x: { data, shape: [2, 3] }, mode: "transpose" });
  assert.deepEqual(transposed.shape, [3, 2]);
  assert.deepEqual(Array.from(transposed.data), [1, 4, 2, 5, 3, 6]);
  const half = echo({ x: { data, shape: [2, 3] }, mode: "half" });
  assert.equal(half.dtype, "float16");
  assert.ok(half.data instanceof Uint16Array);
  const ints = echo({ x: { data: new BigInt64Array([1n, -2n]), shape: [2] }, mode: "same" });
  assert.equal(ints.dtype, "int64");
  assert.deepEqual(Array.from(ints.data), [1n, -2n]);
  const bytes = new Int8Array([-128, 127, -1, 5]);
  const int8 = echo({ x: { data: bytes, shape: [2, 2] }, mode: "same" });
  assert.equal(int8.dtype, "int8");
  assert.ok(int8.data instanceof Int8Array);
  assert.deepEqual(Array.from(int8.data), [-128, 127, -1, 5]);
  const int8Sums = echo({ x: { data: bytes, shape: [2, 2] }, mode: "sum" });
  assert.equal(int8Sums.dtype, "int64");
  assert.deepEqual(Array.from(int8Sums.data), [-129n, 132n]);
  const empty = echo({ x: { data: new Float64Array(0), shape: [0, 4] }, mode: "sum" });
  assert.deepEqual([empty.shape, Array.from(empty.data)], [[4], [0, 0, 0, 0]]);
  assert.throws(() => echo({ x: { data, shape: [4, 2] }, mode: "same" }), RangeError);
  assert.throws(() => echo({ x: { data, shape: [2, 3] }, mode: "nope" }), ingot.errorClass("ValueError"));
});

test("a generator is an async iterator; an early return frees it", async () => {
  const countdown = ingot.load(artifact("countdown"));
  const items = [];
  for await (const item of countdown({ n: 3 })) items.push(item);
  assert.deepEqual(items, expected.countdown);
  for await (const item of countdown({ n: 100 })) {
    assert.equal(item, expected.countdown_first_of_100);
    break;
  }
});

test("fn.async runs the call off the event loop and gives what the call gives", async () => {
  const greet = ingot.load(artifact("greet"));
  assert.equal(await greet.async({ name: "Ada", times: 2 }), expected.greet);
  await assert.rejects(greet.async({ name: 3 }), ingot.errorClass("TypeError"));
  const { result, stats } = await greet.callWithStats.async({ name: "Ada", times: 2 });
  assert.equal(result, expected.greet);
  assert.ok(stats.latencyNs > 0);
  const items = [];
  for await (const item of await ingot.load(artifact("countdown")).async({ n: 3 })) items.push(item);
  assert.deepEqual(items, expected.countdown);

  // A call long enough to see: timers keep firing while it runs (a blocking call would
  // resolve before any could).
  const embed = ingot.load(path.join(modelsDir, "hashed.so"));
  const texts = Array.from({ length: 400 }, (_, i) => `text ${i} `.repeat(200));
  const blocking = embed({ texts });
  let ticks = 0;
  const timer = setInterval(() => (ticks += 1), 1);
  const offThread = await embed.async({ texts });
  clearInterval(timer);
  assert.ok(ticks > 0, "no timer fired during the async call");
  assert.deepEqual(offThread, blocking);
  // Closing while a call is in flight frees the instance after it, not under it.
  const pending = embed.async({ texts });
  embed.close();
  assert.deepEqual(await pending, blocking);
  assert.throws(() => embed({ texts }), /closed/);
});

test("OpenAI-style client: embeddings equal CPython's, in float and base64", async () => {
  const client = new ingot.OpenAI({ modelsDir });
  const floats = await client.embeddings.create({ model: "hashed", input: expected.texts });
  assert.equal(floats.object, "list");
  assert.equal(floats.model, "hashed");
  assert.deepEqual(
    floats.data.map((d) => d.index),
    expected.texts.map((_, i) => i),
  );
  assert.deepEqual(
    floats.data.map((d) => d.embedding),
    expected.embed.map(f32),
  );
  const packed = await client.embeddings.create({ model: "hashed", input: expected.texts, encoding_format: "base64" });
  for (const [i, d] of packed.data.entries()) {
    const raw = Buffer.from(d.embedding, "base64");
    assert.deepEqual(Array.from(new Float32Array(raw.buffer, raw.byteOffset, raw.length / 4)), f32(expected.embed[i]));
  }
  const query = await client.embeddings.create({ model: "hashed", input: expected.texts, task: "query" });
  assert.deepEqual(
    query.data.map((d) => d.embedding),
    expected.embed_query.map(f32),
  );
  const one = await client.embeddings.create({ model: "hashed-one", input: expected.texts[0] });
  assert.deepEqual(one.data[0].embedding, f32(expected.embed_one));
  assert.equal(one.usage.prompt_tokens, expected.tokens);
});

test("OpenAI-style client: dimensions, bad input and unknown models", async () => {
  const client = new ingot.OpenAI({ modelsDir });
  const cut = await client.embeddings.create({ model: "hashed", input: expected.texts[0], dimensions: 5 });
  const head = f32(expected.embed[0]).slice(0, 5);
  const norm = Math.hypot(...head);
  cut.data[0].embedding.forEach((x, i) => assert.ok(Math.abs(x - Math.fround(head[i] / norm)) < 1e-6));
  for (const dimensions of [0, 17, 2.5]) {
    await assert.rejects(client.embeddings.create({ model: "hashed", input: "x", dimensions }), ingot.BadRequestError);
  }
  for (const input of [[], 3, null, ["a", 1], "", ["a", ""]]) {
    await assert.rejects(client.embeddings.create({ model: "hashed", input }), ingot.BadRequestError);
  }
  await assert.rejects(client.embeddings.create({ model: "hashed", input: [[1, 2]] }), /takes text/);
  await assert.rejects(
    client.embeddings.create({ model: "hashed", input: "x", task: "summarize" }),
    (e) => e instanceof ingot.BadRequestError && /ValueError/.test(e.message),
  );
  await assert.rejects(
    client.embeddings.create({ model: "nowhere", input: "x" }),
    (e) => e instanceof ingot.NotFoundError && e.status === 404,
  );
  const listed = await client.models.list();
  assert.deepEqual(
    listed.data.map((m) => m.id),
    ["hashed", "hashed-one", "ids"],
  );
});

test("OpenAI-style client: hybrid, a remote baseURL answers the models not here", async () => {
  const server = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      const send = (status, value) => {
        response.writeHead(status, { "Content-Type": "application/json" });
        response.end(JSON.stringify(value));
      };
      if (request.headers.authorization !== "Bearer sk-test")
        return send(401, { error: { message: "bad key", type: "auth" } });
      if (request.method === "GET")
        return send(200, { object: "list", data: [{ id: "remote", object: "model", created: 1, owned_by: "t" }] });
      const parsed = JSON.parse(body);
      if (parsed.model !== "remote") return send(404, { error: { message: "no model", code: "model_not_found" } });
      send(200, {
        object: "list",
        model: "remote",
        usage: { prompt_tokens: 7, total_tokens: 7 },
        data: [{ object: "embedding", index: 0, embedding: [0.5, parsed.task === "query" ? 1 : 0] }],
      });
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const baseURL = `http://127.0.0.1:${server.address().port}/v1`;
  try {
    const client = new ingot.OpenAI({ modelsDir, baseURL, apiKey: "sk-test" });
    const far = await client.embeddings.create({ model: "remote", input: "x", task: "query" });
    assert.deepEqual(far.data[0].embedding, [0.5, 1]);
    assert.equal(far.usage.prompt_tokens, 7);
    assert.equal((await client.embeddings.create({ model: "hashed", input: "x" })).model, "hashed");
    assert.equal((await client.models.list()).data.at(-1).id, "remote");
    await assert.rejects(client.embeddings.create({ model: "nowhere", input: "x" }), ingot.NotFoundError);
    const wrongKey = new ingot.OpenAI({ modelsDir, baseURL, apiKey: "sk-bad" });
    await assert.rejects(wrongKey.embeddings.create({ model: "remote", input: "x" }), ingot.AuthenticationError);
  } finally {
    server.close();
  }
  const unreachable = new ingot.OpenAI({ modelsDir, baseURL: "http://127.0.0.1:9/v1", timeout: 2000 });
  await assert.rejects(unreachable.embeddings.create({ model: "elsewhere", input: "x" }), ingot.APIConnectionError);
});

test("ESM import gives the same exports", async () => {
  const esm = await import("../index.mjs");
  assert.equal(esm.load, ingot.load);
  assert.equal(esm.OpenAI, ingot.OpenAI);
});
