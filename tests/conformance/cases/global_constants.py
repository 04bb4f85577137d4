GREETING = "Hello"
LIMIT = 3
RATE = 0.25
NAMES = ["ann", "bob", "cid"]
ALIASES = {"a": "ann", "b": "bob"}
VOWELS = {"a", "e", "i", "o", "u"}
ORIGIN = (0, 0)
ENABLED = True
NOTHING = None


def describe(key: str) -> tuple[str, int, bool, float, int, bool, None]:
    name = ALIASES.get(key, key)
    vowels = len([c for c in name if c in VOWELS])
    known = name in NAMES[:LIMIT]
    return (f"{GREETING}, {name}", vowels, known, RATE * LIMIT, ORIGIN[1], ENABLED, NOTHING)


# inputs: {"key": "a"}
# inputs: {"key": "zed"}
