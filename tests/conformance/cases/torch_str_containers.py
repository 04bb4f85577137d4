# Tensors inside a printed value print as torch prints them: a list, a tuple, a dict, an
# Optional and a dataclass holding tensors, through str, repr and f-strings.
from dataclasses import dataclass
from typing import Optional

import torch


@dataclass
class Scored:
    label: str
    scores: torch.Tensor


def texts(x: torch.Tensor, scale: float) -> list[str]:
    f = x.float() * scale
    rows: list[torch.Tensor] = [f, f.long(), f > 0]
    maybe: Optional[torch.Tensor] = f if scale > 0 else None
    by_name: dict[str, torch.Tensor] = {"f": f, "half": f / 2}
    return [
        str(rows),
        repr(rows),
        str((f, "x", 3)),
        str(by_name),
        str(maybe),
        f"{rows}",
        f"rows: {[f.sum(), f.mean()]}",
        str([[f[0]], []]),
        str(Scored("a", f)),
        repr([Scored("c", f.double())]),
        str([Scored("b", f * 2)]),
    ]


# inputs: {"x": [[1.0, 2.0], [3.0, 4.0]], "scale": 1.5}
# inputs: {"x": [[0.5, -1.25, 1e-5], [100.0, 0.0, -7.0]], "scale": 0.0}
# inputs: {"x": [[1e9, 2.5]], "scale": -3.0}
