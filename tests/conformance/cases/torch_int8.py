import torch


def torch_int8(x: torch.Tensor) -> list[str]:
    a = x.to(torch.int8)
    b = torch.tensor([1, -2, 3, -4], dtype=torch.int8)
    items: list[int] = a.tolist()
    return [
        repr(a),
        str(a.dtype),
        repr(x.char()),
        repr(a + b),
        repr(a * b),
        repr(a * 3),
        repr(a + 300),
        repr(-a),
        repr(a // 3),
        repr(a ^ b),
        repr(a.sum()),
        str(a.sum().dtype),
        repr(a.max()),
        repr(a.float() / 2),
        repr(a / 2),
        repr(a.to(torch.float32).to(torch.int8)),
        repr(torch.sort(a).values),
        str(items),
        repr(a == b),
    ]


# inputs: {"x": [100, -100, 127, -128]}
# inputs: {"x": [5, 0, -1, 50]}
