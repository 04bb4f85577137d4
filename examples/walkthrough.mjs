// The talk's walk-through in Node.js, on a compiled embedding function:
//   node examples/walkthrough.mjs MODEL.so [NAME]
// 1. load the library through FFI and call it; 2. the same through the OpenAI-style client;
// 3. rank documents by similarity to a query and print the best.
import { load, OpenAI } from "../clients/node/index.mjs";

const [artifact, name = "minilm"] = process.argv.slice(2);
const QUERY = "Which planet is known as the Red Planet?";
const DOCUMENTS = [
  "Venus is often called Earth's twin because of its similar size and proximity.",
  "Mars, known for its reddish appearance, is often referred to as the Red Planet.",
  "Jupiter, the largest planet in our solar system, has a prominent red spot.",
  "Saturn, famous for its rings, is sometimes mistaken for the Red Planet.",
];

// Step 1: the function itself, with its own named arguments.
const embed = load(artifact);
const input = embed.metadata.parameters[0].name;
const direct = embed({ [input]: [QUERY] });
const width = direct.shape ? direct.shape.at(-1) : direct[0].length;
console.log(`FFI: ${embed.metadata.name}(${input}=[query]) -> 1 x ${width}`);

// Step 2: OpenAI's API, answered by the same library.
const client = new OpenAI({ models: { [name]: artifact } });
const response = await client.embeddings.create({ model: name, input: [QUERY, ...DOCUMENTS] });
console.log(`client.embeddings.create: ${response.data.length} embeddings, usage ${JSON.stringify(response.usage)}`);

// Step 3: rank the documents by cosine similarity to the query.
const [query, ...documents] = response.data.map((d) => d.embedding);
const cosine = (a, b) => {
  let dot = 0,
    na = 0,
    nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i] * b[i];
    na += a[i] * a[i];
    nb += b[i] * b[i];
  }
  return dot / Math.sqrt(na * nb);
};
const ranked = documents.map((d, i) => [cosine(query, d), DOCUMENTS[i]]).sort((a, b) => b[0] - a[0]);
for (const [score, text] of ranked) console.log(`  ${score.toFixed(4)}  ${text}`);
console.log(`Best (Node.js): ${ranked[0][1]}`);
