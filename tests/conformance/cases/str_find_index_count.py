def locate(s: str, sub: str) -> list[int]:
    return [s.find(sub), s.count(sub), s.find(sub, 2), s.find(sub, -3, -1), s.count(sub, 1, -1)]


# inputs: {"s": "mississippi", "sub": "ss"}
# inputs: {"s": "mississippi", "sub": "z"}
# inputs: {"s": "ééaé", "sub": "é"}
# inputs: {"s": "abc", "sub": ""}
