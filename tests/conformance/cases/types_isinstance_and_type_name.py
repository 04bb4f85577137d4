def describe(raw: list[str]) -> list[str]:
    values = []
    for s in raw:
        if s.isdigit():
            values.append(int(s))
        elif s == "none":
            values.append(None)
        else:
            values.append(s)
    out = []
    for v in values:
        kind = type(v).__name__
        if isinstance(v, int):
            out.append(f"{kind}:{v + 1}")
        elif isinstance(v, (str, bytes)):
            out.append(f"{kind}:{v}")
        elif isinstance(v, type(None)):
            out.append("nothing")
    return out + [str(isinstance(True, int)), str(isinstance(1.5, (int, str)))]


# inputs: {"raw": ["12", "abc", "none", "7"]}
# inputs: {"raw": []}
