def classify(tokens: list[str]) -> list[str]:
    out = []
    for tok in tokens:
        match tok:
            case "[CLS]" | "[SEP]" | "[PAD]":
                out.append("special")
            case t if t.startswith("##"):
                out.append("continuation:" + t[2:])
            case t if t.isdigit():
                out.append(f"number:{int(t) * 2}")
            case "":
                out.append("empty")
            case t:
                out.append("word:" + t.lower())
    return out


# inputs: {"tokens": ["[CLS]", "Hello", "##ing", "42", "", "[SEP]"]}
