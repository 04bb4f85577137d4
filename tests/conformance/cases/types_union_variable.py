def normalize(raw: str) -> list[int | str]:
    # One variable holds an int or a str depending on the input.
    out = []
    for part in raw.split(","):
        value = int(part) if part.isdigit() else part.strip()
        out.append(value)
    return out


# inputs: {"raw": "1,two, 3 ,44"}
# inputs: {"raw": ""}
