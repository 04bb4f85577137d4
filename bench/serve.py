"""`ingot serve` under load: throughput and latency against the same artifact in-process.

    python3 bench/serve.py [ARTIFACT.so] [--requests 10000] [--texts 8] [--threads N]

(default artifact: tests/server/functions/hashed_ngrams.py compiled with $INGOT_BUILD/ingot,
INGOT_BUILD defaulting to build)

Starts `ingot serve` on a free loopback port and, at concurrency 1, 8 and 32, sends
--requests POST /v1/embeddings requests of --texts short texts each from that many client
threads (http.client, one keep-alive connection per thread), checking every answer against
the first one for the same body. Prints requests/s and p50/p99 latency, and the ratio of
the server's throughput to the in-process throughput of the same artifact called through
the Python client (`ingot.load`) on the same texts: the server's overhead. This is the
10,000-request load run of issue 7; tests/server runs a 2,000-request one.

The client is Python: at high concurrency its GIL, not the server, may be the limit.
"""

import argparse
import concurrent.futures
import http.client
import json
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


def texts_for(index, count):
    return [
        f"sentence {index}.{j}: the quick brown fox jumps over the lazy dog" for j in range(count)
    ]


def start_server(ingot_binary, artifact, threads):
    command = [str(ingot_binary), "serve", str(artifact), "--port", "0"]
    if threads:
        command += ["--threads", str(threads)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    line = process.stdout.readline()
    if "listening on " not in line:
        process.kill()
        sys.exit(f"ingot serve did not start: {line}")
    return process, int(line.rsplit(":", 1)[1])


def run_load(port, model, requests, concurrency, texts):
    bodies = [
        json.dumps({"model": model, "input": texts_for(i % 64, texts), "encoding_format": "float"})
        for i in range(requests)
    ]
    latencies, answers = [], {}
    errors = 0

    def client(worker):
        """This client's latencies and how many of its answers were wrong."""
        wrong = 0
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        mine = []
        for index in range(worker, requests, concurrency):
            started = time.perf_counter()
            connection.request(
                "POST", "/v1/embeddings", bodies[index], {"Content-Type": "application/json"}
            )
            response = connection.getresponse()
            payload = response.read()
            mine.append(time.perf_counter() - started)
            key = index % 64
            data = json.loads(payload)["data"] if response.status == 200 else None
            if data is None or answers.setdefault(key, data) != data:
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
    return requests / elapsed, quantiles[49] * 1e3, quantiles[98] * 1e3, errors


def in_process_rate(artifact, requests, texts):
    function = ingot.load(artifact)
    batches = [texts_for(i % 64, texts) for i in range(requests)]
    started = time.perf_counter()
    for batch in batches:
        function(batch)
    return requests / (time.perf_counter() - started)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("artifact", nargs="?")
    parser.add_argument("--requests", type=int, default=10_000)
    parser.add_argument("--texts", type=int, default=8)
    parser.add_argument("--threads", type=int, default=0, help="server workers (default: cores)")
    args = parser.parse_args()

    build = pathlib.Path(os.environ.get("INGOT_BUILD", "build"))
    ingot_binary = (build if build.is_absolute() else ROOT / build) / "ingot"
    with tempfile.TemporaryDirectory() as scratch:
        artifact = args.artifact
        if artifact is None:
            artifact = pathlib.Path(scratch) / "hashed_ngrams.so"
            source = ROOT / "tests" / "server" / "functions" / "hashed_ngrams.py"
            subprocess.run(
                [str(ingot_binary), "compile", str(source), "-o", str(artifact), "-q"], check=True
            )
        model = pathlib.Path(artifact).stem
        baseline = in_process_rate(artifact, args.requests, args.texts)
        print(f"in-process (ingot.load, one thread): {baseline:,.0f} requests/s")
        process, port = start_server(ingot_binary, artifact, args.threads)
        try:
            print("concurrency  requests/s   p50 ms   p99 ms  errors  server/in-process")
            for concurrency in (1, 8, 32):
                rate, p50, p99, errors = run_load(
                    port, model, args.requests, concurrency, args.texts
                )
                print(
                    f"{concurrency:>11}  {rate:>10,.0f}  {p50:>7.2f}  {p99:>7.2f}  {errors:>6}"
                    f"  {rate / baseline:>17.2f}"
                )
        finally:
            process.terminate()
            process.wait()


if __name__ == "__main__":
    main()
