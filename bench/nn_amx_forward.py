"""The model engine's AMX kernel on a model of EmbeddingGemma's size: a bidirectional Gemma 3
with EmbeddingGemma's layer sizes and random weights saved as bfloat16 (built live by
transformers; nothing downloaded), run by the engine with INGOT_MATMUL=auto (bf16 weights on
AMX where the CPU has it) and INGOT_MATMUL=float32 (the AVX-512/AVX2 kernel), each against
transformers in float32.

    python3 bench/nn_amx_forward.py [--layers N] [--repeats N]

Prints, for each mode, the median and min seconds of N forward passes of one padded batch
(timed inside the engine's driver, after one warm-up pass), and the worst row cosine and
largest absolute difference from transformers' last_hidden_state over the tokens the mask
keeps. The engine side is $INGOT_BUILD/tests/parity/nn_run (INGOT_BUILD defaults to build).
"""

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The parity tests' checkpoint builders and engine driver.
sys.path.insert(0, str(ROOT / "tests" / "parity" / "nn"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import numpy as np  # noqa: E402
import torch  # noqa: E402
from checkpoints import VOCAB_SIZE, _randomize_norms, write_tokenizer  # noqa: E402
from engine import Engine, row_cosines  # noqa: E402
from transformers import AutoModel, Gemma3TextConfig  # noqa: E402


def embeddinggemma_sized_config(layers: int) -> Gemma3TextConfig:
    # google/embeddinggemma-300m's sizes, with a small vocabulary (the embedding table is
    # not a matrix product).
    layer_types = [
        "full_attention" if (i + 1) % 6 == 0 else "sliding_attention" for i in range(layers)
    ]
    return Gemma3TextConfig(
        vocab_size=VOCAB_SIZE,
        hidden_size=768,
        intermediate_size=1152,
        num_hidden_layers=layers,
        num_attention_heads=3,
        num_key_value_heads=1,
        head_dim=256,
        query_pre_attn_scalar=256,
        sliding_window=512,
        layer_types=layer_types,
        rope_parameters={
            "sliding_attention": {"rope_type": "default", "rope_theta": 10_000.0},
            "full_attention": {"rope_type": "default", "rope_theta": 1_000_000.0},
        },
        max_position_embeddings=2048,
        use_bidirectional_attention=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--layers", type=int, default=24)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()

    rng = np.random.default_rng(6)
    lengths = [128, 96, 64, 40, 33, 17, 9, 120]
    ids = np.zeros((len(lengths), max(lengths)), dtype=np.int64)
    mask = np.zeros_like(ids)
    for row, n in enumerate(lengths):
        ids[row, :n] = rng.integers(5, VOCAB_SIZE, n)
        mask[row, :n] = 1

    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        torch.manual_seed(0)
        model = AutoModel.from_config(embeddinggemma_sized_config(args.layers))
        _randomize_norms(model)
        model.to(torch.bfloat16).save_pretrained(folder)
        write_tokenizer(folder)
        reference = AutoModel.from_pretrained(folder, dtype=torch.float32).eval()
        with torch.inference_mode():
            expected = reference(
                input_ids=torch.from_numpy(ids), attention_mask=torch.from_numpy(mask)
            ).last_hidden_state.numpy()
        kept = mask.astype(bool)
        print(f"{args.layers} layers, batch of {len(lengths)} ({kept.sum()} tokens), bf16 weights")
        for mode in ["auto", "float32"]:
            os.environ["INGOT_MATMUL"] = mode
            with Engine(folder) as engine:
                engine.encode(ids, mask)  # warm-up: packs the weights for AMX on first use
                ours = engine.encode(ids, mask, repeat=args.repeats)
                seconds = engine.last_reply["seconds"]
            cosines = row_cosines(ours[kept], expected[kept])
            diff = np.abs(ours[kept] - expected[kept]).max()
            print(
                f"INGOT_MATMUL={mode:8} median {statistics.median(seconds) * 1e3:8.1f} ms, "
                f"min {min(seconds) * 1e3:8.1f} ms; min cosine {cosines.min():.9f}, "
                f"max abs diff {diff:.3g}"
            )


if __name__ == "__main__":
    main()
