def drop(xs: list[str], x: str) -> list[str]:
    xs.remove(x)
    return xs


# inputs: {"xs": ["a", "b", "a"], "x": "a"}
# inputs: {"xs": ["a", "b"], "x": "c"}
