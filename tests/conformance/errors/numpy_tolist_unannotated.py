# expect-compile-error: [type-conflict]
# expect-line: 9
# An array's dtype and rank are known only at run time: .tolist() takes the type of the
# annotated variable it is assigned to.
import numpy as np


def rows(x: np.ndarray) -> int:
    items = x.tolist()
    return len(items)
