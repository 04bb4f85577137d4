def show(s: str, n: int, f: float, flag: bool, xs: list[str]) -> str:
    return f"{s} {s!r} {n} {f} {f!r} {flag} {xs} {None} {s!s:>4}"


# inputs: {"s": "it's", "n": 3, "f": 0.1, "flag": true, "xs": ["a", "b'c"]}
# inputs: {"s": "tab\there", "n": -1, "f": 1e16, "flag": false, "xs": []}
