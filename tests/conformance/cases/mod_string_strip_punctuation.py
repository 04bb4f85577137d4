import string


def tokens(text: str) -> list[str]:
    words = [w.strip(string.punctuation) for w in text.split()]
    return [w.lower() for w in words if w and w[0] in string.ascii_letters]


# inputs: {"text": "Hello, World! (This) is -- a 'test'... 42"}
