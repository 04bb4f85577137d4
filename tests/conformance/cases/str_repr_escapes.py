def reprs(s: str) -> list[str]:
    # repr picks its quote by the content and escapes what is not printable.
    return [repr(s), f"{s!r}", str([s])]


# inputs: {"s": "plain"}
# inputs: {"s": "it's"}
# inputs: {"s": "say \"hi\""}
# inputs: {"s": "both ' and \""}
# inputs: {"s": "tab\t, newline\n, nul\u0000, bell\u0007, back\\slash"}
# inputs: {"s": "zero\u200bwidth, é, 日本, \u00a0nbsp, \u007f"}
# inputs: {"s": "😀"}
