import numpy as np

# A list or tuple indexed by numpy's integer scalars, as ranking code does with argsort's
# result; a float scalar or a bigger array is numpy's TypeError.


def ranked(docs: list[str], scores: list[float], k: int) -> list[str]:
    order = np.argsort(-np.asarray(scores), kind="stable")[:k]
    names = tuple(docs)
    out = [docs[i] for i in order]
    out += [names[i] for i in order[::-1]]
    out.append(docs[np.int32(0)] + docs[np.argmax(np.asarray(scores))])
    for bad in (np.float64(0.0), np.array([0]), np.bool_(True)):
        try:
            out.append(docs[bad])
        except TypeError as e:
            out.append("TypeError: " + str(e))
    try:
        out.append(docs[np.int64(len(docs))])
    except IndexError as e:
        out.append("IndexError: " + str(e))
    return out


# inputs: {"docs": ["a", "b", "c"], "scores": [0.2, 0.9, 0.5], "k": 2}
# inputs: {"docs": ["x"], "scores": [1.0], "k": 3}
