import torch
import torch.nn.functional as F


def sweep(limit: int) -> list[torch.Tensor]:
    # Each mode over row lengths 1 to 5 and every pair of widths torch accepts there
    # (reflect: below the length; circular: up to what is kept), negative widths (crops) included.
    out = []
    for n in range(1, 6):
        rows = torch.arange(2 * n).reshape(2, n).float()
        for before in range(-n + 1, limit + 1):
            for after in range(-n + 1, limit + 1):
                if n + before + after < 1:
                    continue
                out.append(F.pad(rows, (before, after), value=-1.0))
                out.append(F.pad(rows, (before, after), mode="replicate"))
                if before < n and after < n:
                    out.append(F.pad(rows, (before, after), mode="reflect"))
                kept = n + min(before, 0) + min(after, 0)
                if before <= kept and after <= kept:
                    # (wider than what is kept, torch copies from memory it has not written)
                    out.append(F.pad(rows, (before, after), mode="circular"))
    return out


# inputs: {"limit": 6}
