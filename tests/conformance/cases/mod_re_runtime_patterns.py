import re


# Patterns known only at run time: findall's items are a str or, for two or more groups, a
# tuple; split's pieces are None for a group that took no part.
def scan(pattern: str, text: str):
    found = re.findall(pattern, text)
    kinds = [type(item).__name__ for item in found]
    tuples = [item for item in found if isinstance(item, tuple)]
    texts = [item.upper() for item in found if isinstance(item, str)]
    compiled = re.compile(pattern)
    pieces = compiled.split(text, maxsplit=3)
    present = [p for p in pieces if p is not None]
    return {
        "found": found,
        "kinds": kinds,
        "tuples": tuples,
        "texts": texts,
        "same": compiled.findall(text) == found,
        "pieces": pieces,
        "present": present,
        "groups": compiled.groups,
        "split": re.split(pattern, text),
    }


# inputs: {"pattern": "\\d+", "text": "a1 b22 c333 d"}
# inputs: {"pattern": "(\\w)=(\\d)?", "text": "a=1 b= c=3"}
# inputs: {"pattern": "([a-z])\\d", "text": "a1-b2-c3"}
# inputs: {"pattern": "(,)|(;)", "text": "1,2;3,4"}
# inputs: {"pattern": "x*", "text": ""}
# inputs: {"pattern": "(", "text": "unbalanced"}
