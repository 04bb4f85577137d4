"""The compiled all-MiniLM-L6-v2 functions against sentence-transformers on torch, end to end
(tokenizing included), side by side in one run: sentences per second at batch 32, the
artifact's size and its cold start (load plus first call, in a fresh process).

    python3 bench/minilm_compiled.py [--repeats N]

Compiles examples/minilm.py (SentenceTransformer.encode) and examples/minilm_automodel.py
(AutoModel with mean pooling in torch) with $INGOT_BUILD/ingot (default build/).
"""

import argparse
import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD = Path(os.environ.get("INGOT_BUILD", "build"))
INGOT = (BUILD if BUILD.is_absolute() else ROOT / BUILD) / "ingot"
os.environ.setdefault("HF_HUB_OFFLINE", "1")
sys.path.insert(0, str(ROOT / "clients" / "python"))

SENTENCES = [
    "A man is eating food.",
    "The quick brown fox jumps over the lazy dog near the riverbank this morning.",
    "Sentence embeddings map text to dense vectors for semantic search.",
    "Il pleut des cordes à Paris depuis ce matin, et personne n'a pris de parapluie.",
] * 8  # 32

COLD_START = """
import sys, time
t0 = time.perf_counter()
sys.path.insert(0, {clients!r})
import ingot
f = ingot.load({so!r})
t1 = time.perf_counter()
f(["A man is eating food."])
t2 = time.perf_counter()
print(t1 - t0, t2 - t1)
"""


def seconds(embed, repeats):
    """The median time of embed(SENTENCES), after one warm-up call."""
    embed(SENTENCES)
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        embed(SENTENCES)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeats", type=int, default=10)
    args = parser.parse_args()
    import ingot
    import torch

    out = Path(tempfile.mkdtemp(prefix="ingot-bench-"))
    print(f"torch threads: {torch.get_num_threads()}, batch {len(SENTENCES)}")
    for name in ["minilm", "minilm_automodel"]:
        source = ROOT / "examples" / f"{name}.py"
        so = out / f"{name}.so"
        subprocess.run(
            [INGOT, "compile", source, "--entry", "embed", "-o", so, "-q"]
            + ["--python", sys.executable],
            check=True,
        )
        cold = subprocess.run(
            [
                sys.executable,
                "-c",
                COLD_START.format(clients=str(ROOT / "clients/python"), so=str(so)),
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        spec = importlib.util.spec_from_file_location(f"bench_{name}", source)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        compiled = ingot.load(str(so))
        ours = seconds(compiled, args.repeats)
        with torch.inference_mode():
            theirs = seconds(module.embed, args.repeats)
        n = len(SENTENCES)
        print(
            f"{name}: compiled {n / ours:.0f} sentences/s, CPython (torch) {n / theirs:.0f}"
            f" sentences/s, ratio {theirs / ours:.2f}; artifact {so.stat().st_size / 1e6:.1f} MB;"
            f" cold start: load {float(cold[0]) * 1e3:.1f} ms + first call"
            f" {float(cold[1]) * 1e3:.1f} ms"
        )


if __name__ == "__main__":
    main()
