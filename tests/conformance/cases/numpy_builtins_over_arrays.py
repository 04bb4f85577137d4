import numpy as np


def builtins_over(x: np.ndarray) -> list[str]:
    return [
        str(max(x)),
        str(min(x)),
        str(sorted(x)),
        str(any(x > 2)),
        str(all(x > -10)),
        str(list(x)),
        str(tuple(x.astype(np.int32))),
        repr(max(x.astype(np.float32))),
    ]


# inputs: {"x": [3.0, -1.5, 2.0]}
# inputs: {"x": [1, 5, 5, 2]}
