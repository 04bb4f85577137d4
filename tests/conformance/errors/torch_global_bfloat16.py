# expect-compile-error: its dtype torch.bfloat16 has no .npy form to embed
# expect-line: 6
# A module-level bfloat16 tensor has no .npy form: a compile error at its line.
import torch

WEIGHTS = torch.ones(2, 3, dtype=torch.bfloat16)


def total() -> float:
    return float(WEIGHTS.float().sum())
