import torch
import torch.nn.functional as F


def refused(t: torch.Tensor, mode: str, sides: int) -> str:
    # torch's message for a rank the mode does not pad spans several lines: compared whole.
    pad = [1] * sides
    try:
        F.pad(t, pad, mode=mode)
    except NotImplementedError as e:
        return str(e)
    return "padded"


# inputs: {"t": [1.0, 2.0, 3.0], "mode": "reflect", "sides": 2}
# inputs: {"t": [[1.0, 2.0], [3.0, 4.0]], "mode": "replicate", "sides": 4}
# inputs: {"t": [[[[[1.0]]]]], "mode": "circular", "sides": 2}
# inputs: {"t": [[1.0, 2.0], [3.0, 4.0]], "mode": "circular", "sides": 2}
# inputs: {"t": [[1.0, 2.0], [3.0, 4.0]], "mode": "reflect", "sides": 6}
