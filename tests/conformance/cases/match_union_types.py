def render(values: list[int | str | None | list[int]]) -> list[str]:
    out = []
    for v in values:
        match v:
            case None:
                out.append("none")
            case int(n) if n < 0:
                out.append(f"negative {n}")
            case int(n):
                out.append(f"int {n + 1}")
            case str() as s:
                out.append("str " + s.upper())
            case [first, *rest]:
                out.append(f"list starting {first} with {len(rest)} more")
            case []:
                out.append("empty list")
    return out


# inputs: {"values": [null, -3, 4, "abc", [1, 2, 3], []]}
