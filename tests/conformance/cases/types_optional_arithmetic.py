from typing import Optional


def total(xs: list[Optional[int]], default: int | None) -> list[int | str]:
    out = []
    for x in xs:
        if x is None:
            out.append("none")
        else:
            out.append(x * 2)
    base = default or 0
    return out + [base + 1, len(out)]


# inputs: {"xs": [1, null, 3], "default": 5}
# inputs: {"xs": [], "default": null}
# inputs: {"xs": [null], "default": 0}
