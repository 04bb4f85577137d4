import torch
import torch.nn.functional as F


def modes(t: torch.Tensor, before: int, after: int) -> list[torch.Tensor]:
    out = []
    for mode in ["reflect", "replicate", "circular"]:
        out.append(F.pad(t, (before, after), mode=mode))
        out.append(F.pad(t.float(), (after, before), mode))
        out.append(F.pad(t.to(torch.uint8), (before, 0), mode=mode))
        out.append(F.pad(t.half(), (0, after), mode=mode, value=0.0))
        out.append(F.pad(t.to(torch.bfloat16), (after, 0), mode=mode))
        out.append(F.pad(t.to(torch.int32), (before, after), mode=mode))
        out.append(F.pad(t.double(), (after, before), mode=mode))
        out.append(F.pad(t.unsqueeze(0), (before, after), mode=mode))
        out.append(F.pad(t.unsqueeze(0), (before, after, 1, 0), mode=mode))
        out.append(F.pad(t.unsqueeze(0).unsqueeze(0), (after, before, 0, 1), mode=mode))
        out.append(F.pad(t.unsqueeze(0).unsqueeze(0), (1, 0, after, before, 0, 0), mode=mode))
        out.append(F.pad(t, (-1, after), mode=mode))
    out.append(F.pad(t > 2, (before, after), mode="circular"))
    return out


# inputs: {"t": [[1, 2, 3, 4], [5, 6, 7, 8]], "before": 2, "after": 1}
# inputs: {"t": [[1, 2, 3, 4], [5, 6, 7, 8]], "before": 0, "after": 0}
# inputs: {"t": [[1, 2, 3], [4, 5, 6], [7, 8, 9]], "before": 1, "after": 2}
# inputs: {"t": [[1.5, 2.5], [3.5, 4.5]], "before": 1, "after": 1}
