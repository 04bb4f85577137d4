import numpy as np


def bad_frombuffer(data: str, case: int) -> np.ndarray:
    raw = data.encode("utf-8")
    if case == 0:
        return np.frombuffer(raw, dtype=np.float32)
    if case == 1:
        return np.frombuffer(raw, dtype=np.uint8, offset=-1)
    if case == 2:
        return np.frombuffer(raw, dtype=np.uint8, offset=len(raw) + 1)
    if case == 3:
        return np.frombuffer(raw, dtype=np.int32, count=5)
    if case == 4:
        return np.frombuffer(raw, dtype=np.uint8, offset=len(raw))
    return np.frombuffer(raw, dtype=np.int64, count=0, offset=2)


# inputs: {"data": "abcdefghi", "case": 0}
# inputs: {"data": "abcdefghi", "case": 1}
# inputs: {"data": "abcdefghi", "case": 2}
# inputs: {"data": "abcdefghi", "case": 3}
# inputs: {"data": "abcdefghi", "case": 4}
# inputs: {"data": "abcdefghi", "case": 5}
