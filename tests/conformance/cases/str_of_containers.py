def texts(xs: list[int], d: dict[str, float], pair: tuple[int, str]) -> list[str]:
    return [str(xs), str(d), str(pair), str([pair]), str({1})]


# inputs: {"xs": [1, 2], "d": {"a": 1.0, "b's": -0.0}, "pair": [3, "x"]}
# inputs: {"xs": [], "d": {}, "pair": [0, ""]}
