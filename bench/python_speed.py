"""How ingot's compiled code compares in speed with CPython on string-and-list-heavy
functions (bench/functions/), side by side in one run.

    python3 bench/python_speed.py [--repeat N]

Each function is compiled with `ingot compile`, then called on the same generated inputs
in CPython and through the Python client. Printed per function: CPython's time, the
compiled call's time as the client sees it (argument conversion included), the time
inside the artifact (its own latency stat: the work without the client), min and median
over the repeats, and the speedups over CPython (medians). Results are checked equal.
"""

import argparse
import importlib.util
import os
import pathlib
import random
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "clients" / "python"))

import ingot  # noqa: E402

WORDS = (
    "the red planet mars is known for its iron oxide dust while venus is hot and earth "
    "holds oceans of water; jupiter, saturn, uranus and neptune are giants! embeddings "
    "map text to vectors so that similar meaning lands nearby."
).split()


def documents(count: int, length: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(WORDS) for _ in range(length)) for _ in range(count)]


def workloads() -> dict[str, dict]:
    docs = documents(400, 120)
    return {
        "chunk_text": {"docs": docs, "size": 32, "overlap": 8},
        "bm25_rank": {"query": "red planet iron dust", "docs": docs},
        "format_prompts": {"texts": docs[:150], "task": "query", "n": 3},
    }


def load_python(path: pathlib.Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return getattr(module, path.stem)


def timed(function, kwargs, repeat: int) -> tuple[list[float], object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function(**kwargs)
        times.append(time.perf_counter() - start)
    return times, result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=15)
    options = parser.parse_args()
    binary = ROOT / os.environ.get("INGOT_BUILD", "build") / "ingot"
    print(f"python {sys.version.split()[0]}, {options.repeat} repeats; times in ms (min / median)")
    print(
        f"{'function':16s} {'CPython':>17s} {'ingot (client)':>17s} {'ingot (inside)':>17s}"
        f" {'speedup client':>15s} {'speedup inside':>15s}"
    )
    with tempfile.TemporaryDirectory() as folder:
        for name, kwargs in workloads().items():
            source = ROOT / "bench" / "functions" / f"{name}.py"
            artifact = pathlib.Path(folder) / f"{name}.so"
            subprocess.run([binary, "compile", source, "-o", artifact, "-q"], check=True)
            python_function = load_python(source)
            compiled = ingot.load(artifact)
            cpython, expected = timed(python_function, kwargs, options.repeat)
            client, got = timed(compiled, kwargs, options.repeat)
            if got != expected:
                raise SystemExit(f"{name}: the compiled result differs from CPython's")
            inside = [
                compiled.call_with_stats(**kwargs)[1].latency_ns / 1e9
                for _ in range(options.repeat)
            ]

            def cell(times):
                return f"{min(times) * 1e3:7.2f} / {statistics.median(times) * 1e3:7.2f}"

            ratio_client = statistics.median(cpython) / statistics.median(client)
            ratio_inside = statistics.median(cpython) / statistics.median(inside)
            print(
                f"{name:16s} {cell(cpython):>17s} {cell(client):>17s} {cell(inside):>17s}"
                f" {ratio_client:14.1f}x {ratio_inside:14.1f}x"
            )


if __name__ == "__main__":
    main()
