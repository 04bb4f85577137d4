def summarize(items: list[dict[str, list[int]]]) -> list[str]:
    out = []
    for item in items:
        match item:
            case {"ids": [], **rest}:
                out.append(f"no ids, keys {sorted(rest)}")
            case {"ids": [only]}:
                out.append(f"one id {only}")
            case {"ids": [first, second, *others], "mask": [*mask]}:
                out.append(f"{first},{second} +{len(others)} mask {sum(mask)}")
            case {"ids": ids}:
                out.append(f"ids {ids}")
            case _:
                out.append("nothing")
    return out


# inputs: {"items": [{"ids": [], "a": [1]}, {"ids": [7]}, {"ids": [5, 6]}, {"x": []}]}
# inputs: {"items": [{"ids": [1, 2, 3, 4], "mask": [1, 1, 0]}]}
