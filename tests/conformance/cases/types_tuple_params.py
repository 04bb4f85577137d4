def span(point: tuple[int, int], box: tuple[float, float, float, float]) -> tuple[int, float, str]:
    x, y = point
    left, top, right, bottom = box
    return (x + y, (right - left) * (bottom - top), f"{point[0]}/{box[-1]}")


# inputs: {"point": [3, 4], "box": [0.0, 1.0, 2.5, 4.0]}
# inputs: {"point": [-1, 1], "box": [1.0, 1.0, 1.0, 1.0]}
