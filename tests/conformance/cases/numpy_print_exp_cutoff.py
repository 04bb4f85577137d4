import numpy as np

# Where numpy 2 switches to scientific notation depends on the dtype: an array from
# 10^min(8, precision) up (1e3 for float16, 1e6 for float32, 1e8 for float64), a scalar from
# 10^precision (1e16 for float64).


def cutoffs(values: list[float]) -> str:
    lines: list[str] = []
    for v in values:
        for d in [np.float16, np.float32, np.float64]:
            a = np.array([v, 1.0], dtype=d)
            lines.append(repr(a[0]) + " " + str(a[0]) + " " + repr(a[:1]) + " " + str(a))
    return "\n".join(lines)


# inputs: {"values": [999.0, 1000.0, 2048.0, 60000.0, 999999.9, 1000000.0, 12345678.0]}
# inputs: {"values": [99999999.0, 100000000.0, 1e15, 1e16, 0.0001, 0.00009999, 123.456]}
# inputs: {"values": [999999.94, 0.00010001, -0.0, 0.0, -1000.0, 1e-4, 3.0e7, 1e300]}
