// The official openai npm package reading the answers of ingot's own Node.js client: the
// SDK's fetch is replaced by one that hands the SDK's request body to ingot's OpenAI client
// (answering from the artifact in-process) and returns its response as the HTTP answer, so
// that the SDK's own response handling and base64 decoding read it. The same calls go to a
// live `ingot serve` through the unmodified SDK.
//   node sdk_reads_local.mjs CLIENT_DIR ARTIFACT BASE_URL MODEL < texts.json
// prints {"float": {"local", "live"}, "default": {"local", "live"}}: what the SDK returned,
// embeddings as plain arrays, for encoding_format "float" and for its default (base64).
import OpenAI from "openai";
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";

const [clientDir, artifact, baseURL, model] = process.argv.slice(2);
const input = JSON.parse(readFileSync(0, "utf8"));
const ingot = createRequire(import.meta.url)(clientDir);
const localClient = new ingot.OpenAI({ models: { [model]: artifact } });

async function answerLocally(url, init) {
  const response = await localClient.embeddings.create(JSON.parse(init.body));
  return new Response(JSON.stringify(response), {
    status: 200,
    headers: { "content-type": "application/json" },
  });
}

const options = { baseURL, apiKey: "unused", maxRetries: 0 };
const throughLocal = new OpenAI({ ...options, fetch: answerLocally });
const live = new OpenAI(options);
const plain = (response) => ({
  ...response,
  data: response.data.map((item) => ({ ...item, embedding: Array.from(item.embedding) })),
});

const out = {};
for (const [path, format] of [
  ["float", { encoding_format: "float" }],
  ["default", {}],
]) {
  out[path] = {
    local: plain(await throughLocal.embeddings.create({ model, input, ...format })),
    live: plain(await live.embeddings.create({ model, input, ...format })),
  };
}
console.log(JSON.stringify(out));
