// Calls `ingot serve` with the official openai npm package, the way any Node.js app does.
//   node embed.mjs BASE_URL MODEL < texts.json
// prints {"default": [...], "float": [...]}: the embeddings through the SDK's default
// (base64) path and through encoding_format "float".
import OpenAI from "openai";
import { readFileSync } from "node:fs";

const [baseURL, model] = process.argv.slice(2);
const input = JSON.parse(readFileSync(0, "utf8"));
const client = new OpenAI({ baseURL, apiKey: "unused", maxRetries: 0 });

const viaDefault = await client.embeddings.create({ model, input });
const viaFloat = await client.embeddings.create({ model, input, encoding_format: "float" });
const vectors = (response) => response.data.map((item) => Array.from(item.embedding));
console.log(JSON.stringify({ default: vectors(viaDefault), float: vectors(viaFloat) }));
