import json


def encode(data: dict[str, list[int]]) -> list[str]:
    return [
        json.dumps(data),
        json.dumps(data, indent=2),
        json.dumps(data, indent=0),
        json.dumps(data, indent="\t"),
        json.dumps(data, sort_keys=True),
        json.dumps(data, separators=(",", ":")),
        json.dumps(data, indent=4, sort_keys=True, separators=(", ", " = ")),
    ]


# inputs: {"data": {"b": [1, 2], "a": [], "c": [3]}}
# inputs: {"data": {}}
