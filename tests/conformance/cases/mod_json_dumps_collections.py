import json
from collections import Counter, OrderedDict, defaultdict


def encode(words: list[str]) -> list[str]:
    counts = Counter(words)
    groups = defaultdict(list)
    for w in words:
        groups[len(w)].append(w)
    ordered = OrderedDict({"z": 1, "a": 2})
    return [
        json.dumps(counts, sort_keys=True),
        json.dumps(groups),
        json.dumps(ordered, indent=1),
    ]


# inputs: {"words": ["b", "aa", "b", "ccc", "aa", "b"]}
# inputs: {"words": []}
