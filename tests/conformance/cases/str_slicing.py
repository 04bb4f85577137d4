def slices(s: str) -> list[str]:
    return [s[1:4], s[:-2], s[-3:], s[::2], s[::-1], s[-2:1:-1], s[1:100], s[5:2], s[::-3]]


# inputs: {"s": "abcdefgh"}
# inputs: {"s": "ñandú über"}
# inputs: {"s": "🙂🙃x"}
# inputs: {"s": ""}
