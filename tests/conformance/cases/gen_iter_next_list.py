def header_and_rest(rows: list[str]):
    it = iter(rows)
    header = next(it, "")
    body = [r.split(",") for r in it]
    return [header, body]


# inputs: {"rows": ["a,b", "1,2", "3,4"]}
# inputs: {"rows": []}
