def route(command: str, n: int) -> str:
    match command.split():
        case ["go", direction]:
            return f"going {direction}"
        case ["take", item, *rest] if n > 0:
            return f"taking {item} and {len(rest)} more"
        case ["take", *_]:
            return "nothing to take"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "empty"
        case _:
            return "unknown: " + command


# inputs: {"command": "go north", "n": 0}
# inputs: {"command": "take lamp key rope", "n": 1}
# inputs: {"command": "take lamp", "n": 0}
# inputs: {"command": "exit", "n": 0}
# inputs: {"command": "   ", "n": 0}
# inputs: {"command": "dance wildly", "n": 3}
