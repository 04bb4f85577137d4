import json


def decode(text: str) -> dict[str, str]:
    data: dict[str, str] = json.loads(text)
    return data


# inputs: {"text": "{\"a\": \"b\"}"}
# inputs: {"text": "{\"a\" \"b\"}"}
# inputs: {"text": "{a: 1}"}
# inputs: {"text": "{\"a\": \"b\",}"}
# inputs: {"text": "{\"a\": \"b"}
# inputs: {"text": "{\"a\": \"b\\q\"}"}
# inputs: {"text": "{\"a\": \"b\\u12\"}"}
# inputs: {"text": "{\"a\": \"tab\there\"}"}
# inputs: {"text": "{\"a\": \"b\""}
# inputs: {"text": "{\"a\": \"\\\\n\\/\"}"}
