import json


def decode(text: str) -> list[int]:
    data: list[int] = json.loads(text)
    return data


# inputs: {"text": "[1, 2, 3]"}
# inputs: {"text": ""}
# inputs: {"text": "[1, 2,]"}
# inputs: {"text": "[1 2]"}
# inputs: {"text": "[1, 2] x"}
# inputs: {"text": "\n\n  [1,\n  oops]"}
# inputs: {"text": "[-]"}
# inputs: {"text": "[01]"}
