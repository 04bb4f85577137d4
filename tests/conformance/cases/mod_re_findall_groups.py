import re

PAIR = re.compile(r"(\w+)=(\d+)?")
SEPARATORS = re.compile(r"(,)|(;)")


def key_values(text: str):
    pairs = re.findall(r"(\w+):(\w*)", text)
    keys = [k for k, _ in pairs]
    compiled = PAIR.findall(text)
    nested = re.findall(r"((a)(b)?)", text)
    classes = re.findall(r"[(](\w)[)]-(\w)", text)
    return {
        "pairs": pairs,
        "keys": keys,
        "compiled": compiled,
        "nested": nested,
        "classes": classes,
        "count": len(compiled),
    }


# inputs: {"text": "a:1 b:two c: x=5 y= ab a (q)-r"}
# inputs: {"text": ""}
# inputs: {"text": "no pairs here, (x)-y"}
