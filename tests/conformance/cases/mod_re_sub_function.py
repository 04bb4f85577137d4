import re


def shout(text: str) -> list[str]:
    upper = re.sub(r"[aeiou]+", lambda m: m.group(0).upper(), text)
    doubled = re.sub(r"\d+", lambda m: str(int(m.group()) * 2), text)
    count = re.subn(r"o", "0", text)
    return [upper, doubled, count[0], str(count[1])]


# inputs: {"text": "hello world 21 and 4"}
# inputs: {"text": "zzz"}
