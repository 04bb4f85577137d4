def texts(n: int, f: float, b: bool, s: str) -> tuple[str, str, str, str, bool, bool, str, str]:
    return (str(n), str(f), str(b), str(None), bool(s), bool(n), str(s), str(-n))


# inputs: {"n": 42, "f": 0.5, "b": true, "s": "x"}
# inputs: {"n": 0, "f": -0.0, "b": false, "s": ""}
