import numpy as np


# Hamming distances between packed binary codes as users write them: XOR, then count the
# bits with np.bitwise_count (numpy 2's popcount) or unpack and sum.
def hamming(a: np.ndarray, b: np.ndarray) -> list[str]:
    x = np.packbits(a > 0, axis=-1)
    y = np.packbits(b > 0, axis=-1)
    diff = np.bitwise_xor(x, y)
    # numpy sums uint8 as uint64, which ingot's arrays do not hold: compare the numbers.
    by_count: list[int] = np.bitwise_count(diff).sum(axis=-1).tolist()
    by_unpacking: list[int] = np.unpackbits(diff, axis=-1).sum(axis=-1).tolist()
    return [
        repr(diff),
        repr(np.bitwise_count(diff)),
        str(by_count),
        str(np.unpackbits(x ^ y).sum()),
        str(by_unpacking),
        repr(np.bitwise_and(x, y)),
        repr(np.bitwise_or(x, 1)),
        repr(np.bitwise_count(a.astype(np.int8))),
        repr(np.bitwise_count(a.astype(np.int64) * 1000)),
        repr(np.bitwise_count(a > 0)),
    ]


# inputs: {"a":[[1,-1,2,-3,0,2,-3,4,5],[-1,-1,-1,0,1,1,1,1,0]],"b":[[1,1,2,3,-1,2,-3,4,-5]]}
# inputs: {"a": [[-128, 127, -1, 0, 64, -64, 3, -3]], "b": [[1, 2, 3, 4, 5, 6, 7, 8]]}
