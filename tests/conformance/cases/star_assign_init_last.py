def last_char(text: str):
    *init, last = text
    return ["".join(init), last]


# inputs: {"text": "hello"}
# inputs: {"text": "é"}
# inputs: {"text": ""}
