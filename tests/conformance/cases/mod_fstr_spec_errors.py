def bad(spec: str, n: int, s: str) -> list[str]:
    return [format(n, spec), format(s, spec)]


# inputs: {"spec": ">5", "n": 1, "s": "a"}
# inputs: {"spec": "d", "n": 1, "s": "a"}
# inputs: {"spec": ",s", "n": 1, "s": "a"}
# inputs: {"spec": "=5", "n": 1, "s": "a"}
# inputs: {"spec": "+", "n": 1, "s": "a"}
# inputs: {"spec": "z", "n": 1, "s": "a"}
