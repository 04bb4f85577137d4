from typing import Optional


def greet(name: Optional[str], times: int | None) -> str:
    who = name if name is not None else "stranger"
    n = 1 if times is None else times
    return ", ".join([f"hi {who}"] * n)


# inputs: {"name": "ada", "times": 2}
# inputs: {"name": null, "times": null}
# inputs: {"name": "", "times": 0}
