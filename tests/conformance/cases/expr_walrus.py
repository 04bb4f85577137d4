def chunks(text: str, width: int) -> list[str]:
    out = []
    rest = text
    while (n := len(rest)) > width:
        out.append(rest[:width])
        rest = rest[width:]
    lengths = [y for x in out if (y := len(x)) > 1]
    return out + [rest, str(n), str(len(lengths))]


# inputs: {"text": "abcdefghij", "width": 3}
# inputs: {"text": "ab", "width": 3}
# inputs: {"text": "", "width": 1}
