import json


def encode(x: float, strict: bool) -> str:
    return json.dumps({"x": x}, allow_nan=not strict)


# inputs: {"x": 2.5, "strict": true}
# inputs: {"x": 1e400, "strict": false}
# inputs: {"x": 1e400, "strict": true}
