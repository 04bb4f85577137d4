def replaces(s: str, old: str, new: str) -> list[str]:
    return [s.replace(old, new), s.replace(old, new, 1), s.replace("", "|")]


# inputs: {"s": "banana", "old": "an", "new": "AN"}
# inputs: {"s": "aaaa", "old": "aa", "new": "b"}
# inputs: {"s": "héhé", "old": "é", "new": "e"}
# inputs: {"s": "", "old": "x", "new": "y"}
