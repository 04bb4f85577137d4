"""Parity of the runtime core (runtime/core) with CPython, which is the spec.

Each test generates a large input set (seeded, so failures reproduce), runs every call
through the C++ driver `rt_parity_driver` (one process per test) and through CPython
itself, and compares the repr of the results, or the exception kind and message.

The build directory comes from $INGOT_BUILD (default `build`).
"""

import math
import os
import random
import struct
import subprocess
import unicodedata
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
INT_MIN, INT_MAX = -(2**63), 2**63 - 1


def driver() -> Path:
    build = Path(os.environ.get("INGOT_BUILD", "build"))
    if not build.is_absolute():
        build = ROOT / build
    path = build / "tests" / "parity" / "rt_parity_driver"
    if not path.exists():
        pytest.skip(f"{path} is not built")
    return path


class Null:
    """An argument that is None for both sides."""


def encode(arg):
    if arg is None:
        return "n"
    if isinstance(arg, bool):
        return "b1" if arg else "b0"
    if isinstance(arg, int):
        return f"i{arg}"
    if isinstance(arg, float):
        return "f" + arg.hex()
    if isinstance(arg, str):
        return "s" + arg.encode("utf-8").hex()
    if isinstance(arg, bytes):
        return "s" + arg.hex()
    raise TypeError(arg)


def fits(value):
    """Whether CPython's result is representable by ingot (64-bit ints)."""
    if isinstance(value, bool):
        return True
    if isinstance(value, int):
        return INT_MIN <= value <= INT_MAX
    if isinstance(value, (tuple, list)):
        return all(fits(v) for v in value)
    return True


def expected(fn, args):
    try:
        value = fn(*args)
    except Exception as e:  # noqa: BLE001 - any CPython exception is an expected outcome
        return ("err", type(e).__name__, str(e))
    if isinstance(value, complex):
        # ingot has no complex type: a negative base to a fractional power raises.
        return ("err", "ValueError", "negative number cannot be raised to a fractional power")
    if not fits(value):
        return ("err", "OverflowError", "integer overflow")
    return ("ok", repr(value))


def check(calls, limit=25):
    """calls: [(op, args, python_fn)]. Fails listing the first mismatches."""
    lines = "".join(op + "".join("\t" + encode(a) for a in args) + "\n" for op, args, _ in calls)
    proc = subprocess.run([str(driver())], input=lines.encode(), capture_output=True, timeout=600)
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")
    got_lines = proc.stdout.decode().split("\n")[:-1]
    assert len(got_lines) == len(calls)
    mismatches = []
    for (op, args, fn), line in zip(calls, got_lines):
        fields = line.split("\t")
        if fields[0] == "ok":
            got = ("ok", bytes.fromhex(fields[1]).decode("utf-8"))
        else:
            got = ("err", fields[1], bytes.fromhex(fields[2]).decode("utf-8"))
        want = expected(fn, args)
        if got != want:
            mismatches.append(f"{op}{tuple(args)!r}: ingot {got!r} != CPython {want!r}")
    assert not mismatches, f"{len(mismatches)} of {len(calls)} differ:\n" + "\n".join(
        mismatches[:limit]
    )


# ---- generators ------------------------------------------------------------------------------


def random_floats(rng, n):
    special = [
        0.0,
        -0.0,
        math.inf,
        -math.inf,
        math.nan,
        1.0,
        -1.0,
        0.1,
        0.5,
        1.5,
        2.5,
        1e16,
        1e15,
        9999999999999998.0,
        1e-4,
        1e-5,
        0.0001,
        0.00001,
        123456789012345.0,
        1.2345678901234567e16,
        5e-324,
        2.2250738585072014e-308,
        1.7976931348623157e308,
        2.0**53,
        2.0**53 + 2,
        2.0**63,
        -(2.0**63),
        1e22,
        1e23,
        0.3,
        2.675,
        1.005,
    ]
    out = list(special)
    while len(out) < n:
        kind = rng.random()
        if kind < 0.3:  # any bit pattern
            out.append(struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0])
        elif kind < 0.6:  # decimal-looking values across magnitudes
            digits = rng.randint(1, 17)
            out.append(
                float(f"{rng.randint(0, 10**digits)}e{rng.randint(-30, 30)}") * rng.choice([1, -1])
            )
        elif kind < 0.8:  # around the exponent-form switch points
            out.append(
                rng.choice([1, -1])
                * rng.uniform(0.5, 9.999)
                * 10.0 ** rng.choice([-6, -5, -4, -3, 14, 15, 16, 17])
            )
        else:  # short decimals, halves (rounding ties)
            out.append(rng.randint(-(10**6), 10**6) / rng.choice([2, 4, 8, 10, 100, 1000, 3]))
    return out


def random_ints(rng, n):
    special = [
        0,
        1,
        -1,
        2,
        -2,
        10,
        INT_MAX,
        INT_MIN,
        INT_MAX - 1,
        INT_MIN + 1,
        2**31,
        -(2**31),
        2**53,
        2**53 + 1,
        -(2**53) - 1,
        2**62,
        3037000499,
        3037000500,
        -3037000500,
    ]
    out = list(special)
    while len(out) < n:
        bits = rng.choice([3, 8, 16, 31, 32, 53, 54, 62, 63])
        out.append(rng.randint(-(2**bits), 2**bits - 1))
    return [max(INT_MIN, min(INT_MAX, v)) for v in out]


UNICODE_PIECES = [
    "hello",
    "World",
    "ABC",
    "a b",
    "  ",
    "\t",
    "\n",
    "\r\n",
    "\x0b",
    "\x0c",
    "\x1c",
    "\x1d",
    "\x1e",
    "\x85",
    "\u2028",
    "\u2029",
    "\xa0",
    "\u2000",
    "\u3000",
    "\u200b",
    "\ufeff",
    "Σ",
    "ΣΑΣ",
    "σ",
    "ς",
    "ὈΔΥΣΣΕΎΣ",
    "Ἀ",
    "ᾼ",
    "ᾳ",
    "ß",
    "ẞ",
    "İ",
    "ı",
    "i̇",
    "ﬁ",
    "ﬀ",
    "ŉ",
    "ǅ",
    "ǆ",
    "Ǆ",
    "ǈ",
    "Ꭰ",
    "ꭰ",
    "և",
    "ΐ",
    "\u0301",
    "e\u0301",
    "\u0345",
    "ʰ",
    "ᵃ",
    "ⓐ",
    "Ⓐ",
    "😀",
    "👍🏽",
    "中文",
    "日本語",
    "한국어",
    "العربية",
    "עברית",
    "हिन्दी",
    "ไทย",
    "٣٤",
    "५",
    "𝟘𝟙",
    "²",
    "½",
    "Ⅻ",
    "ⅻ",
    "〇",
    "一二",
    "\x00",
    "\x07",
    "\x7f",
    "\x9f",
    "\ud7ff",
    "\ue000",
    "\U0010ffff",
    "\U0001f600",
    "'",
    '"',
    "\\",
    "'\"",
    "_x1",
    "1x",
    "x_y",
    "Ünïcödé",
    "ǰ",
    "0",
    "-",
    "+",
    "42",
    "-7",
    "1_000",
    ".",
    ",",
    "Title Case",
    "hELLO wORLD",
    "it's",
    "a1b2",
    "\u1e9e",
    "\u0130",
    "\u2126",
    "\u212a",
    "\u0149",
    "\U00010400",
    "\U00010428",
    "\U0001e900",
    "\U00011f00",
    "\U0001e030",
    "x\u0307",
]


def random_text(rng, max_pieces=6):
    return "".join(rng.choice(UNICODE_PIECES) for _ in range(rng.randint(0, max_pieces)))


def random_spec(rng, types):
    parts = []
    if rng.random() < 0.3:
        if rng.random() < 0.6:
            parts.append(rng.choice(["*", "0", " ", "é", "x", "😀", "_", ","]))
        parts.append(rng.choice("<>=^"))
    if rng.random() < 0.3:
        parts.append(rng.choice("+- "))
    if rng.random() < 0.1:
        parts.append("z")
    if rng.random() < 0.15:
        parts.append("#")
    if rng.random() < 0.2:
        parts.append("0")
    if rng.random() < 0.5:
        parts.append(str(rng.choice([1, 2, 5, 8, 10, 12, 15, 20, 30])))
    if rng.random() < 0.2:
        parts.append(rng.choice([",", "_", ",_", "_,"]))
    if rng.random() < 0.5:
        parts.append("." + str(rng.choice([0, 1, 2, 3, 5, 6, 10, 15, 17, 20, 25])))
    if rng.random() < 0.1:
        parts.append(".")
    if rng.random() < 0.8:
        parts.append(rng.choice(types))
    if rng.random() < 0.02:
        parts.append("xx")
    return "".join(parts)


# ---- numbers to text -------------------------------------------------------------------------


def test_float_repr_100k():
    rng = random.Random(1)
    check([("float_repr", [x], lambda x: x) for x in random_floats(rng, 100_000)])


FLOAT_TYPES = list("eEfFgGn%") + ["", "", "d", "s", "c", "x"]
INT_TYPES = list("bcdoxXn") + ["", "", "e", "f", "g", "%", "G", "s", "F"]


def test_format_float():
    rng = random.Random(2)
    floats = random_floats(rng, 3000)
    calls = [
        ("format_float", [x, random_spec(rng, FLOAT_TYPES)], format)
        for x in floats
        for _ in range(4)
    ]
    calls += [
        ("format_float", [x, s], format)
        for x in (-0.0, -0.001, 1e300 * 10, math.nan)
        for s in ["z.1f", "z", "z.0e", "010,.2f", "+09", "#.0f", "#g", "#", "#.3", ".0"]
    ]
    check(calls)


def test_format_int_and_bool():
    rng = random.Random(3)
    ints = random_ints(rng, 3000) + list(range(-20, 200))
    calls = [
        ("format_int", [x, random_spec(rng, INT_TYPES)], format) for x in ints for _ in range(3)
    ]
    calls += [
        ("format_int", [x, s], format)
        for x in [1234, -1234, 0, 12345, 65, 0x10FFFF, 0x110000, -1]
        for s in [
            "08,",
            "09,",
            "010_x",
            "#010b",
            "=10",
            "0=12,",
            "c",
            "<5c",
            "^9_",
            "+,",
            " ",
            "#X",
            "#o",
            ",d",
            "_b",
            "n",
            ",n",
        ]
    ]
    calls += [
        ("format_bool", [b, s], format)
        for b in (True, False)
        for s in ["", ">5", "d", "f", "s", "^7", "#x"]
    ]
    check(calls)


def test_format_str():
    rng = random.Random(4)
    calls = [
        ("format_str", [random_text(rng, 3), random_spec(rng, ["s", "", "d", "r"])], format)
        for _ in range(4000)
    ]
    check(calls)


def test_round():
    rng = random.Random(5)
    floats = random_floats(rng, 6000)
    calls = [("round_float", [x], round) for x in floats]
    calls += [
        (
            "round_float_nd",
            [
                x,
                rng.choice(
                    [
                        -400,
                        -308,
                        -300,
                        -20,
                        -5,
                        -1,
                        0,
                        0,
                        1,
                        1,
                        2,
                        2,
                        3,
                        5,
                        10,
                        15,
                        17,
                        20,
                        300,
                        323,
                        324,
                    ]
                ),
            ],
            round,
        )
        for x in floats
        for _ in range(2)
    ]
    ints = random_ints(rng, 3000)
    calls += [("round_int_nd", [x, rng.randint(-22, 3)], round) for x in ints]
    check(calls)


def test_hex_oct_bin_chr_ord():
    rng = random.Random(6)
    calls = [
        ("hex_oct_bin", [x], lambda x: (hex(x), oct(x), bin(x))) for x in random_ints(rng, 2000)
    ]
    cps = [rng.randint(0, 0x10FFFF) for _ in range(3000)] + [-1, 0x110000, 0, 0x7F]
    calls += [("chr", [c], chr) for c in cps if not 0xD800 <= c <= 0xDFFF]
    calls += [("ord", [t], ord) for t in ["", "ab", "é", "😀", "a"]]
    check(calls)


# ---- text to numbers -------------------------------------------------------------------------

INT_PIECES = [
    "",
    " ",
    "\t",
    "\u3000",
    "\xa0",
    "+",
    "-",
    "0",
    "1",
    "9",
    "_",
    "__",
    "0x",
    "0X",
    "0o",
    "0b",
    "0B",
    "a",
    "f",
    "F",
    "z",
    "Z",
    "12",
    "007",
    "٣",
    "५",
    "𝟘",
    "²",
    "½",
    "99999999999",
    "9223372036854775807",
    "9223372036854775808",
    ".",
    "e",
    "1e3",
]


def test_int_parse():
    rng = random.Random(7)
    calls = []
    for _ in range(20000):
        text = "".join(rng.choice(INT_PIECES) for _ in range(rng.randint(0, 5)))
        base = rng.choice([10, 10, 10, 0, 0, 16, 2, 8, 36, 7, 1, 37, -1])
        calls.append(("int_parse", [text, base], int))
    calls.append(("int_parse", ["x" * 300, 10], int))
    check(calls)


FLOAT_PIECES = [
    "",
    " ",
    "\u2003",
    "+",
    "-",
    "0",
    "1",
    "5",
    "_",
    ".",
    "..",
    "e",
    "E",
    "e-",
    "e+",
    "inf",
    "Infinity",
    "iNf",
    "nan",
    "NaN",
    "x",
    "0x",
    "p",
    "123",
    "4_5",
    "٣",
    "1e308",
    "1e-400",
    "9" * 20,
]


def test_float_parse():
    rng = random.Random(8)
    calls = []
    for _ in range(20000):
        text = "".join(rng.choice(FLOAT_PIECES) for _ in range(rng.randint(0, 5)))
        calls.append(("float_parse", [text], float))
    calls += [("float_parse", [repr(x)], float) for x in random_floats(rng, 5000)]
    check(calls)


# ---- arithmetic ------------------------------------------------------------------------------


def py_pow(a, b):
    if isinstance(a, float) and -math.inf < a < 0 and math.isfinite(b) and b != math.floor(b):
        # CPython gives a complex number (or OverflowError computing one); ingot has no
        # complex type and raises instead.
        raise ValueError("negative number cannot be raised to a fractional power")
    return a**b


def test_int_arithmetic():
    rng = random.Random(9)
    ints = random_ints(rng, 4000)
    ops = {
        "int_add": lambda a, b: a + b,
        "int_sub": lambda a, b: a - b,
        "int_mul": lambda a, b: a * b,
        "int_floordiv": lambda a, b: a // b,
        "int_mod": lambda a, b: a % b,
        "int_truediv": lambda a, b: a / b,
        "int_divmod": divmod,
    }
    calls = []
    for op, fn in ops.items():
        for _ in range(6000):
            a, b = rng.choice(ints), rng.choice(ints + [0, 1, -1, 3, -3])
            calls.append((op, [a, b], fn))
    for _ in range(4000):
        a, b = rng.choice(ints + list(range(-5, 6))), rng.choice(list(range(-5, 70)))
        calls.append(("int_pow", [a, b], py_pow))
        calls.append(
            ("int_lshift", [rng.choice(ints), rng.choice(list(range(-2, 70)))], lambda a, b: a << b)
        )
        calls.append(
            ("int_rshift", [rng.choice(ints), rng.choice(list(range(-2, 70)))], lambda a, b: a >> b)
        )
    calls.append(("int_pow", [0, -1], py_pow))
    check(calls)


def test_int_truediv_is_correctly_rounded():
    rng = random.Random(10)
    calls = []
    for _ in range(30000):
        a = rng.randint(-(2**63), 2**63 - 1) >> rng.randint(0, 60)
        b = (rng.randint(-(2**63), 2**63 - 1) >> rng.randint(0, 60)) or 1
        calls.append(("int_truediv", [a, b], lambda a, b: a / b))
    check(calls)


def test_float_arithmetic():
    rng = random.Random(11)
    floats = random_floats(rng, 3000) + [0.0, -0.0, 2.0, -2.0, 0.5, 3.0, -3.0]
    ops = {
        "float_add": lambda a, b: a + b,
        "float_mul": lambda a, b: a * b,
        "float_truediv": lambda a, b: a / b,
        "float_floordiv": lambda a, b: a // b,
        "float_mod": lambda a, b: a % b,
        "float_divmod": divmod,
        "float_pow": py_pow,
    }
    small = [
        0.0,
        -0.0,
        0.5,
        -0.5,
        1.0,
        -1.0,
        2.0,
        -2.0,
        3.0,
        0.3,
        math.inf,
        -math.inf,
        math.nan,
        10.0,
        1e300,
        -7.0,
        1e-300,
    ]
    calls = []
    for op, fn in ops.items():
        for _ in range(5000):
            a = rng.choice(floats + small)
            b = rng.choice(floats + small)
            calls.append((op, [a, b], fn))
        calls += [(op, [a, b], fn) for a in small for b in small]
    check(calls)


def test_int_float_comparison_is_exact():
    rng = random.Random(12)
    calls = []
    for _ in range(20000):
        i = rng.choice(random_ints(rng, 1) + [2**53 + 1, 2**63 - 1, -(2**63), 2**53])
        f = float(i) + rng.choice([0.0, 0.5, -0.5, 1.0, 0.0])
        f = rng.choice([f, float(i), math.nan, math.inf, -math.inf, 9.3e18, -9.3e18])
        calls.append(("int_float_cmp", [i, f], lambda i, f: (i < f, i == f, i > f, f <= i)))
    check(calls)


# ---- strings ---------------------------------------------------------------------------------


def test_every_code_point_classes_and_case():
    # Each code point alone: every predicate and case mapping at once. All of planes 0-3
    # (where utf8proc's newer Unicode assigns characters CPython's does not), every
    # assigned character beyond, and a sample of the unassigned and private-use rest.
    calls = []
    for cp in range(0x110000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        if cp < 0x40000 or unicodedata.category(chr(cp)) not in ("Cn", "Co") or cp % 61 == 0:
            calls.append(("str_all", [chr(cp)], str_all))
    check(calls)


def str_all(s):
    return (
        (
            s.isalpha(),
            s.isdecimal(),
            s.isdigit(),
            s.isnumeric(),
            s.isalnum(),
            s.isspace(),
            s.islower(),
            s.isupper(),
            s.istitle(),
            s.isidentifier(),
            s.isprintable(),
        ),
        (s.upper(), s.lower(), s.title(), s.casefold(), s.swapcase(), s.capitalize()),
        s,
    )


def test_str_classes_and_case_on_text():
    rng = random.Random(13)
    calls = [("str_all", [random_text(rng)], str_all) for _ in range(20000)]
    # Final sigma in context.
    for left in ["", "A", "a", "1", " ", "'", "\u0301", "A'", "A\u0301", "ʰ"]:
        for right in ["", "A", "a", "1", " ", "'", "\u0301", "'a", "\u0301A", "ʰ"]:
            calls.append(("str_all", [left + "Σ" + right], str_all))
            calls.append(("str_all", [left + "ΣΣ" + right], str_all))
    check(calls)


def test_str_methods():
    rng = random.Random(14)
    texts = [random_text(rng) for _ in range(3000)]

    def opt_index():
        return rng.choice([None, None, 0, 1, 2, -1, -3, 5, 100, -100])

    def sub_of(text):
        if text and rng.random() < 0.6:
            i = rng.randrange(len(text))
            return text[i : i + rng.randint(0, 3)]
        return rng.choice(["", " ", "a", "Σ", "😀", "ab", "\n", "xyz"])

    calls = []
    for t in texts:
        sep = rng.choice([None, None, " ", ",", "a", "ab", "Σ", "", "\n", sub_of(t)])
        maxsplit = rng.choice([-1, -1, 0, 1, 2, 5])
        calls.append(("str_split", [t, sep, maxsplit], lambda s, p, m: s.split(p, m)))
        calls.append(("str_rsplit", [t, sep, maxsplit], lambda s, p, m: s.rsplit(p, m)))
        calls.append(("str_splitlines", [t, rng.random() < 0.5], lambda s, k: s.splitlines(k)))
        chars = rng.choice([None, None, " ", "ab", "Σa", "", "\n\t ", sub_of(t)])
        calls.append(("str_strip", [t, chars], lambda s, c: s.strip(c)))
        calls.append(("str_lstrip", [t, chars], lambda s, c: s.lstrip(c)))
        calls.append(("str_rstrip", [t, chars], lambda s, c: s.rstrip(c)))
        sub = sub_of(t)
        start, end = opt_index(), opt_index()
        for name in ("find", "rfind", "index", "rindex", "count", "startswith", "endswith"):
            calls.append(
                (
                    f"str_{name}",
                    [t, sub, start, end],
                    lambda s, x, a, b, name=name: getattr(s, name)(x, a, b),
                )
            )
        calls.append(
            (
                "str_replace",
                [t, sub, rng.choice(["", "-", "ΣΣ", "😀"]), rng.choice([-1, -1, 0, 1, 2])],
                lambda s, o, n, c: s.replace(o, n, c),
            )
        )
        width = rng.choice([-1, 0, 3, 10, 25])
        fill = rng.choice([" ", "*", "é", "😀", "ab", ""])
        for name in ("center", "ljust", "rjust"):
            calls.append(
                (f"str_{name}", [t, width, fill], lambda s, w, f, name=name: getattr(s, name)(w, f))
            )
        calls.append(
            (
                "str_zfill",
                [rng.choice([t, "-" + t, "+" + t, "42", "-42"]), width],
                lambda s, w: s.zfill(w),
            )
        )
        psep = rng.choice([sub, "", " ", "Σ"])
        calls.append(("str_partition", [t, psep], lambda s, p: s.partition(p)))
        calls.append(("str_rpartition", [t, psep], lambda s, p: s.rpartition(p)))
        calls.append(("str_removeprefix", [t, sub], lambda s, p: s.removeprefix(p)))
        calls.append(("str_removesuffix", [t, sub], lambda s, p: s.removesuffix(p)))
        calls.append(
            (
                "str_expandtabs",
                [t + "\ta\tbc\t", rng.choice([-1, 0, 1, 4, 8])],
                lambda s, n: s.expandtabs(n),
            )
        )
        calls.append(("str_repr", [t], lambda s: s))
        calls.append(("str_ascii", [t], ascii))
        calls.append(("str_len", [t], len))
        calls.append(("str_iter", [t], list))
        calls.append(("str_getitem", [t, rng.randint(-12, 12)], lambda s, i: s[i]))
        calls.append(
            (
                "str_slice",
                [t, opt_index(), opt_index(), rng.choice([None, 1, 2, -1, -2, 3, 0])],
                lambda s, a, b, c: s[a:b:c],
            )
        )
        calls.append(("json_str", [t], lambda s: __import__("json").dumps(s)))
        calls.append(
            (
                "str_encode_decode",
                [t, rng.choice(["utf-8", "UTF8", "ascii"])],
                lambda s, e: s.encode(e).decode(e),
            )
        )
    check(calls)


def test_bytes_decode():
    rng = random.Random(15)
    pieces = [
        b"a",
        b"\xc3\xa9",
        b"\xe2\x82\xac",
        b"\xf0\x9f\x98\x80",
        b"\xff",
        b"\x80",
        b"\xc3",
        b"\xe2\x82",
        b"\xf0\x9f",
        b"\xed\xa0\x80",
        b"\xc0\xaf",
        b"\xf4\x90\x80\x80",
        b"\xe0\x80\x80",
        b"\xf0\x80",
        b" ",
    ]
    calls = []
    for _ in range(8000):
        data = b"".join(rng.choice(pieces) for _ in range(rng.randint(0, 5)))
        enc = rng.choice(["utf-8", "utf-8", "ascii"])
        err = rng.choice(["strict", "strict", "replace", "ignore"])
        calls.append(("bytes_decode", [data, enc, err], lambda d, e, r: d.decode(e, r)))
    check(calls)


def test_json_float():
    rng = random.Random(16)
    import json

    check([("json_float", [x], json.dumps) for x in random_floats(rng, 5000)])


# ---- sequences -------------------------------------------------------------------------------


def test_slices_of_lists_and_ranges():
    rng = random.Random(17)
    idx = [None, None, 0, 1, 2, 3, -1, -2, -5, 7, 100, -100]
    steps = [None, 1, 2, 3, -1, -2, -3, 0]
    calls = []
    for _ in range(6000):
        n = rng.randint(0, 9)
        a, b, c = rng.choice(idx), rng.choice(idx), rng.choice(steps)
        calls.append(("list_slice", [n, a, b, c], lambda n, a, b, c: list(range(n))[a:b:c]))

        def del_slice(n, a, b, c):
            xs = list(range(n))
            del xs[a:b:c]
            return xs

        def set_slice(n, a, b, c, m):
            xs = list(range(n))
            xs[a:b:c] = range(100, 100 + m)
            return xs

        calls.append(("list_del_slice", [n, a, b, c], del_slice))
        calls.append(("list_set_slice", [n, a, b, c, rng.randint(0, 4)], set_slice))
        r = (rng.randint(-10, 10), rng.randint(-10, 10), rng.choice([1, 2, 3, -1, -2, -3, 0]))
        calls.append(
            (
                "range_list",
                [*r, rng.randint(-12, 12)],
                lambda a, b, c, x: (len(range(a, b, c)), list(range(a, b, c)), x in range(a, b, c)),
            )
        )
        calls.append(("range_slice", [*r, a, b, c], lambda x, y, z, a, b, c: range(x, y, z)[a:b:c]))
    check(calls)


# ---- container methods: random scripts of calls on one list / dict / set -------------------


def opt(w):
    return None if w == "_" else int(w)


def run_list_script(script):
    xs, results = [], []
    note = lambda v: results.append(repr(v))  # noqa: E731
    for w in [c.split() for c in script.split(";") if c.strip()]:
        c, a = w[0], [x for x in w[1:]]
        if c == "append":
            xs.append(int(a[0]))
        elif c == "extend":
            xs.extend(range(int(a[0])))
        elif c == "insert":
            xs.insert(int(a[0]), int(a[1]))
        elif c == "pop":
            note(xs.pop(int(a[0])))
        elif c == "remove":
            xs.remove(int(a[0]))
        elif c == "index":
            note(xs.index(int(a[0]), int(a[1]), int(a[2])))
        elif c == "count":
            note(xs.count(int(a[0])))
        elif c == "sort":
            xs.sort(reverse=bool(int(a[0])))
        elif c == "sortkey":
            xs.sort(key=lambda x: x % 3, reverse=bool(int(a[0])))
        elif c == "sorted":
            note(sorted(xs, key=lambda x: -x, reverse=bool(int(a[0]))))
        elif c == "reverse":
            xs.reverse()
        elif c == "clear":
            xs.clear()
        elif c == "copy":
            ys = xs.copy()
            ys.append(99)
            note(ys)
        elif c == "alias":
            ys = xs
            ys.append(77)
        elif c == "get":
            note(xs[int(a[0])])
        elif c == "set":
            xs[int(a[0])] = int(a[1])
        elif c == "del":
            del xs[int(a[0])]
        elif c == "slice":
            note(xs[opt(a[0]) : opt(a[1]) : opt(a[2])])
        elif c == "setslice":
            xs[opt(a[0]) : opt(a[1]) : opt(a[2])] = range(int(a[3]))
        elif c == "delslice":
            del xs[opt(a[0]) : opt(a[1]) : opt(a[2])]
        elif c == "iadd":
            xs += range(int(a[0]))
        elif c == "mul":
            note(xs * int(a[0]))
        elif c == "minmax":
            note((min(xs), max(xs, key=lambda x: x % 4)))
        elif c == "sum":
            note(sum(xs))
        elif c == "contains":
            note(int(a[0]) in xs)
        elif c == "cmp":
            note((xs < [1, 2], xs == [1, 2]))
        elif c == "json":
            note(__import__("json").dumps(xs))
    return repr((results, xs))


def run_dict_script(script):
    d, results = {}, []
    note = lambda v: results.append(repr(v))  # noqa: E731
    for w in [c.split() for c in script.split(";") if c.strip()]:
        c, a = w[0], [int(x) for x in w[1:]]
        if c == "set":
            d[a[0]] = a[1]
        elif c == "get":
            note(d[a[0]])
        elif c == "getd":
            note(d.get(a[0], a[1]))
        elif c == "getn":
            note(d.get(a[0]))
        elif c == "pop":
            note(d.pop(a[0]))
        elif c == "popd":
            note(d.pop(a[0], a[1]))
        elif c == "setdefault":
            note(d.setdefault(a[0], a[1]))
        elif c == "del":
            del d[a[0]]
        elif c == "popitem":
            note(d.popitem())
        elif c == "update":
            d.update({i: i * 10 for i in range(a[0])})
        elif c == "clear":
            d.clear()
        elif c == "copy":
            e = d.copy()
            e[-1] = -1
            note(e)
        elif c == "views":
            note((list(d.keys()), list(d.values()), list(d.items())))
        elif c == "contains":
            note(a[0] in d)
        elif c == "len":
            note(len(d))
        elif c == "sorted":
            note(sorted(d))
        elif c == "reversed":
            note(list(reversed(d)))
        elif c == "json":
            note(__import__("json").dumps(d))
        elif c == "eq":
            note(d == {1: 10})
    return repr((results, d))


def run_set_script(script):
    s, results = set(), []
    note = lambda v: results.append(repr(v))  # noqa: E731
    of = lambda w: set(range(int(w), int(w) + 4))  # noqa: E731
    for w in [c.split() for c in script.split(";") if c.strip()]:
        c, a = w[0], w[1:]
        if c == "add":
            s.add(int(a[0]))
        elif c == "discard":
            s.discard(int(a[0]))
        elif c == "remove":
            s.remove(int(a[0]))
        elif c == "union":
            note(sorted(s.union(of(a[0]))))
        elif c == "inter":
            note(sorted(s.intersection(of(a[0]))))
        elif c == "diff":
            note(sorted(s.difference(of(a[0]))))
        elif c == "symdiff":
            note(sorted(s.symmetric_difference(of(a[0]))))
        elif c == "ior":
            s |= of(a[0])
        elif c == "subset":
            o = of(a[0])
            note((s.issubset(o), s.issuperset(o), s.isdisjoint(o), s < o, s <= o))
        elif c == "contains":
            note(int(a[0]) in s)
        elif c == "clear":
            s.clear()
        elif c == "len":
            note(len(s))
    return repr((results, sorted(s)))


class Script:
    """A callable whose result CPython reprs to the text the driver returns."""

    def __init__(self, run):
        self.run = run

    def __call__(self, script):
        return Literal(self.run(script))


class Literal:
    def __init__(self, text):
        self.text = text

    def __repr__(self):
        return self.text


def random_script(rng, commands):
    parts = []
    for _ in range(rng.randint(1, 12)):
        name, arity = rng.choice(commands)
        args = []
        for kind in arity:
            if kind == "i":
                args.append(str(rng.randint(-6, 8)))
            elif kind == "o":
                args.append(rng.choice(["_", "_", str(rng.randint(-6, 8))]))
            elif kind == "s":
                args.append(rng.choice(["_", "1", "2", "-1", "-2", "0"]))
            elif kind == "b":
                args.append(rng.choice(["0", "1"]))
        parts.append(" ".join([name] + args))
    return ";".join(parts)


LIST_COMMANDS = [
    ("append", "i"),
    ("append", "i"),
    ("extend", "i"),
    ("insert", "ii"),
    ("pop", "i"),
    ("remove", "i"),
    ("index", "iii"),
    ("count", "i"),
    ("sort", "b"),
    ("sortkey", "b"),
    ("sorted", "b"),
    ("reverse", ""),
    ("clear", ""),
    ("copy", ""),
    ("alias", ""),
    ("get", "i"),
    ("set", "ii"),
    ("del", "i"),
    ("slice", "oos"),
    ("setslice", "oosi"),
    ("delslice", "oos"),
    ("iadd", "i"),
    ("mul", "i"),
    ("minmax", ""),
    ("sum", ""),
    ("contains", "i"),
    ("cmp", ""),
    ("json", ""),
]
DICT_COMMANDS = [
    ("set", "ii"),
    ("set", "ii"),
    ("set", "ii"),
    ("get", "i"),
    ("getd", "ii"),
    ("getn", "i"),
    ("pop", "i"),
    ("popd", "ii"),
    ("setdefault", "ii"),
    ("del", "i"),
    ("popitem", ""),
    ("update", "i"),
    ("clear", ""),
    ("copy", ""),
    ("views", ""),
    ("contains", "i"),
    ("len", ""),
    ("sorted", ""),
    ("reversed", ""),
    ("json", ""),
    ("eq", ""),
]
SET_COMMANDS = [
    ("add", "i"),
    ("add", "i"),
    ("discard", "i"),
    ("remove", "i"),
    ("union", "i"),
    ("inter", "i"),
    ("diff", "i"),
    ("symdiff", "i"),
    ("ior", "i"),
    ("subset", "i"),
    ("contains", "i"),
    ("clear", ""),
    ("len", ""),
]


def test_container_method_scripts():
    rng = random.Random(18)
    calls = []
    for _ in range(6000):
        calls.append(("list_script", [random_script(rng, LIST_COMMANDS)], Script(run_list_script)))
        calls.append(("dict_script", [random_script(rng, DICT_COMMANDS)], Script(run_dict_script)))
        calls.append(("set_script", [random_script(rng, SET_COMMANDS)], Script(run_set_script)))
    check(calls)


def test_format_garbage_specs():
    # Unstructured specs: every parse error CPython reports must be ours too.
    rng = random.Random(19)
    alphabet = "<>=^+- z#0123456789,_.eEfFgGn%sdxXobcé😀*"
    calls = []
    for _ in range(15000):
        spec = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 7)))
        calls.append(
            ("format_float", [rng.choice([1.5, -0.0, 1e20, math.nan, -123.456]), spec], format)
        )
        calls.append(("format_int", [rng.choice([0, 7, -1234567, INT_MAX, 65]), spec], format))
        calls.append(("format_str", [rng.choice(["", "abc", "é😀"]), spec], format))
    check(calls)
