def _private_helper(s: str) -> str:
    return s[::-1]


def palindrome(s: str) -> bool:
    cleaned = "".join([c.lower() for c in s if c.isalnum()])
    return cleaned == _private_helper(cleaned)


# inputs: {"s": "A man, a plan, a canal: Panama"}
# inputs: {"s": "ingot"}
