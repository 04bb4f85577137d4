def window(s: str, start: int, stop: int, step: int) -> str:
    return s[start:stop:step]


# inputs: {"s": "αβγδεζηθ", "start": 1, "stop": 7, "step": 2}
# inputs: {"s": "αβγδεζηθ", "start": -1, "stop": -8, "step": -3}
# inputs: {"s": "αβγδεζηθ", "start": -100, "stop": 100, "step": 1}
# inputs: {"s": "abc", "start": 0, "stop": 3, "step": 0}
