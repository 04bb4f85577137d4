"""Per-call overhead of each client over a direct C call through the ABI, side by side in
one run: a trivial function (tests/unit/abi_artifacts add) and a batch of 32 embeddings
(examples/minilm.py compiled).

    python bench/client_overhead.py MINILM.so [ADD.so]

Medians of many calls. Rows: the C floor (bench/client_overhead_c.c, built here with cc),
the Python client (`ingot.load`), the Node.js client — each the time spent outside the
compiled function (wall time less the call's own latency_ns, so the model's noise cancels)
— and the OpenAI-style clients' whole calls, for scale.
"""

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

TEXTS = [f"Sentence number {i} about the planets of the solar system." for i in range(32)]

NODE = """
const { load, OpenAI } = require(process.argv[1]);
const [path, argsJson, calls, openai] = process.argv.slice(2);
const f = load(path);
const args = JSON.parse(argsJson);
const client = new OpenAI({ models: { m: f } });
(async () => {
  const times = [];
  for (let i = 0; i < Number(calls); i++) {
    const start = process.hrtime.bigint();
    let inside = 0;
    if (openai === "1") await client.embeddings.create({ model: "m", input: args.texts });
    else inside = f.callWithStats(args).stats.latencyNs;
    times.push(Number(process.hrtime.bigint() - start) - inside);
  }
  times.sort((a, b) => a - b);
  console.log(times[times.length >> 1]);
})();
"""


def median_ns(function, calls):
    """Median wall time of a call, less the function's own time when it reports it (a
    Stats), so that only the client's share is left."""
    times = []
    for _ in range(calls):
        start = time.perf_counter_ns()
        result = function()
        inside = result[1].latency_ns if isinstance(result, tuple) else 0
        times.append(time.perf_counter_ns() - start - inside)
    return statistics.median(times)


def c_floor(artifact, args, calls, workdir):
    binary = workdir / "client_overhead_c"
    if not binary.exists():
        subprocess.run(
            [
                "cc",
                "-O2",
                "-I",
                str(ROOT),
                str(ROOT / "bench" / "client_overhead_c.c"),
                "-o",
                str(binary),
                "-ldl",
            ],
            check=True,
        )
    args_file = workdir / "args.json"
    args_file.write_text(json.dumps(args))
    out = subprocess.run(
        [str(binary), str(artifact), str(args_file), str(calls)],
        check=True,
        capture_output=True,
        text=True,
    )
    return float(out.stdout)


def node(artifact, args, calls, openai):
    out = subprocess.run(
        [
            "node",
            "-e",
            NODE,
            str(ROOT / "clients" / "node"),
            str(artifact),
            json.dumps(args),
            str(calls),
            "1" if openai else "0",
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    return float(out.stdout)


def report(title, rows):
    """Each row: the time a call spends outside the compiled function (wall less its own
    latency_ns); the OpenAI-style clients' rows are whole calls (they add the response)."""
    floor = rows[0][1]
    print(f"\n{title}")
    for name, ns in rows:
        print(f"  {name:34s} {ns / 1000:10.1f} us   over C {(ns - floor) / 1000:10.1f} us")


def main():
    build = pathlib.Path(os.environ.get("INGOT_BUILD", "build"))
    minilm = pathlib.Path(sys.argv[1])
    add = pathlib.Path(sys.argv[2]) if len(sys.argv) > 2 else build / "tests/artifacts/abi_add.so"
    with tempfile.TemporaryDirectory() as tmp:
        workdir = pathlib.Path(tmp)
        f = ingot.load(add)
        trivial = {"a": 1, "b": 2}
        report(
            "trivial add(a, b), 20,000 calls",
            [
                ("C (ingot_call)", c_floor(add, trivial, 20_000, workdir)),
                ("Python ingot.load", median_ns(lambda: f.call_with_stats(1, 2), 20_000)),
                ("Node.js load", node(add, trivial, 20_000, False)),
            ],
        )
        embed = ingot.load(minilm)
        client = ingot.OpenAI(models={"m": embed})
        batch = {"texts": TEXTS}
        report(
            "32 embeddings (MiniLM), 15 calls",
            [
                ("C (ingot_call)", c_floor(minilm, batch, 15, workdir)),
                ("Python ingot.load", median_ns(lambda: embed.call_with_stats(TEXTS), 15)),
                (
                    "Python OpenAI client",
                    median_ns(lambda: client.embeddings.create(model="m", input=TEXTS), 15),
                ),
                ("Node.js load", node(minilm, batch, 15, False)),
                ("Node.js OpenAI client", node(minilm, batch, 15, True)),
            ],
        )


if __name__ == "__main__":
    main()
