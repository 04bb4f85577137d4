def strips(s: str, chars: str) -> list[str]:
    return [s.strip(), s.lstrip(), s.rstrip(), s.strip(chars), s.lstrip(chars), s.rstrip(chars)]


# inputs: {"s": "  \t hello world \n", "chars": " dh"}
# inputs: {"s": "xxhixx", "chars": "x"}
# inputs: {"s": "", "chars": "abc"}
# inputs: {"s": "\u00a0wide\u3000", "chars": "é"}
