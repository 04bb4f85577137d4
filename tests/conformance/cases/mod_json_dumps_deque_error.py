import json
from collections import deque


def encode(words: list[str]) -> str:
    return json.dumps(list(deque(words, maxlen=2))) + json.dumps(deque(words))


# inputs: {"words": ["a", "b", "c"]}
