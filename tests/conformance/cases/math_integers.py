import math


def integers(name: str, a: int, b: int) -> int:
    if name == "gcd":
        return math.gcd(a, b)
    if name == "gcd3":
        return math.gcd(a, b, 12) + math.gcd() + math.gcd(a)
    if name == "lcm":
        return math.lcm(a, b)
    if name == "lcm3":
        return math.lcm(a, b, 4) + math.lcm() + math.lcm(a)
    if name == "factorial":
        return math.factorial(a)
    if name == "comb":
        return math.comb(a, b)
    if name == "perm":
        return math.perm(a, b)
    if name == "perm1":
        return math.perm(a)
    if name == "floor":
        return math.floor(a) + math.ceil(b) + math.trunc(a) + math.floor(True)
    return 0


# inputs: {"name": "gcd", "a": 12, "b": 18}
# inputs: {"name": "lcm", "a": 12, "b": 18}
# inputs: {"name": "gcd", "a": -12, "b": 18}
# inputs: {"name": "lcm", "a": -12, "b": 18}
# inputs: {"name": "gcd", "a": 0, "b": 0}
# inputs: {"name": "lcm", "a": 0, "b": 0}
# inputs: {"name": "gcd", "a": 0, "b": -7}
# inputs: {"name": "lcm", "a": 0, "b": -7}
# inputs: {"name": "gcd", "a": 17, "b": 5}
# inputs: {"name": "lcm", "a": 17, "b": 5}
# expect-error: OverflowError
# inputs: {"name": "gcd", "a": -9223372036854775808, "b": 0}
# inputs: {"name": "lcm", "a": -9223372036854775808, "b": 0}
# inputs: {"name": "gcd", "a": -9223372036854775808, "b": 6}
# expect-error: OverflowError
# inputs: {"name": "lcm", "a": -9223372036854775808, "b": 6}
# inputs: {"name": "gcd", "a": 4611686018427387904, "b": 2305843009213693952}
# inputs: {"name": "lcm", "a": 4611686018427387904, "b": 2305843009213693952}
# inputs: {"name": "gcd", "a": 1, "b": -1}
# inputs: {"name": "lcm", "a": 1, "b": -1}
# inputs: {"name": "gcd3", "a": 6, "b": 8}
# inputs: {"name": "lcm3", "a": 6, "b": 8}
# inputs: {"name": "gcd3", "a": 0, "b": 5}
# inputs: {"name": "lcm3", "a": 0, "b": 5}
# inputs: {"name": "gcd3", "a": -9, "b": 15}
# inputs: {"name": "lcm3", "a": -9, "b": 15}
# expect-error: OverflowError
# inputs: {"name": "lcm", "a": 4611686018427387904, "b": 3}
# expect-error: OverflowError
# inputs: {"name": "lcm", "a": 3037000499, "b": 3037000507}
# inputs: {"name": "lcm", "a": -4, "b": 6}
# inputs: {"name": "factorial", "a": 0, "b": 0}
# inputs: {"name": "factorial", "a": 1, "b": 0}
# inputs: {"name": "factorial", "a": 5, "b": 0}
# inputs: {"name": "factorial", "a": 20, "b": 0}
# expect-error: OverflowError
# inputs: {"name": "factorial", "a": 21, "b": 0}
# inputs: {"name": "factorial", "a": -1, "b": 0}
# expect-error: OverflowError
# inputs: {"name": "factorial", "a": 100, "b": 0}
# inputs: {"name": "comb", "a": 5, "b": 2}
# inputs: {"name": "perm", "a": 5, "b": 2}
# inputs: {"name": "comb", "a": 10, "b": 0}
# inputs: {"name": "perm", "a": 10, "b": 0}
# inputs: {"name": "comb", "a": 10, "b": 10}
# inputs: {"name": "perm", "a": 10, "b": 10}
# inputs: {"name": "comb", "a": 3, "b": 5}
# inputs: {"name": "perm", "a": 3, "b": 5}
# inputs: {"name": "comb", "a": -1, "b": 2}
# inputs: {"name": "perm", "a": -1, "b": 2}
# inputs: {"name": "comb", "a": 4, "b": -1}
# inputs: {"name": "perm", "a": 4, "b": -1}
# inputs: {"name": "comb", "a": -1, "b": -1}
# inputs: {"name": "perm", "a": -1, "b": -1}
# inputs: {"name": "comb", "a": 60, "b": 30}
# expect-error: OverflowError
# inputs: {"name": "perm", "a": 60, "b": 30}
# inputs: {"name": "comb", "a": 62, "b": 31}
# expect-error: OverflowError
# inputs: {"name": "perm", "a": 62, "b": 31}
# inputs: {"name": "comb", "a": 66, "b": 33}
# expect-error: OverflowError
# inputs: {"name": "perm", "a": 66, "b": 33}
# expect-error: OverflowError
# inputs: {"name": "comb", "a": 67, "b": 33}
# expect-error: OverflowError
# inputs: {"name": "perm", "a": 67, "b": 33}
# expect-error: OverflowError
# inputs: {"name": "comb", "a": 68, "b": 34}
# expect-error: OverflowError
# inputs: {"name": "perm", "a": 68, "b": 34}
# inputs: {"name": "comb", "a": 1000, "b": 2}
# inputs: {"name": "perm", "a": 1000, "b": 2}
# expect-error: OverflowError
# inputs: {"name": "comb", "a": 1000000000, "b": 3}
# expect-error: OverflowError
# inputs: {"name": "perm", "a": 1000000000, "b": 3}
# expect-error: OverflowError
# inputs: {"name": "comb", "a": 1000000, "b": 4}
# expect-error: OverflowError
# inputs: {"name": "perm", "a": 1000000, "b": 4}
# inputs: {"name": "comb", "a": 4611686018427387904, "b": 1}
# inputs: {"name": "perm", "a": 4611686018427387904, "b": 1}
# expect-error: OverflowError
# inputs: {"name": "comb", "a": 4000000, "b": 3}
# expect-error: OverflowError
# inputs: {"name": "perm", "a": 4000000, "b": 3}
# inputs: {"name": "perm1", "a": 0, "b": 0}
# inputs: {"name": "perm1", "a": 5, "b": 0}
# inputs: {"name": "perm1", "a": 20, "b": 0}
# expect-error: OverflowError
# inputs: {"name": "perm1", "a": 21, "b": 0}
# inputs: {"name": "perm1", "a": -3, "b": 0}
# inputs: {"name": "floor", "a": -5, "b": 9}
