# expect-compile-error: [type-conflict]
# expect-line: 9
# json.loads takes the type of the annotated variable it is assigned to; without one there
# is no type to convert the document to.
import json


def roundtrip(s: str) -> str:
    d = json.loads(s)
    return json.dumps(d)
