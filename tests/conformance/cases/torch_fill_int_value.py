import torch


# An int fill value: uint8 takes a negative int down to -255 (wrapping), as c10 allows;
# past the type's range it is torch's RuntimeError.
def filled(dtype: str, value: int, case: int) -> torch.Tensor:
    kind = {"int64": torch.int64, "int32": torch.int32, "uint8": torch.uint8}
    kind |= {"int8": torch.int8, "float16": torch.float16}
    t = torch.zeros(3, dtype=kind[dtype])
    if case == 0:
        return t.masked_fill(torch.tensor([True, False, True]), value)
    if case == 1:
        return t.fill_(value)
    return torch.full((2,), value, dtype=t.dtype)


# inputs: {"dtype": "uint8", "value": -1, "case": 0}
# inputs: {"dtype": "uint8", "value": -129, "case": 1}
# inputs: {"dtype": "uint8", "value": -256, "case": 2}
# inputs: {"dtype": "uint8", "value": 300, "case": 0}
# inputs: {"dtype": "int8", "value": -128, "case": 1}
# inputs: {"dtype": "int8", "value": -129, "case": 0}
# inputs: {"dtype": "int32", "value": 2147483648, "case": 2}
# inputs: {"dtype": "float16", "value": 70000, "case": 0}
# inputs: {"dtype": "int64", "value": 9223372036854775807, "case": 0}
