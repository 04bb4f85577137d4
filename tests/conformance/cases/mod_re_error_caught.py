import re


def safe_groups(pattern: str, text: str) -> list[str]:
    try:
        found = re.findall(pattern, text)
    except re.error as e:
        return ["error", str(e)]
    return found


# inputs: {"pattern": "a+", "text": "caaab"}
# inputs: {"pattern": "(a", "text": "caaab"}
# inputs: {"pattern": "\\q", "text": "q"}
