from enum import IntEnum


class Dim(IntEnum):
    SMALL = 128
    MEDIUM = 256
    FULL = 768


def truncate(values: list[float], dim: Dim) -> list[float]:
    return values[: int(dim.value) // 128]


# inputs: {"values": [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0], "dim": 256}
# inputs: {"values": [1.0, 2.0], "dim": 768}
# inputs: {"values": [1.0], "dim": 100}
