# Arrays as fields of NamedTuples and dataclasses: their repr shows each array as its own
# library prints it, and == compares the fields as Python's tuples do (the same array is
# equal to itself; one-element arrays compare by value).
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
import torch


class Pair(NamedTuple):
    left: torch.Tensor
    right: int


@dataclass
class Box:
    name: str
    values: np.ndarray


def records(x: list[float]) -> list[str]:
    t = torch.tensor(x)
    p = Pair(t, 2)
    box = Box("b", np.array(x) * 2)
    one = torch.tensor([x[0]])
    return [
        repr(p),
        str(p.right),
        str(p == p),
        str(p == Pair(t, 3)),
        str(Pair(one, 1) == Pair(one.clone(), 1)),
        repr(box),
        str(box == box),
        str([box]),
    ]


# inputs: {"x": [1.0, 2.5, -3.0]}
# inputs: {"x": [0.0]}
