import contextlib

import torch


@torch.inference_mode()
def scores(words: list[str]) -> list[int]:
    out = []
    with torch.no_grad():
        for w in words:
            out.append(len(w))
    with torch.inference_mode(), contextlib.nullcontext():
        out.append(sum(out))
    return out


# inputs: {"words": ["a", "bcd", ""]}
# inputs: {"words": []}
