def rle(s: str) -> str:
    if not s:
        return ""
    out = []
    current = s[0]
    run = 1
    for ch in s[1:]:
        if ch == current:
            run += 1
        else:
            out.append(f"{run}{current}")
            current = ch
            run = 1
    out.append(f"{run}{current}")
    return "".join(out)


# inputs: {"s": "aaabccdddd"}
# inputs: {"s": "ééé日日x"}
# inputs: {"s": ""}
