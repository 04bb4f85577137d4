class Money:
    def __init__(self, cents: int):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __sub__(self, other):
        return Money(self.cents - other.cents)

    def __mul__(self, k: int):
        return Money(self.cents * k)

    def __eq__(self, other) -> bool:
        return self.cents == other.cents

    def __lt__(self, other) -> bool:
        return self.cents < other.cents

    def __repr__(self) -> str:
        return f"${self.cents // 100}.{self.cents % 100:02d}"


def ledger(amounts: list[int]) -> list[str]:
    items = [Money(a) for a in amounts]
    total = Money(0)
    for m in items:
        total = total + m
    doubled = total * 2
    out = [repr(total), repr(doubled), repr(doubled - total)]
    out.append(str(total == Money(sum(amounts))))
    out.append(str(total != doubled))
    out.append(repr(sorted(items)))
    out.append(repr(max(items)))
    return out


# inputs: {"amounts": [150, 25, 1000]}
