def heads(rows: list[list[str]]) -> list[str]:
    out = []
    for head, *tail in rows:
        out.append(head + ":" + ",".join(tail))
    return out


# inputs: {"rows": [["a", "b", "c"], ["d"], ["e", "f"]]}
# inputs: {"rows": [["a"], []]}
