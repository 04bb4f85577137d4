def grid(n: int, words: list[str]) -> list[list[str]]:
    coords = [f"{r},{c}" for r in range(n) for c in range(n) if r != c if (r + c) % 2 == 1]
    letters = [ch for word in words if len(word) > 1 for ch in word if ch != "a"]
    nested = [[w * i for i in range(1, 3)] for w in words]
    return [coords, letters] + nested


# inputs: {"n": 4, "words": ["ab", "c", "banana"]}
# inputs: {"n": 0, "words": []}
