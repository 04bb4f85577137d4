import numpy as np

# numpy's functions take Python lists (and nested lists) where they take arrays, converting
# them as np.asarray does: ints to int64, floats to float64, bools to bool. (Operators take
# a list only beside an array: numpy_list_operands.py.)


def likes(scores: list[float], ids: list[int], rows: list[list[float]]) -> str:
    lines = [
        repr(np.mean(scores)) + repr(np.argmax(scores)) + repr(np.max(ids)),
        repr(np.exp(scores)) + repr(np.sqrt(ids)),
        repr(np.sum(rows, axis=0)) + repr(np.linalg.norm(rows, axis=1)),
        repr(np.argsort(scores)) + repr(np.cumsum(ids)),
        repr(np.dot(scores, scores)) + repr(np.clip(ids, 2, 3)),
        repr(np.add(scores, ids)) + repr(np.multiply(ids, np.ones(len(ids)))),
        repr(np.where(np.array(scores) > 0.5, scores, 0.0)),
        repr(np.isclose(scores, scores)) + repr(np.std(rows)),
        repr(np.concatenate([np.asarray(ids), np.asarray(ids)])),
        repr(np.maximum(scores, 0.25)) + repr(np.abs([True, False])),
    ]
    try:
        lines.append(repr(np.mean([ids, ids[:1]])))
    except ValueError as e:
        lines.append("ValueError: " + str(e))
    return "\n".join(lines)


# inputs: {"scores": [0.25, 0.75, 0.5], "ids": [3, 1, 2], "rows": [[1.0, 2.0], [3.0, 4.5]]}
# inputs: {"scores": [1.5], "ids": [7, 8], "rows": [[0.5]]}
