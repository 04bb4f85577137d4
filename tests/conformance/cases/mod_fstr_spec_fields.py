def fields(n: int, x: float, s: str) -> list[str]:
    return [
        f"{n:=+8} {n: d} {n:_} {n:_b} {n:#x} {n:#X} {n:08_d} {n:c}" if 0 <= n < 1114112 else "",
        f"{x:=+12.3f} {x: .2e} {x:E} {x:G} {x:.0f} {x:#.0f} {x:,.3f} {x:_.1f}",
        f"{x:.1%} {x:10.2%} {x:<10.1f}| {x:^+11.2f}| {x:012.4f}",
        f"{s:.3} {s:>10.2} {s:-<7} {s!a} {s!r:>12}",
        f"{n:{'>'}{10}} {x:{'.'}{3}f} {s:{'^'}{n % 5 + 6}}",
        f"{n!s:>6} {x!r:<22}| {n!a}",
        format(n, ">6") + format(x, ".2f") + format(s, "^7") + format(n),
        "{:>{w}.{p}f}|{:{fill}^9}".format(x, s, w=10, p=2, fill="~"),
    ]


# inputs: {"n": 42, "x": 3.14159, "s": "héllo"}
# inputs: {"n": -1234567, "x": -0.000123, "s": ""}
# inputs: {"n": 0, "x": 1e16, "s": "a'b\"c"}
# inputs: {"n": 955, "x": 2.5, "s": "日本語テキスト"}
