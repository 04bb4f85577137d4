def nested(rows: list[list[int]]):
    (a, *b), *others = rows
    return [a, b, others]


# inputs: {"rows": [[1, 2, 3], [4], [5, 6]]}
# inputs: {"rows": [[9]]}
# inputs: {"rows": [[]]}
