def transpose(rows: list[list[int]]) -> list[list[int]]:
    if not rows:
        return []
    out = []
    for c in range(len(rows[0])):
        out.append([row[c] for row in rows])
    return out


# inputs: {"rows": [[1, 2, 3], [4, 5, 6]]}
# inputs: {"rows": []}
# inputs: {"rows": [[1, 2], [3]]}
