import numpy as np


def blocks(m: int, k: int, n: int) -> list[np.ndarray]:
    # Integer-valued floats: every sum is exact, so the packed, tiled product must equal
    # numpy's whatever the order of its additions. m, k and n cross the kernel's tiles
    # and cache blocks; operands are transposed, reversed, sliced and broadcast.
    a = (np.arange(m * k).reshape(m, k) % 7 - 3).astype(np.float32)
    b = (np.arange(k * n).reshape(k, n) % 5 - 2).astype(np.float32)
    c = a @ b
    bt = b.T.copy()
    batch = np.stack([a, a[::-1]])
    return [
        c[::5, ::3],
        c.sum(axis=0),
        c.sum(axis=1),
        a @ bt.T,
        (a[::-1, ::2] @ b[::2, ::-1])[::4, ::4],
        (batch @ b).sum(axis=2),
        (batch @ b[None]).sum(axis=1),
        a.astype(np.float64) @ b.astype(np.float64),
        a.astype(np.int64) @ b.astype(np.int64),
        a.astype(np.int32) @ bt.T.astype(np.int32),
        a[0] @ b,
        a @ b[:, 0],
        a[:, :0] @ b[:0],
    ]


# inputs: {"m": 13, "k": 300, "n": 35}
# inputs: {"m": 1, "k": 1, "n": 1}
# inputs: {"m": 7, "k": 129, "n": 70}
# inputs: {"m": 390, "k": 260, "n": 33}
# inputs: {"m": 3, "k": 5, "n": 2100}
