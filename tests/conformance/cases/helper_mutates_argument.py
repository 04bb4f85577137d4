def _push_twice(xs: list[int], x: int) -> None:
    xs.append(x)
    xs.append(x)


def build(n: int) -> list[int]:
    # Lists are shared by reference: the helper's appends are seen by the caller.
    out: list[int] = []
    for i in range(n):
        _push_twice(out, i)
    return out


# inputs: {"n": 3}
