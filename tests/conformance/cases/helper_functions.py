def _is_vowel(ch: str) -> bool:
    return ch.lower() in "aeiou"


def _count_vowels(word: str) -> int:
    return len([ch for ch in word if _is_vowel(ch)])


def vowel_report(words: list[str]) -> list[str]:
    return [f"{w}:{_count_vowels(w)}" for w in words]


# inputs: {"words": ["Audio", "rhythm", ""]}
