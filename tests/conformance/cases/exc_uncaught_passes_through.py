def first_word(text: str) -> str:
    try:
        words = text.split()
        return words[0].upper()
    except KeyError:
        return "<never>"


# inputs: {"text": "hello world"}
# inputs: {"text": "   "}
