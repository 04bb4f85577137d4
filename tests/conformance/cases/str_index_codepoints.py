def chars(s: str, i: int) -> list[str]:
    # Indexing counts code points, not bytes.
    return [s[0], s[-1], s[i], s[-i - 1]]


# inputs: {"s": "héllo wörld", "i": 1}
# inputs: {"s": "日本語テキスト", "i": 3}
# inputs: {"s": "a😀b", "i": 1}
# inputs: {"s": "abc", "i": 3}
# inputs: {"s": "abc", "i": -4}
