import json


def encode(x: float, n: int, flag: bool) -> list[str]:
    return [
        json.dumps(x),
        json.dumps([x, n, flag, None]),
        json.dumps({n: x, 0: flag}),
        json.dumps({n: "int key"}, sort_keys=True),
        json.dumps((n, "tuple")),
        json.dumps({"nested": {"deep": [[n], {"k": x}]}}, indent=2),
    ]


# inputs: {"x": 1.0, "n": 3, "flag": true}
# inputs: {"x": 0.1, "n": -7, "flag": false}
# inputs: {"x": 1e100, "n": 0, "flag": true}
