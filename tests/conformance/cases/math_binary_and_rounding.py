import math


def ints(name: str, x: float, n: int) -> str:
    if name == "floor":
        return repr(math.floor(x) + math.floor(n))
    if name == "ceil":
        return repr(math.ceil(x) - math.ceil(n))
    if name == "trunc":
        return repr(math.trunc(x) * 2 + math.trunc(n))
    if name == "ldexp":
        return repr(math.ldexp(x, n))
    if name == "pow":
        return repr(math.pow(x, n))
    if name == "powf":
        return repr(math.pow(n, x))
    if name == "log":
        return repr(math.log(x, n))
    if name == "logn":
        return repr(math.log(n))
    if name == "atan2":
        return repr(math.atan2(x, n))
    if name == "copysign":
        return repr(math.copysign(n, x))
    if name == "fmod":
        return repr(math.fmod(x, n))
    if name == "fmodr":
        return repr(math.fmod(n, x))
    if name == "sqrt":
        return repr(math.sqrt(n))
    return ""


# inputs: {"name": "floor", "x": 0.5, "n": 7}
# inputs: {"name": "floor", "x": -0.5, "n": 7}
# inputs: {"name": "floor", "x": 2.0, "n": 7}
# inputs: {"name": "floor", "x": -2.7, "n": 7}
# inputs: {"name": "floor", "x": 1e+18, "n": 7}
# expect-error: OverflowError
# inputs: {"name": "floor", "x": 9.3e+18, "n": 7}
# expect-error: OverflowError
# inputs: {"name": "floor", "x": -9.3e+18, "n": 7}
# expect-error: OverflowError
# inputs: {"name": "floor", "x": 1e+300, "n": 7}
# inputs: {"name": "floor", "x": 123.456, "n": 7}
# inputs: {"name": "floor", "x": -0.0, "n": 7}
# inputs: {"name": "ceil", "x": 0.5, "n": 7}
# inputs: {"name": "ceil", "x": -0.5, "n": 7}
# inputs: {"name": "ceil", "x": 2.0, "n": 7}
# inputs: {"name": "ceil", "x": -2.7, "n": 7}
# inputs: {"name": "ceil", "x": 1e+18, "n": 7}
# expect-error: OverflowError
# inputs: {"name": "ceil", "x": 9.3e+18, "n": 7}
# expect-error: OverflowError
# inputs: {"name": "ceil", "x": -9.3e+18, "n": 7}
# expect-error: OverflowError
# inputs: {"name": "ceil", "x": 1e+300, "n": 7}
# inputs: {"name": "ceil", "x": 123.456, "n": 7}
# inputs: {"name": "ceil", "x": -0.0, "n": 7}
# inputs: {"name": "trunc", "x": 0.5, "n": 7}
# inputs: {"name": "trunc", "x": -0.5, "n": 7}
# inputs: {"name": "trunc", "x": 2.0, "n": 7}
# inputs: {"name": "trunc", "x": -2.7, "n": 7}
# inputs: {"name": "trunc", "x": 1e+18, "n": 7}
# expect-error: OverflowError
# inputs: {"name": "trunc", "x": 9.3e+18, "n": 7}
# expect-error: OverflowError
# inputs: {"name": "trunc", "x": -9.3e+18, "n": 7}
# expect-error: OverflowError
# inputs: {"name": "trunc", "x": 1e+300, "n": 7}
# inputs: {"name": "trunc", "x": 123.456, "n": 7}
# inputs: {"name": "trunc", "x": -0.0, "n": 7}
# inputs: {"name": "ldexp", "x": 1.5, "n": 3}
# inputs: {"name": "ldexp", "x": 1.0, "n": 1024}
# inputs: {"name": "ldexp", "x": 1.0, "n": 1023}
# inputs: {"name": "ldexp", "x": 0.0, "n": 5000}
# inputs: {"name": "ldexp", "x": -1.0, "n": -1075}
# inputs: {"name": "ldexp", "x": 3.0, "n": -2}
# inputs: {"name": "ldexp", "x": 1e-310, "n": 20}
# inputs: {"name": "ldexp", "x": 2.0, "n": 1000000000000}
# inputs: {"name": "ldexp", "x": 2.0, "n": -1000000000000}
# inputs: {"name": "pow", "x": 2.0, "n": 10}
# inputs: {"name": "pow", "x": 0.0, "n": -1}
# inputs: {"name": "pow", "x": -2.0, "n": 3}
# inputs: {"name": "pow", "x": -2.5, "n": 0}
# inputs: {"name": "pow", "x": 10.0, "n": 400}
# inputs: {"name": "pow", "x": 0.5, "n": -2000}
# inputs: {"name": "pow", "x": -8.0, "n": 1}
# inputs: {"name": "pow", "x": 1.0, "n": 0}
# inputs: {"name": "powf", "x": 0.5, "n": -8}
# inputs: {"name": "powf", "x": -0.5, "n": 0}
# inputs: {"name": "powf", "x": 1.5, "n": 2}
# inputs: {"name": "powf", "x": 400.0, "n": 10}
# inputs: {"name": "powf", "x": -1.0, "n": 0}
# inputs: {"name": "powf", "x": 2.0, "n": -3}
# inputs: {"name": "log", "x": 8.0, "n": 2}
# inputs: {"name": "log", "x": 100.0, "n": 10}
# inputs: {"name": "log", "x": 1.0, "n": 1}
# inputs: {"name": "log", "x": 0.0, "n": 2}
# inputs: {"name": "log", "x": -1.0, "n": 2}
# inputs: {"name": "log", "x": 5.0, "n": 0}
# inputs: {"name": "log", "x": 5.0, "n": -2}
# inputs: {"name": "log", "x": 1e+300, "n": 7}
# inputs: {"name": "logn", "x": 0.0, "n": 1}
# inputs: {"name": "logn", "x": 0.0, "n": 2}
# inputs: {"name": "logn", "x": 0.0, "n": 10}
# inputs: {"name": "logn", "x": 0.0, "n": 0}
# inputs: {"name": "logn", "x": 0.0, "n": -5}
# inputs: {"name": "logn", "x": 0.0, "n": 4611686018427387904}
# inputs: {"name": "logn", "x": 0.0, "n": 9007199254740993}
# inputs: {"name": "atan2", "x": 1.0, "n": 0}
# inputs: {"name": "atan2", "x": -1.0, "n": 0}
# inputs: {"name": "atan2", "x": 0.0, "n": -1}
# inputs: {"name": "atan2", "x": -0.0, "n": -1}
# inputs: {"name": "atan2", "x": 0.0, "n": 0}
# inputs: {"name": "atan2", "x": 3.0, "n": 4}
# inputs: {"name": "copysign", "x": -0.0, "n": 3}
# inputs: {"name": "copysign", "x": 2.0, "n": -3}
# inputs: {"name": "copysign", "x": -1.0, "n": 0}
# inputs: {"name": "fmod", "x": 5.5, "n": 2}
# inputs: {"name": "fmod", "x": -5.5, "n": 2}
# inputs: {"name": "fmod", "x": 5.0, "n": 0}
# inputs: {"name": "fmod", "x": 1e+300, "n": 3}
# inputs: {"name": "fmod", "x": -0.0, "n": 5}
# inputs: {"name": "fmodr", "x": 0.0, "n": 5}
# inputs: {"name": "fmodr", "x": -3.0, "n": 7}
# inputs: {"name": "fmodr", "x": 2.5, "n": -7}
# inputs: {"name": "sqrt", "x": 0.0, "n": 0}
# inputs: {"name": "sqrt", "x": 0.0, "n": 4}
# inputs: {"name": "sqrt", "x": 0.0, "n": 2}
# inputs: {"name": "sqrt", "x": 0.0, "n": -1}
# inputs: {"name": "sqrt", "x": 0.0, "n": 9007199254740993}
# inputs: {"name": "sqrt", "x": 0.0, "n": 1000000000000000000}
