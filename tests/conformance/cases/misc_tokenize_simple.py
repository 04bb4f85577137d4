PUNCTUATION = ".,!?"


def tokenize(text: str, lowercase: bool) -> list[str]:
    # A tiny whitespace-and-punctuation tokenizer of the kind ingot exists to compile.
    tokens = []
    for word in text.split():
        start = 0
        for i, ch in enumerate(word):
            if ch in PUNCTUATION:
                if i > start:
                    tokens.append(word[start:i])
                tokens.append(ch)
                start = i + 1
        if start < len(word):
            tokens.append(word[start:])
    return [t.lower() for t in tokens] if lowercase else tokens


# inputs: {"text": "Hello, wörld! How are you?", "lowercase": true}
# inputs: {"text": "...wait", "lowercase": false}
# inputs: {"text": "", "lowercase": true}
