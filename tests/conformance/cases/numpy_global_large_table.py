# A large module-level table (a million float32 values) embedded as binary data.
import numpy as np

TABLE = np.sin(np.arange(1_000_000, dtype=np.float32) * np.float32(0.001)).reshape(1000, 1000)


def lookup(rows: list[int]) -> tuple[list[list[float]], int, float]:
    picked = TABLE[rows][:, ::97]
    return picked.tolist(), int((TABLE > 0.5).sum()), float(TABLE[999, 999])


# inputs: {"rows": [0, 1, 999, 500]}
