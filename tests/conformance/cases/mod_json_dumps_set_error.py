import json


def encode(items: list[str]) -> str:
    return json.dumps({"items": set(items)})


# inputs: {"items": ["a"]}
