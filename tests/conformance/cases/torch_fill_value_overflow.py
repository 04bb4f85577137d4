import torch


# A fill value torch cannot convert to the tensor's dtype is its RuntimeError, whichever op
# fills: masked_fill, fill_, full, full_like, new_full.
def filled(dtype: str, value: float, case: int) -> torch.Tensor:
    kind = {"int64": torch.int64, "int32": torch.int32, "uint8": torch.uint8}
    kind |= {"int8": torch.int8, "bool": torch.bool, "float16": torch.float16}
    t = torch.zeros(3, dtype=kind[dtype])
    if case == 0:
        return t.masked_fill(torch.tensor([True, False, True]), value)
    if case == 1:
        return t.fill_(value)
    if case == 2:
        return torch.full((2,), value, dtype=t.dtype)
    if case == 3:
        return torch.full_like(t, value)
    return t.new_full((2,), value)


# inputs: {"dtype": "int64", "value": -Infinity, "case": 0}
# inputs: {"dtype": "int64", "value": NaN, "case": 1}
# inputs: {"dtype": "int32", "value": 1e10, "case": 2}
# inputs: {"dtype": "int32", "value": 2.7, "case": 0}
# inputs: {"dtype": "uint8", "value": -0.5, "case": 3}
# inputs: {"dtype": "uint8", "value": 255.5, "case": 4}
# inputs: {"dtype": "int8", "value": 300, "case": 0}
# inputs: {"dtype": "int8", "value": -128.9, "case": 1}
# inputs: {"dtype": "bool", "value": NaN, "case": 0}
# inputs: {"dtype": "float16", "value": 1e10, "case": 2}
# inputs: {"dtype": "float16", "value": -Infinity, "case": 0}
# inputs: {"dtype": "int64", "value": 9.3e18, "case": 4}
