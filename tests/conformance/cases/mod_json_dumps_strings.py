import json


def encode(text: str) -> list[str]:
    return [
        json.dumps(text),
        json.dumps(text, ensure_ascii=False),
        json.dumps([text, text.upper()], ensure_ascii=False, indent=1),
        json.dumps({text: 1.5}),
    ]


# inputs: {"text": "café \"quoted\" back\\slash\n\ttab \u0001 \u007f 😀 日本"}
# inputs: {"text": ""}
