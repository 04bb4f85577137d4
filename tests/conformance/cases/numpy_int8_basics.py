import numpy as np


def int8_basics(x: np.ndarray) -> list[str]:
    a = x.astype(np.int8)
    b = np.array([1, -2, 3, -4], dtype=np.int8)
    c = x.astype("int8")
    z = np.zeros(3, dtype=np.int8)
    items: list[int] = a.tolist()
    second: int = a[1].item()
    return [
        repr(a),
        str(a),
        repr(a.reshape(2, 2)),
        str(a.dtype),
        repr(np.int8(-7)),
        repr(a + b),
        repr(a * b),
        repr(a - b),
        repr(a * 3),
        repr(-a),
        repr(abs(a)),
        repr(a // 3),
        repr(a % 3),
        repr(a & b),
        repr(a ^ b),
        repr(~a),
        str(items),
        str(second),
        repr(a.sum()),
        str(a.sum().dtype),
        repr(a.max()),
        repr(a.min()),
        repr(a.mean()),
        str(a.mean().dtype),
        repr(np.sort(a)),
        repr(np.argsort(a)),
        repr(a[a > 0]),
        repr(c == a),
        repr(z),
        repr(np.cumsum(a)),
        repr(np.sqrt(np.abs(a).astype(np.int8))),
    ]


# inputs: {"x": [100, -100, 127, -128]}
# inputs: {"x": [5, 0, -1, 50]}
