def where(points: list[list[int]]) -> list[str]:
    out = []
    for p in points:
        match tuple(p):
            case (0, 0):
                out.append("origin")
            case (x, 0):
                out.append(f"x={x}")
            case (0, y):
                out.append(f"y={y}")
            case (x, y) if x == -y:
                out.append("anti-diagonal")
            case (x, y, *_):
                out.append(f"{x},{y} and more")
            case _:
                out.append("short")
    return out


# inputs: {"points": [[0, 0], [3, 0], [0, -2], [2, -2], [1, 2, 3], [5]]}
