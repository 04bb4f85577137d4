def report(name: str, qty: int, price: float) -> list[str]:
    return [
        f"{name:>8}|{name:<8}|{name:^9}|",
        f"{qty:05d} {qty:+d} {qty:,} {qty:x} {qty:#o} {qty:b}",
        f"{price:.2f} {price:10.3f} {price:e} {price:.3g} {price:%}",
        f"{price * qty:,.2f} {qty / 3:.4}",
        f"{name!r} {qty=} {'{'}literal{'}'}",
        f"{name:*^12} {qty:>+6}",
    ]


# inputs: {"name": "widget", "qty": 1234, "price": 3.14159}
# inputs: {"name": "é", "qty": -7, "price": 0.5}
# inputs: {"name": "", "qty": 0, "price": 1234567.891}
