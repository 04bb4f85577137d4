import json


def decode(text: str) -> list[str]:
    data: dict[str, int] = json.loads(text)
    total = 0
    for key, value in data.items():
        total += value
    return [str(total), ",".join(data.keys()), str(len(data))]


# inputs: {"text": "{\"a\": 1, \"b\": 2, \"c\": 39}"}
# inputs: {"text": "  {}  "}
# inputs: {"text": "{\"a\": 1, \"a\": 5, \"b\": 2}"}
