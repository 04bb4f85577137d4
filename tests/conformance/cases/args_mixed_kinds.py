def _describe(name: str, *tags: str, sep: str = ",", upper: bool = False, **extra: int) -> str:
    text = name + ":" + sep.join(tags)
    if upper:
        text = text.upper()
    for key in sorted(extra):
        text += f" {key}={extra[key]}"
    return text


def describe(n: int) -> list[str]:
    return [
        _describe("a"),
        _describe("b", "x", "y"),
        _describe("c", "x", "y", sep=";", upper=True),
        _describe("d", depth=n, width=2),
        _describe("e", "t", size=n, sep="/"),
    ]


# inputs: {"n": 3}
