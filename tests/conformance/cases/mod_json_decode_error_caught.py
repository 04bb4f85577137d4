import json


def _safe(text: str) -> list[str]:
    try:
        data: list[str] = json.loads(text)
    except json.JSONDecodeError as e:
        return ["decode", str(e)]
    return data


def _safe_value(text: str) -> list[str]:
    try:
        data: list[str] = json.loads(text)
    except ValueError as e:
        return ["value", str(e)]
    return data


def run(text: str) -> list[list[str]]:
    return [_safe(text), _safe_value(text)]


# inputs: {"text": "[\"a\", \"b\"]"}
# inputs: {"text": "[\"a\", "}
# inputs: {"text": "nope"}
