import json


def roundtrip(values: list[float]) -> list[str]:
    text = json.dumps({"values": values, "n": len(values)})
    back: dict[str, list[float] | int] = json.loads(text)
    return [text, json.dumps(back), json.dumps(back, indent=1)]


# inputs: {"values": [0.5, 1.25, 3.0]}
# inputs: {"values": []}
