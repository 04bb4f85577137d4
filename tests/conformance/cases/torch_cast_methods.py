import torch

# torch's one-dtype conversion methods: float, double, half, bfloat16, long, int, bool,
# char (int8) and byte (uint8), printed with torch's dtype suffixes.


def casts(values: list[float]) -> str:
    t = torch.tensor(values)
    lines = [
        str(t.float()) + str(t.double()) + str(t.half()) + str(t.bfloat16()),
        str(t.long()) + str(t.int()) + str(t.bool()) + str(t.char()) + str(t.byte()),
        str(t.bfloat16().float()) + str(t.abs().byte().dtype) + str(t.char().dtype),
    ]
    return "\n".join(lines)


# inputs: {"values": [0.5, -1.25, 3.0, 100.7, 0.0]}
# inputs: {"values": [1e-3, 2.0, -7.9]}
