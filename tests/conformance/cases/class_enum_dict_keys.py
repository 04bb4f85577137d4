from enum import Enum


class Split(Enum):
    TRAIN = "train"
    TEST = "test"


def count(labels: list[str]) -> dict[str, int]:
    counts = {s: 0 for s in Split}
    for label in labels:
        counts[Split(label)] += 1
    return {s.value: n for s, n in counts.items()}


# inputs: {"labels": ["train", "test", "train"]}
# inputs: {"labels": ["valid"]}
