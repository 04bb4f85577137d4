import re


# str.join over re results typed for any pattern: a None piece or a tuple item raises the
# TypeError CPython raises.
def rejoin(pattern: str, text: str, use_findall: bool) -> str:
    if use_findall:
        return "+".join(re.findall(pattern, text))
    return "".join(re.split(pattern, text))


# inputs: {"pattern": "\\s+", "text": "a b  c", "use_findall": false}
# inputs: {"pattern": "(\\s+)", "text": "a b  c", "use_findall": false}
# inputs: {"pattern": "(\\s)|(-)", "text": "a b-c", "use_findall": false}
# inputs: {"pattern": "\\w+", "text": "a b  c", "use_findall": true}
# inputs: {"pattern": "(\\w)(\\w)", "text": "ab cd", "use_findall": true}
# inputs: {"pattern": "(\\w)(\\w)?", "text": "", "use_findall": true}
