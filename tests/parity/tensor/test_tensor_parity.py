"""Parity of the runtime tensor (runtime/tensor) with numpy, running live.

Every case is one operation on arrays generated here (seeded), run through the C++ driver
`tensor_parity_driver` (one process for all cases) and through numpy itself. Results must
match numpy's dtype and shape exactly, and its values exactly where the order of the
arithmetic is fixed, or within a few units in the last place where a reduction may sum in
another order or a libm may round a transcendental differently. Errors must be of the
kind numpy raises (isinstance: numpy's AxisError is a ValueError) with numpy's message.

torch itself is not installable here (PyPI's wheel needs its CUDA libraries), so torch's
rules are checked against their documented definitions, computed with numpy.

The build directory comes from $INGOT_BUILD (default `build`).
"""

import builtins
import json
import math
import os
import subprocess
import warnings
from pathlib import Path

import numpy as np
import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
RNG = np.random.default_rng(20261125)


def driver() -> Path:
    build = Path(os.environ.get("INGOT_BUILD", "build"))
    if not build.is_absolute():
        build = ROOT / build
    path = build / "tests" / "parity" / "tensor_parity_driver"
    if not path.exists():
        pytest.skip(f"{path} is not built")
    return path


# ---- operands ---------------------------------------------------------------------------


class A:
    """An array operand: the numpy array both sides start from, optionally viewed."""

    def __init__(self, base, view=None, transpose=False):
        self.base = np.asarray(base)
        self.view = view
        self.transpose = transpose

    def numpy(self):
        # A fresh copy each time: in-place cases must not see each other's writes.
        out = self.base.copy()
        if self.view is not None:
            out = out[tuple(index_to_numpy(i) for i in self.view)]
        return out.T if self.transpose else out

    def to_json(self):
        data = self.base.ravel().tolist()
        out = {"dtype": self.base.dtype.name, "shape": list(self.base.shape), "data": data}
        if self.view is not None:
            out["view"] = [index_to_json(i) for i in self.view]
        if self.transpose:
            out["T"] = True
        return out


def index_to_numpy(item):
    if isinstance(item, A):
        return item.numpy()
    return item


def index_to_json(item):
    if item is None:
        return None
    if item is Ellipsis:
        return "..."
    if isinstance(item, slice):
        return [item.start, item.stop, item.step]
    if isinstance(item, A):
        return item.to_json()
    return item


def to_json(value):
    if isinstance(value, A):
        return value.to_json()
    if isinstance(value, (list, tuple)):
        return [to_json(v) for v in value]
    if isinstance(value, float) and math.isinf(value):
        return "inf" if value > 0 else "-inf"
    return value


def to_numpy(value):
    if isinstance(value, A):
        return value.numpy()
    if isinstance(value, list):
        return [to_numpy(v) for v in value]
    return value


def rand(shape, dtype="float32", low=-3, high=3):
    dtype = np.dtype(dtype)
    if dtype == np.bool_:
        return RNG.random(shape) < 0.5
    if dtype.kind in "iu":
        return RNG.integers(low, high, size=shape, endpoint=True).astype(dtype)
    return (RNG.random(shape) * (high - low) + low).astype(dtype)


def special(dtype="float64"):
    """NaN, infinities, signed zeros and ordinary values."""
    return np.array([np.nan, np.inf, -np.inf, 0.0, -0.0, 1.5, -2.5, 1e-30, 3.0], dtype=dtype)


# ---- cases ------------------------------------------------------------------------------

CASES = []  # (id, op, args, kw, expected_fn, tolerance)


def case(op, args, expected, kw=None, ulps=None, name=None, scale=None):
    """ulps: None for an exact comparison, else the tolerance in units of the dtype's eps,
    relative to each value or, for sums whose order may differ, to `scale` (the sum of the
    magnitudes the result is made of: the size of summation's rounding error)."""
    tolerance = None if ulps is None else (ulps, scale)
    CASES.append((name or f"{op}-{len(CASES)}", op, args, kw or {}, expected, tolerance))


# Errors whose kind is numpy's but whose message is ingot's own (numpy's names internal
# remapped shapes that ingot does not build).
OWN_MESSAGE = set()


def magnitude(*arrays):
    """The sum of |x| and x**2 over the finite elements: a bound on what a reduction adds."""
    total = 0.0
    for a in arrays:
        v = np.asarray(a, dtype="float64")
        v = v[np.isfinite(v)]
        total += float(np.sum(np.abs(v)) + np.sum(v * v))
    return total


def ignore(fn):
    """fn with numpy's floating-point and empty-slice warnings off: the values are the point."""

    def run(*args, **kw):
        with np.errstate(all="ignore"), warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            return fn(*args, **kw)

    return run


BINARY = {
    "add": np.add,
    "subtract": np.subtract,
    "multiply": np.multiply,
    "divide": np.divide,
    "floor_divide": np.floor_divide,
    "remainder": np.remainder,
    "power": np.power,
    "maximum": np.maximum,
    "minimum": np.minimum,
    "equal": np.equal,
    "not_equal": np.not_equal,
    "less": np.less,
    "less_equal": np.less_equal,
    "greater": np.greater,
    "greater_equal": np.greater_equal,
    "logical_and": np.logical_and,
    "logical_or": np.logical_or,
    "logical_xor": np.logical_xor,
    "bitwise_and": np.bitwise_and,
    "bitwise_or": np.bitwise_or,
    "bitwise_xor": np.bitwise_xor,
}


def binary_cases():
    # Every op over float32 and int32 with broadcasting.
    for op, fn in BINARY.items():
        for dtype in ("float32", "int32"):
            y = rand((3,), dtype, 1, 4) if op == "power" else rand((3,), dtype)
            case(op, [A(rand((2, 3), dtype)), A(y)], ignore(fn))
    # Promotion between every pair of dtypes numpy knows.
    dtypes = ["bool", "uint8", "int32", "int64", "float16", "float32", "float64"]
    for a in dtypes:
        for b in dtypes:
            case(
                "add", [A(rand((4,), a)), A(rand((4,), b))], ignore(np.add), name=f"promote-{a}-{b}"
            )
    # Python scalars are weak (NEP 50).
    for dtype in ("bool", "uint8", "int32", "float16", "float32"):
        for scalar in (2, 2.5, True):
            case("multiply", [A(rand((3,), dtype)), scalar], ignore(np.multiply))
            case("subtract", [scalar, A(rand((3,), dtype))], ignore(np.subtract))
    case("add", [A(rand((3,), "uint8")), 300], np.add, name="scalar-out-of-bounds")
    # Broadcasting corner cases.
    shapes = [
        ((2, 1, 3), (4, 1)),
        ((1,), (5,)),
        ((), (2, 3)),
        ((0,), (1,)),
        ((3, 0), (1, 0)),
        ((2, 0, 4), (4,)),
        ((5, 1), (1, 6)),
        ((2, 3), (4,)),
        ((2, 3), (3, 2)),
        ((0,), (2,)),
    ]
    for sa, sb in shapes:
        case("add", [A(rand(sa)), A(rand(sb))], np.add, name=f"broadcast-{sa}-{sb}")
    # Integer wrap-around and division corners, as numpy wraps.
    big = np.array([2**31 - 1, -(2**31), 123456789, -7, 7, 0], dtype="int32")
    other = np.array([1, -1, 1000, 2, -2, 0], dtype="int32")
    for op in ("add", "subtract", "multiply", "floor_divide", "remainder", "power"):
        rhs = np.abs(other) if op == "power" else other
        case(op, [A(big), A(rhs)], ignore(BINARY[op]), name=f"int32-wrap-{op}")
    case(
        "power", [A(big), A(np.array([-1] * 6, dtype="int32"))], np.power, name="int-negative-power"
    )
    i64 = np.array([2**63 - 1, -(2**63), 3], dtype="int64")
    case(
        "multiply",
        [A(i64), A(np.array([2, 2, 3], "int64"))],
        ignore(np.multiply),
        name="int64-wrap",
    )
    # NaN / inf / signed zero propagation.
    s = special()
    for op in (
        "add",
        "multiply",
        "divide",
        "floor_divide",
        "remainder",
        "maximum",
        "minimum",
        "power",
        "less",
        "equal",
    ):
        case(op, [A(s[:, None]), A(s[None, :])], ignore(BINARY[op]), name=f"special-{op}")
    for dtype in ("float16", "float32"):
        s = special(dtype)
        case("divide", [A(s), A(s[::-1].copy())], ignore(np.divide), name=f"special-divide-{dtype}")
    # Non-contiguous views as operands.
    base = rand((4, 6))
    case("add", [A(base, view=[slice(None, None, 2), slice(1, None, 3)]), A(rand((2, 2)))], np.add)
    case("multiply", [A(base, transpose=True), A(rand((6, 1)))], np.multiply)
    case("subtract", [A(base, view=[slice(None, None, -1), Ellipsis]), A(base)], np.subtract)
    # Errors.
    case("bitwise_and", [A(rand((2,))), A(rand((2,)))], np.bitwise_and, name="bitwise-float")
    case(
        "subtract",
        [A(rand((2,), "bool")), A(rand((2,), "bool"))],
        np.subtract,
        name="bool-subtract",
    )


def inplace_cases():
    for op in ("add", "subtract", "multiply", "divide", "floor_divide"):
        fn = BINARY[op]

        def inplace(a, b, fn=fn):
            with np.errstate(all="ignore"):
                fn(a, b, out=a, casting="same_kind")
            return a

        case("i" + op, [A(rand((2, 3))), A(rand((3,)))], inplace)
        case("i" + op, [A(rand((2, 3), "int32")), A(rand((2, 1), "int32", 1, 3))], inplace)
        case(
            "i" + op,
            [A(rand((2, 3), "int32")), A(rand((3,), "float32"))],
            inplace,
            name=f"i{op}-cast-error",
        )
        case("i" + op, [A(rand((3,))), A(rand((2, 3)))], inplace, name=f"i{op}-shape-error")
    view = A(rand((4, 4)), view=[slice(None, None, 2)])

    def iadd(a, b):
        a += b
        return a

    case("iadd", [view, 1.5], iadd, name="iadd-view-scalar")


UNARY = {
    "negative": np.negative,
    "abs": np.abs,
    "sign": np.sign,
    "square": np.square,
    "exp": np.exp,
    "log": np.log,
    "log1p": np.log1p,
    "sqrt": np.sqrt,
    "tanh": np.tanh,
    "sin": np.sin,
    "arctan": np.arctan,
    "arccosh": np.arccosh,
    "floor": np.floor,
    "ceil": np.ceil,
    "round": np.round,
    "logical_not": np.logical_not,
    "invert": np.invert,
    "isnan": np.isnan,
    "isfinite": np.isfinite,
    "isinf": np.isinf,
}
TRANSCENDENTAL = {"exp", "log", "log1p", "sqrt", "tanh", "sin", "arctan", "arccosh"}


def unary_cases():
    for op, fn in UNARY.items():
        ulps = 2 if op in TRANSCENDENTAL else None
        for dtype in ("float32", "float64", "int32", "uint8", "float16", "bool"):
            x = rand((2, 5), dtype, 0 if dtype == "uint8" else -3, 9)
            case(op, [A(x)], ignore(fn), ulps=ulps, name=f"{op}-{dtype}")
        case(op, [A(special())], ignore(fn), ulps=ulps, name=f"{op}-special")
    case(
        "round",
        [A(np.array([0.5, 1.5, 2.5, -0.5, -1.5, 2.4999], "float32"))],
        np.round,
        name="round-half-even",
    )
    # float32 exp is ingot's own vectorized kernel: the whole range, into the subnormals and
    # past overflow, contiguous and strided; likewise sigmoid, which is built on it.
    wide = np.concatenate([np.linspace(-110, 95, 20011, dtype="float32"), special("float32")])
    erf = np.vectorize(math.erf, otypes=[np.float64])
    # scale=0: relative to each value alone (the subnormals to within 2 of their spacing).
    case("exp", [A(wide)], ignore(np.exp), ulps=2, scale=0.0, name="exp-float32-range")
    case(
        "exp",
        [A(wide.reshape(-1, 7), transpose=True)],
        ignore(np.exp),
        ulps=2,
        name="exp-float32-strided",
    )
    # float32 transcendentals other than exp are computed in double and rounded once: the
    # correctly rounded float32 (numpy's and torch's own kernels are each a few ulp off).
    wide_positive = np.abs(wide) + np.float32(1e-3)
    for op, fn, operand in [
        ("log", np.log, wide_positive),
        ("log1p", np.log1p, wide_positive),
        ("log10", np.log10, wide_positive),
        ("log2", np.log2, wide_positive),
        ("exp2", np.exp2, wide),
        ("expm1", np.expm1, wide),
        ("tanh", np.tanh, wide),
        ("erf", erf, wide),
        ("sin", np.sin, wide),
        ("cos", np.cos, wide),
        ("tan", np.tan, wide),
        ("arcsin", np.arcsin, wide / np.float32(100)),
        ("arccos", np.arccos, wide / np.float32(100)),
        ("arctan", np.arctan, wide),
        ("sinh", np.sinh, wide),
        ("cosh", np.cosh, wide),
        ("arcsinh", np.arcsinh, wide),
        ("arccosh", np.arccosh, wide_positive + np.float32(0.5)),
        ("arctanh", np.arctanh, wide / np.float32(100)),
    ]:
        rounded = ignore(lambda v, fn=fn: fn(v.astype("float64")).astype("float32"))
        case(op, [A(operand)], rounded, name=f"{op}-float32-correctly-rounded")
    # torch's 1 / (1 + exp(-x)) in float32: exp(-x) overflows below about -88 and the
    # result is 0 there, as torch's is.
    sigmoid = ignore(lambda v: np.float32(1) / (np.float32(1) + np.exp(-v)))
    case("sigmoid", [A(wide)], sigmoid, ulps=4, scale=0.0, name="sigmoid-float32-range")
    # torch's activations against their definitions (math.erf is CPython's libm erf).
    x = np.concatenate([rand((12,), "float64", -6, 6), special()])
    defs = {
        "relu": lambda v: np.where(np.isnan(v), v, np.maximum(v, 0)),
        "sigmoid": lambda v: 1 / (1 + np.exp(-v)),
        "rsqrt": lambda v: 1 / np.sqrt(v),
        "erf": erf,
        "gelu": lambda v: v * 0.5 * (1 + erf(v / math.sqrt(2))),
        "gelu_tanh": lambda v: (
            0.5 * v * (1 + np.tanh(math.sqrt(2 / math.pi) * (v + 0.044715 * v**3)))
        ),
    }
    # The GELUs' 1 + erf / 1 + tanh cancels in the negative tail: a last-place difference
    # in erf or tanh shows at the scale of |x| there, whoever computes it.
    for op, fn in defs.items():
        scale = 6.0 if op.startswith("gelu") else None
        case(op, [A(x)], ignore(fn), ulps=4, scale=scale, name=f"{op}-float64")
        case(
            op,
            [A(x.astype("float32"))],
            ignore(lambda v, fn=fn: fn(v.astype("float64")).astype("float32")),
            ulps=4,
            scale=scale,
            name=f"{op}-float32",
        )


REDUCTIONS = {
    "sum": np.sum,
    "prod": np.prod,
    "mean": np.mean,
    "max": np.max,
    "min": np.min,
    "any": np.any,
    "all": np.all,
    "var": np.var,
    "std": np.std,
}


def reduction_cases():
    x = rand((3, 4, 5))
    axes = [None, 0, 1, -1, (0, 2), (-1, -3), (0, 1, 2)]
    for op, fn in REDUCTIONS.items():
        ulps = None if op in ("max", "min", "any", "all") else 8
        for axis in axes:
            for keepdims in (False, True):
                case(
                    op,
                    [A(x)],
                    ignore(lambda v, fn=fn, axis=axis, k=keepdims: fn(v, axis=axis, keepdims=k)),
                    kw={"axis": axis, "keepdims": keepdims},
                    ulps=ulps,
                    scale=magnitude(x),
                    name=f"{op}-{axis}-{keepdims}",
                )
        for dtype in ("int32", "int64", "bool", "float16", "float64"):
            y = rand((4, 6), dtype)
            case(
                op,
                [A(y)],
                ignore(lambda v, fn=fn: fn(v, axis=1)),
                kw={"axis": 1},
                ulps=ulps,
                scale=magnitude(y),
                name=f"{op}-{dtype}",
            )
        # NaN propagates; empty and zero-size dimensions.
        case(op, [A(special())], ignore(fn), ulps=ulps, name=f"{op}-special")
        case(
            op,
            [A(np.zeros((0, 3), "float32"))],
            ignore(lambda v, fn=fn: fn(v, axis=0)),
            kw={"axis": 0},
            ulps=ulps,
            name=f"{op}-empty-axis0",
        )
        case(
            op,
            [A(np.zeros((0, 3), "float32"))],
            ignore(lambda v, fn=fn: fn(v, axis=1)),
            kw={"axis": 1},
            ulps=ulps,
            name=f"{op}-empty-axis1",
        )
        case(
            op,
            [A(x, view=[slice(None, None, 2), slice(None, None, -1)])],
            ignore(lambda v, fn=fn: fn(v, axis=(0, 2))),
            kw={"axis": [0, 2]},
            ulps=ulps,
            scale=magnitude(x),
            name=f"{op}-view",
        )
    case(
        "var",
        [A(x)],
        lambda v: np.var(v, axis=1, ddof=1),
        kw={"axis": 1, "ddof": 1},
        ulps=8,
        scale=magnitude(x),
        name="var-ddof",
    )
    case(
        "std",
        [A(rand((5,), "int32"))],
        lambda v: np.std(v, ddof=1),
        kw={"ddof": 1},
        ulps=8,
        name="std-int-ddof",
    )
    case("sum", [A(np.full((7,), 2**30, "int32"))], np.sum, name="sum-int32-widens")
    case("sum", [A(x)], lambda v: np.sum(v, axis=3), kw={"axis": 3}, name="sum-axis-error")
    case(
        "sum",
        [A(x)],
        lambda v: np.sum(v, axis=(0, 0)),
        kw={"axis": [0, 0]},
        name="sum-duplicate-axis",
    )
    # argmax / argmin: first occurrence, first NaN.
    for op, fn in (("argmax", np.argmax), ("argmin", np.argmin)):
        for axis in (None, 0, 1, -1):
            for keepdims in (False, True):
                case(
                    op,
                    [A(rand((4, 5), "int32", 0, 3))],
                    lambda v, fn=fn, a=axis, k=keepdims: fn(v, axis=a, keepdims=k),
                    kw={"axis": axis, "keepdims": keepdims},
                )
        case(op, [A(special())], fn, name=f"{op}-nan")
        case(op, [A(np.zeros((0,), "float32"))], fn, name=f"{op}-empty")
    # cumsum: sums in order, so exact.
    for axis in (None, 0, 1, -1):
        case("cumsum", [A(rand((3, 4)))], lambda v, a=axis: np.cumsum(v, axis=a), kw={"axis": axis})
    case("cumsum", [A(rand((3, 4), "int32"))], lambda v: np.cumsum(v, axis=1), kw={"axis": 1})
    case("cumsum", [A(np.full((4,), 2**30, "int32"))], np.cumsum, name="cumsum-int32-widens")
    case("cumsum", [A(special())], np.cumsum, name="cumsum-special")

    # logsumexp against its definition in float64.
    def logsumexp(v, axis=None):
        peak = np.max(v, axis=axis, keepdims=True)
        peak = np.where(np.isfinite(peak), peak, 0)
        with np.errstate(all="ignore"):
            out = np.log(np.sum(np.exp(v - peak), axis=axis, keepdims=True)) + peak
        return np.squeeze(out, axis=axis) if axis is not None else out.reshape(())

    case(
        "logsumexp",
        [A(rand((3, 4), "float64", -50, 50))],
        lambda v: logsumexp(v, 1),
        kw={"axis": 1},
        ulps=8,
    )
    case(
        "logsumexp",
        [A(np.array([-np.inf, -np.inf]))],
        logsumexp,
        ulps=8,
        name="logsumexp-all-neg-inf",
    )


def linalg_cases():
    for dtype in ("float32", "float64", "int32", "int64"):
        for sa, sb in [
            ((3, 4), (4, 5)),
            ((4,), (4, 2)),
            ((3, 4), (4,)),
            ((4,), (4,)),
            ((2, 3, 4), (4, 5)),
            ((2, 1, 3, 4), (5, 4, 2)),
            ((0, 4), (4, 3)),
            ((3, 0), (0, 2)),
        ]:
            ulps = 16 if dtype.startswith("float") else None
            a, b = rand(sa, dtype), rand(sb, dtype)
            case(
                "matmul",
                [A(a), A(b)],
                np.matmul,
                ulps=ulps,
                scale=magnitude(a, b),
                name=f"matmul-{dtype}-{sa}-{sb}",
            )
    a, b = rand((70, 300)), rand((300, 600))
    # Each output sums 300 products of magnitude <= 9.
    case("matmul", [A(a), A(b)], np.matmul, ulps=4, scale=300 * 9.0, name="matmul-blocked")
    case(
        "matmul",
        [A(rand((6, 4)), transpose=True), A(rand((6, 3)))],
        np.matmul,
        ulps=16,
        name="matmul-transposed",
    )
    case("matmul", [A(rand((3, 4))), A(rand((5, 2)))], np.matmul, name="matmul-mismatch")
    case("matmul", [A(rand((3,))), A(np.float32(2.0))], np.matmul, name="matmul-0d")
    case(
        "matmul",
        [A(rand((3, 4), "float16")), A(rand((4, 2), "float32"))],
        np.matmul,
        ulps=16,
        name="matmul-promote",
    )
    case(
        "matmul",
        [A(np.full((2, 2), 2**20, "int32")), A(np.full((2, 2), 2**20, "int32"))],
        np.matmul,
        name="matmul-int32-wraps",
    )
    for sa, sb in [
        ((3,), (3,)),
        ((2, 3), (3,)),
        ((2, 3), (3, 4)),
        ((2, 2, 3), (4, 3, 5)),
        ((), (3,)),
    ]:
        case(
            "dot",
            [A(rand(sa, "float64")), A(rand(sb, "float64"))],
            np.dot,
            ulps=16,
            name=f"dot-{sa}-{sb}",
        )
    case("dot", [A(rand((2, 3))), A(rand((4, 5)))], np.dot, name="dot-mismatch")
    einsums = [
        ("ij,jk->ik", [(3, 4), (4, 5)]),
        ("ij,jk", [(3, 4), (4, 5)]),
        ("bij,bjk->bik", [(2, 3, 4), (2, 4, 5)]),
        ("bhqd,bhkd->bhqk", [(2, 2, 3, 4), (2, 2, 5, 4)]),
        ("i,i->", [(6,), (6,)]),
        ("i,j->ij", [(3,), (4,)]),
        ("ij->ji", [(3, 4)]),
        ("ii->i", [(4, 4)]),
        ("ii", [(4, 4)]),
        ("ij->", [(3, 4)]),
        ("ij->j", [(3, 4)]),
        ("ij,ij->i", [(3, 4), (3, 4)]),
        ("ij,kj->ik", [(3, 4), (5, 4)]),
        ("ij,jk,kl->il", [(2, 3), (3, 4), (4, 5)]),
        ("nd,md->nm", [(4, 8), (6, 8)]),
        ("ij,jk->ik", [(3, 4), (5, 6)]),
        ("ij,jk->ik", [(3, 4)]),
    ]
    OWN_MESSAGE.update(f"einsum-ij,jk->ik-[(3, 4), (5, 6)]-{d}" for d in ("float64", "int32"))
    for subscripts, shapes in einsums:
        for dtype in ("float64", "int32"):
            ops = [rand(s, dtype) for s in shapes]
            ulps = 16 if dtype == "float64" else None
            case(
                "einsum",
                [subscripts, [A(o) for o in ops]],
                lambda s, ps: np.einsum(s, *ps),
                ulps=ulps,
                scale=magnitude(*ops),
                name=f"einsum-{subscripts}-{shapes}-{dtype}",
            )
    norm = np.linalg.norm
    x = rand((3, 4), "float64")
    for ord_ in (2, 1, np.inf, -np.inf, 0, 3):
        for axis in (0, 1, -1):
            case(
                "norm",
                [A(x), float(ord_)],
                lambda v, o, a=axis: norm(v, ord=o, axis=a),
                kw={"axis": axis},
                ulps=8,
                name=f"norm-{ord_}-{axis}",
            )
    case("norm", [A(x), 2.0], lambda v, o: norm(v), ulps=8, name="norm-frobenius")
    orders = {"fro": "fro", "nuc": "nuc", "2": 2, "-2": -2, "1": 1, "-1": -1}
    orders.update({"inf": np.inf, "-inf": -np.inf})
    batch = rand((2, 3, 4), "float64")
    for name, ord_ in orders.items():
        case(
            "matrix_norm",
            [A(x), name, 0, 1],
            lambda v, o, r, c, p=ord_: norm(v, ord=p),
            ulps=16,
            name=f"norm-matrix-{name}",
        )
        case(
            "matrix_norm",
            [A(batch), name, 2, 0],
            lambda v, o, r, c, p=ord_: norm(v, ord=p, axis=(2, 0), keepdims=True),
            kw={"keepdims": True},
            ulps=16,
            name=f"norm-matrix-{name}-batched",
        )
    case("norm", [A(rand((5,), "int32")), 2.0], lambda v, o: norm(v), ulps=8, name="norm-int")
    case(
        "norm",
        [A(rand((5,), "float32")), 2.0],
        lambda v, o: norm(v, axis=0, keepdims=True),
        kw={"axis": 0, "keepdims": True},
        ulps=8,
        name="norm-keepdims",
    )


def shape_cases():
    x = rand((2, 3, 4))
    for shape in [(6, 4), (-1,), (4, -1), (2, 12), (24,), (1, 2, 1, 12), (5, 5), (-1, -1), (0, -1)]:
        case("reshape", [A(x), list(shape)], lambda v, s: v.reshape(s), name=f"reshape-{shape}")
    case("reshape", [A(x, transpose=True), [4, 6]], lambda v, s: v.reshape(s), name="reshape-copy")
    case(
        "reshape",
        [A(np.zeros((0, 3), "float32")), [3, 0]],
        lambda v, s: v.reshape(s),
        name="reshape-empty",
    )
    for axes in (None, [2, 0, 1], [0, 1], [0, 0, 1], [1, -1, 0]):
        case("transpose", [A(x), axes], lambda v, a: np.transpose(v, a), name=f"transpose-{axes}")
    case("swapaxes", [A(x), 0, -1], np.swapaxes)
    case("moveaxis", [A(x), 0, -1], np.moveaxis)
    case("moveaxis", [A(x), -1, 1], np.moveaxis)
    for axis in (0, 1, 3, -1, -4, 4):
        case("expand_dims", [A(x), axis], np.expand_dims, name=f"expand_dims-{axis}")
    y = rand((1, 3, 1))
    for axis in (None, 0, [0, 2], -1, 1):
        case(
            "squeeze",
            [A(y)],
            lambda v, a=axis: np.squeeze(v, axis=tuple(a) if isinstance(a, list) else a),
            kw={"axis": axis},
            name=f"squeeze-{axis}",
        )
    for shape in [(2, 3), (4, 2, 3), (3,), (2, 1)]:
        case(
            "broadcast_to",
            [A(rand((1, 3))), list(shape)],
            np.broadcast_to,
            name=f"broadcast_to-{shape}",
        )
    case("ravel", [A(x, transpose=True)], np.ravel)
    parts = [A(rand((2, 3))), A(rand((1, 3), "float64")), A(rand((0, 3)))]
    case("concatenate", [parts], lambda ps: np.concatenate(ps, axis=0), kw={"axis": 0})
    case(
        "concatenate",
        [[A(rand((2, 3))), A(rand((2, 1), "int32"))]],
        lambda ps: np.concatenate(ps, axis=-1),
        kw={"axis": -1},
        name="concatenate-last",
    )
    case(
        "concatenate",
        [[A(rand((2, 3))), A(rand((2, 2)))]],
        lambda ps: np.concatenate(ps, axis=0),
        kw={"axis": 0},
        name="concatenate-mismatch",
    )
    case(
        "concatenate",
        [[A(rand((2, 3))), A(rand((3,)))]],
        lambda ps: np.concatenate(ps, axis=0),
        kw={"axis": 0},
        name="concatenate-ndim",
    )
    case(
        "concatenate",
        [[A(rand((2, 3))), A(rand((3,)))]],
        lambda ps: np.concatenate(ps, axis=None),
        kw={"axis": None},
        name="concatenate-flat",
    )
    for axis in (0, 1, 2, -1):
        case(
            "stack",
            [[A(rand((2, 3))), A(rand((2, 3)))]],
            lambda ps, a=axis: np.stack(ps, axis=a),
            kw={"axis": axis},
        )
    case(
        "stack",
        [[A(rand((2, 3))), A(rand((3, 2)))]],
        lambda ps: np.stack(ps),
        name="stack-mismatch",
    )
    z = rand((6, 4))
    case("split", [A(z), 3], lambda v, n: np.split(v, n, axis=0), kw={"axis": 0})
    case(
        "split",
        [A(z), 4],
        lambda v, n: np.split(v, n, axis=0),
        kw={"axis": 0},
        name="split-unequal",
    )
    case(
        "split",
        [A(z), [1, 3, 10]],
        lambda v, i: np.split(v, i, axis=1),
        kw={"axis": 1},
        name="split-indices",
    )
    case(
        "split",
        [A(z), [-2]],
        lambda v, i: np.split(v, i, axis=0),
        kw={"axis": 0},
        name="split-negative",
    )
    case("array_split", [A(z), 4], lambda v, n: np.array_split(v, n, axis=0), kw={"axis": 0})
    for axis in (None, 0, 1):
        case(
            "repeat",
            [A(rand((2, 3))), 2],
            lambda v, r, a=axis: np.repeat(v, r, axis=a),
            kw={"axis": axis},
        )
    for reps in ([2], [2, 1], [1, 2, 2], [0, 1]):
        case("tile", [A(rand((2, 3))), reps], np.tile, name=f"tile-{reps}")


def torch_shape_cases():
    """torch's shape functions against their documented definitions, written with numpy."""
    z = rand((7, 4))
    for size in (1, 2, 3, 7, 10):
        case(
            "torch_split",
            [A(z), size],
            lambda v, n: np.split(v, range(n, len(v), n)),
            kw={"axis": 0},
            name=f"torch_split-{size}",
        )
    for chunks in (1, 2, 3, 4, 7):

        def chunk(v, n):
            size = max(-(-len(v) // n), 1)
            return np.split(v, range(size, len(v), size))

        case("chunk", [A(z), chunks], chunk, kw={"axis": 0}, name=f"chunk-{chunks}")
    x = rand((2, 3, 4))
    for start, end in ((0, -1), (1, 2), (0, 1), (2, 2), (-2, -1)):

        def flatten(v, s, e):
            s, e = s % v.ndim, e % v.ndim
            return v.reshape(v.shape[:s] + (-1,) + v.shape[e + 1 :])

        case("flatten", [A(x), start, end], flatten, name=f"flatten-{start}-{end}")
    for sizes in ([2, 3, 4], [-1, 3, 4], [5, 2, -1, 4]):

        def expand(v, sizes):
            lead = len(sizes) - v.ndim
            return np.broadcast_to(
                v, [v.shape[i - lead] if n == -1 else n for i, n in enumerate(sizes)]
            )

        case("expand", [A(rand((1, 3, 1))), sizes], expand, name=f"expand-{sizes}")
    case("expand", [A(rand((2, 3))), [3, 3]], "RuntimeError", name="expand-mismatch")
    index = RNG.integers(0, 3, size=(2, 4)).astype("int64")
    y = rand((3, 4))
    case(
        "gather",
        [A(y), 0, A(index)],
        lambda v, d, i: np.take_along_axis(v, i, d),
        name="gather-dim0",
    )
    case(
        "gather",
        [A(y), 1, A(index[:, :3] % 4)],
        lambda v, d, i: np.take_along_axis(v[:2, :], i, d),
        name="gather-smaller",
    )
    case(
        "gather",
        [A(y), 1, A(np.full((3, 4), 9, "int64"))],
        "RuntimeError",
        name="gather-out-of-range",
    )


def index_cases():
    x = rand((4, 5, 6))
    basic = [
        [1],
        [-1],
        [slice(None, None, 2)],
        [slice(None, None, -1)],
        [slice(1, -1), slice(None, None, -2)],
        [Ellipsis, 0],
        [None, 1, Ellipsis, None],
        [slice(10, 20)],
        [slice(-100, 100, 3)],
        [slice(4, 0, -1)],
        [1, 2, 3],
        [slice(None), None, slice(None, None, 3)],
    ]
    for index in basic:
        case(
            "getitem",
            [A(x), [index_to_json(i) for i in index]],
            lambda v, i, idx=tuple(index): v[idx],
            name=f"getitem-{index}",
        )
    errors = [[4], [0, 0, 0, 0], [Ellipsis, Ellipsis], [slice(None, None, 0)], [0, -6]]
    for index in errors:
        case(
            "getitem",
            [A(x), [index_to_json(i) for i in index]],
            lambda v, i, idx=tuple(index): v[idx],
            name=f"getitem-error-{index}",
        )
    # One integer array or boolean mask, with basic indices around it.
    ints = A(np.array([[0, -1], [2, 1]], "int64"))
    mask = A(rand((5,), "bool"))
    advanced = [
        [ints],
        [slice(None), ints],
        [Ellipsis, ints],
        [1, slice(None), ints],
        [ints, 2],
        [slice(None), mask],
        [A(rand((4, 5), "bool"))],
        [A(x > 0)],
        [1, mask, slice(None, None, 2)],
        [A(np.array([], "int64"))],
        [A(np.array([9], "int64"))],
        [A(rand((3,), "bool"))],
    ]
    for index in advanced:
        case(
            "getitem",
            [A(x), [index_to_json(i) for i in index]],
            lambda v, i, idx=tuple(index): v[tuple(index_to_numpy(j) for j in idx)],
            name=f"getitem-adv-{len(CASES)}",
        )
    # Assignment through the same indices.
    for index in basic[:6] + advanced[:9]:
        shape = x[tuple(index_to_numpy(j) for j in index)].shape
        value = A(rand(shape[-1:] if shape else ()))

        def setitem(v, i, val, idx=tuple(index)):
            v[tuple(index_to_numpy(j) for j in idx)] = val
            return v

        case(
            "setitem",
            [A(x), [index_to_json(i) for i in index], value],
            setitem,
            name=f"setitem-{len(CASES)}",
        )

    def set_scalar(v, i, val):
        v[v > 0] = val
        return v

    y = rand((3, 4))
    case("setitem", [A(y), [A(y > 0).to_json()], 0], set_scalar, name="setitem-mask-scalar")
    case(
        "setitem",
        [A(y), [[None, None, 2]], A(rand((3,)))],
        lambda v, i, val: v.__setitem__(np.s_[::2], val),
        name="setitem-shape-error",
    )
    # take / take_along_axis.
    idx = A(np.array([[0, 2], [1, 1]], "int64"))
    for axis in (None, 0, 1, -1):
        case(
            "take",
            [A(rand((3, 4))), idx],
            lambda v, i, a=axis: np.take(v, i, axis=a),
            kw={"axis": axis},
        )
    case(
        "take",
        [A(rand((3, 4))), A(np.array([5], "int64"))],
        lambda v, i: np.take(v, i, axis=0),
        kw={"axis": 0},
        name="take-out-of-bounds",
    )
    z = rand((3, 4))
    order = A(np.argsort(z, axis=1))
    case("take_along_axis", [A(z), order, 1], np.take_along_axis)
    case(
        "take_along_axis",
        [A(z), A(np.array([[0], [1], [3]], "int64")), 1],
        np.take_along_axis,
        name="take_along-bcast",
    )

    # Views are views exactly where numpy makes them: a write through the result shows in
    # the base only then.
    def write_through(v, how, arg, value):
        views = {
            "getitem": lambda: v[
                tuple(index_to_numpy(j) if not isinstance(j, list) else slice(*j) for j in arg)
            ],
            "reshape": lambda: v.reshape(arg),
            "transpose": lambda: v.T,
            "ravel": lambda: np.ravel(v),
            "squeeze": lambda: np.squeeze(v),
            "expand_dims": lambda: np.expand_dims(v, arg),
            "swapaxes": lambda: np.swapaxes(v, 0, -1),
        }
        target = views[how]()
        target[...] = value
        return v

    w = rand((2, 1, 6))
    for how, arg in [
        ("getitem", [[None, None, 2]]),
        ("getitem", [0, Ellipsis, [1, 5, 2]]),
        ("reshape", [3, 4]),
        ("reshape", [12]),
        ("transpose", None),
        ("ravel", None),
        ("squeeze", None),
        ("expand_dims", 1),
        ("swapaxes", None),
    ]:
        json_arg = [index_to_json(j) for j in arg] if how == "getitem" else arg
        case(
            "write_through",
            [A(w), how, json_arg, 7.0],
            lambda v, h, a, val, arg=arg: write_through(v, h, arg, val),
            name=f"view-{how}-{arg}",
        )
        case(
            "write_through",
            [A(w, transpose=True), how, json_arg, 7.0],
            lambda v, h, a, val, arg=arg: write_through(v, h, arg, val),
            name=f"view-T-{how}-{arg}",
        )


def ordering_cases():
    for dtype in ("float32", "int32", "float64"):
        x = rand((4, 7), dtype, -5, 5)
        for axis in (-1, 0, None):
            case(
                "sort",
                [A(x)],
                lambda v, a=axis: np.sort(v, axis=a),
                kw={"axis": axis},
                name=f"sort-{dtype}-{axis}",
            )
            case(
                "argsort",
                [A(x)],
                lambda v, a=axis: np.argsort(v, axis=a, kind="stable"),
                kw={"axis": axis},
                name=f"argsort-{dtype}-{axis}",
            )
    # Without -0.0: numpy's default sort may put it either side of 0.0.
    nans = np.array([np.nan, np.inf, -np.inf, 0.0, 1.5, -2.5, np.nan, 3.0])
    case("sort", [A(nans)], np.sort, kw={"axis": -1}, name="sort-nan-last")
    case(
        "argsort",
        [A(nans)],
        lambda v: np.argsort(v, kind="stable"),
        kw={"axis": -1},
        name="argsort-nan",
    )
    # topk: the k largest (or smallest), best first; numpy's stable descending argsort is
    # torch's order for distinct values.
    for k in (1, 3, 7):
        x = RNG.permutation(28).reshape(4, 7).astype("float32")

        def topk(v, largest=True, k=k):
            order = np.argsort(-v if largest else v, axis=-1, kind="stable")[..., :k]
            return [np.take_along_axis(v, order, -1), order]

        case("topk", [A(x), k], lambda v, k_, topk=topk: topk(v), name=f"topk-{k}")
        case(
            "topk",
            [A(x), k],
            lambda v, k_, topk=topk: topk(v, False),
            kw={"largest": False},
            name=f"topk-smallest-{k}",
        )
    # argpartition: checked by the property numpy promises (kth in place, smaller before).
    for kth in (0, 3, -1):
        case(
            "argpartition",
            [A(rand((3, 8), "float64")), kth],
            "argpartition",
            name=f"argpartition-{kth}",
        )


def nn_cases():
    def softmax(v, axis=-1):
        e = np.exp(v - np.max(v, axis=axis, keepdims=True))
        return e / np.sum(e, axis=axis, keepdims=True)

    def log_softmax(v, axis=-1, sum_dtype="float64"):
        # torch takes the log of the sum rounded to the type it computes in (float32 for
        # float32 and the 16-bit floats): in a small log that rounding shows.
        shifted = v - np.max(v, axis=axis, keepdims=True)
        total = np.sum(np.exp(shifted), axis=axis, keepdims=True).astype(sum_dtype)
        return shifted - np.log(total.astype("float64"))

    for dtype in ("float32", "float64", "float16"):
        for axis in (-1, 0, 1):
            x = rand((3, 5), dtype, -10, 10)
            ref = lambda fn, a=axis, d=dtype: lambda v: fn(v.astype("float64"), a).astype(d)  # noqa: E731
            case(
                "softmax",
                [A(x)],
                ref(softmax),
                kw={"axis": axis},
                ulps=4,
                name=f"softmax-{dtype}-{axis}",
            )
            case(
                "log_softmax",
                [A(x)],
                lambda v, a=axis, d=dtype: log_softmax(
                    v.astype("float64"), a, "float64" if d == "float64" else "float32"
                ).astype(d),
                kw={"axis": axis},
                ulps=4,
                name=f"log_softmax-{dtype}-{axis}",
            )
    case("softmax", [A(np.array([1000.0, 1000.0, -np.inf]))], softmax, ulps=4, name="softmax-large")

    def layer_norm(v, shape, weight=None, bias=None, eps=1e-5):
        axes = tuple(range(-len(shape), 0))
        w = v.astype("float64")
        mean = w.mean(axis=axes, keepdims=True)
        var = ((w - mean) ** 2).mean(axis=axes, keepdims=True)
        out = (w - mean) / np.sqrt(var + eps)
        if weight is not None:
            out = out * weight + bias
        return out.astype(v.dtype)

    x = rand((2, 3, 4))
    weight, bias = rand((4,)), rand((4,))
    case("layer_norm", [A(x), [4]], layer_norm, kw={"eps": 1e-5}, ulps=16)
    case("layer_norm", [A(x), [3, 4]], layer_norm, kw={"eps": 1e-5}, ulps=16, name="layer_norm-2d")
    case(
        "layer_norm",
        [A(x), [4]],
        lambda v, s: layer_norm(v, s, weight, bias),
        kw={"eps": 1e-5, "weight": A(weight).to_json(), "bias": A(bias).to_json()},
        ulps=16,
        name="layer_norm-affine",
    )
    case("layer_norm", [A(x), [3]], "RuntimeError", kw={"eps": 1e-5}, name="layer_norm-shape-error")

    def normalize(v, p, dim, eps):
        return (
            v / np.maximum(np.linalg.norm(v.astype("float64"), ord=p, axis=dim, keepdims=True), eps)
        ).astype(v.dtype)

    case("normalize", [A(rand((3, 4))), 2.0, 1, 1e-12], normalize, ulps=8)
    case(
        "normalize",
        [A(np.zeros((2, 3), "float32")), 2.0, -1, 1e-12],
        normalize,
        ulps=8,
        name="normalize-zero",
    )

    def cosine(a, b, dim, eps):
        a64, b64 = a.astype("float64"), b.astype("float64")
        num = np.sum(a64 * b64, axis=dim)
        den = np.maximum(np.linalg.norm(a64, axis=dim) * np.linalg.norm(b64, axis=dim), eps)
        return (num / den).astype(np.result_type(a, b))

    case("cosine_similarity", [A(rand((3, 4))), A(rand((1, 4))), 1, 1e-8], cosine, ulps=16)


def creation_cases():
    for dtype in ("float32", "int64", "bool", "float16", "uint8"):
        case("zeros", [[2, 3], dtype], np.zeros, name=f"zeros-{dtype}")
        case("ones", [[3], dtype], np.ones, name=f"ones-{dtype}")
        case("full", [[2, 2], 7, dtype], np.full, name=f"full-{dtype}")
    case("zeros", [[0, 4], "float32"], np.zeros, name="zeros-empty")
    case("zeros", [[-1], "float32"], np.zeros, name="zeros-negative")
    for args in (
        [0, 10, 3, "int64"],
        [0.5, 3, 0.5, "float64"],
        [10, 0, -2, "int32"],
        [0, 1, 0.1, "float32"],
        [5, 1, 1, "int64"],
    ):
        case(
            "arange",
            list(args),
            lambda a, b, c, d: np.arange(a, b, c, dtype=d),
            name=f"arange-{args}",
        )
    for args in (
        [0, 1, 5, "float64"],
        [-1, 1, 4, "float32"],
        [0, 10, 1, "float64"],
        [0, 10, 0, "float64"],
        [0, 10, 4, "int64"],
    ):
        case(
            "linspace",
            list(args),
            lambda a, b, n, d: np.linspace(a, b, n, dtype=d),
            ulps=2,
            name=f"linspace-{args}",
        )
    for args in ([3, 3, 0, "float32"], [2, 4, 1, "int32"], [4, 3, -1, "float64"]):
        case("eye", list(args), lambda n, m, k, d: np.eye(n, m, k, dtype=d), name=f"eye-{args}")
    # Conversions between every pair of dtypes (numpy's astype, casting="unsafe").
    dtypes = ["bool", "uint8", "int32", "int64", "float16", "float32", "float64"]
    values = np.array([0, 1, -1, 2.5, -2.5, 255, 256, 70000.7, 1e-8, 3e38], "float64")
    for src in dtypes:
        for dst in dtypes:
            if src.startswith("float"):
                data = values.astype(src) if src != "float16" else values[:6].astype(src)
                if dst in ("uint8", "int32", "int64", "bool"):
                    data = data[
                        np.abs(data.astype("float64")) < 2**31
                    ]  # within every int dtype's range
                    if dst == "uint8":
                        data = np.abs(data)[np.abs(data) < 256]
            else:
                data = rand((6,), src, 0, 100)
            case(
                "astype",
                [A(data), dst],
                ignore(lambda v, d: v.astype(d)),
                name=f"astype-{src}-{dst}",
            )
    case("item", [A(np.array([[2.5]], "float32"))], lambda v: v.item(), name="item")
    case("item", [A(rand((2,)))], lambda v: v.item(), name="item-error")


# ---- int8 (quantized embeddings): promotion, weak scalars, casts, ops and reductions -------


def int8_cases():
    others = ["bool", "int32", "int64", "float16", "float32", "float64"]
    for other in others:
        case("add", [A(rand((4,), "int8")), A(rand((4,), other))], np.add, name=f"int8-{other}")
        case("add", [A(rand((4,), other)), A(rand((4,), "int8"))], np.add, name=f"{other}-int8")
    wrapping = A(np.array([100, -100, 127, -128, 5], "int8"))
    for op in ("add", "subtract", "multiply", "floor_divide", "remainder", "maximum"):
        case(op, [wrapping, A(np.array([100, 100, 1, -1, -3], "int8"))], ignore(BINARY[op]))
    for scalar in (2, 2.5, True, 127, -128, 128, -129):
        case("add", [wrapping, scalar], np.add, name=f"int8-plus-{scalar}")
        case("subtract", [scalar, wrapping], np.subtract, name=f"{scalar}-minus-int8")
    for op in BINARY:
        if op not in ("subtract", "divide", "logical_and", "logical_or", "logical_xor"):
            left, right = A(rand((5,), "bool")), A(rand((5,), "bool"))
            case(op, [left, right], ignore(BINARY[op]), name=f"{op}-bool-bool")
    for op in ("negative", "abs", "sign", "square", "invert", "sqrt", "exp", "floor"):
        ulps = 2 if op in TRANSCENDENTAL else None
        case(op, [wrapping], ignore(UNARY[op]), ulps=ulps, name=f"{op}-int8")
    for other in ["bool", "uint8", "int32", "int64", "float16", "float32", "float64"]:
        case("astype", [wrapping, other], ignore(lambda v, d: v.astype(d)), name=f"int8-{other}")
        data = rand((8,), other, -128, 127) if other != "uint8" else rand((8,), other, 0, 255)
        case("astype", [A(data), "int8"], ignore(lambda v, d: v.astype(d)), name=f"{other}-int8")
    for op, fn in REDUCTIONS.items():
        x = rand((4, 6), "int8", -128, 127)
        ulps = None if op in ("max", "min", "any", "all") else 8
        case(
            op,
            [A(x)],
            ignore(lambda v, fn=fn: fn(v, axis=1)),
            kw={"axis": 1},
            ulps=ulps,
            scale=magnitude(x),
            name=f"{op}-int8",
        )


# numpy's math ufuncs beyond arithmetic: every dtype pair's promotion, NaN / inf / signed
# zeros, Python scalars and views, exact wherever numpy takes them from the C library (or
# computes them itself); cbrt, arctan2 and float32 sinc, which numpy takes from SVML, against
# the correctly rounded results ingot computes.
MATH_BINARY = {
    "copysign": np.copysign,
    "hypot": np.hypot,
    "fmod": np.fmod,
    "fmax": np.fmax,
    "fmin": np.fmin,
    "logaddexp": np.logaddexp,
    "logaddexp2": np.logaddexp2,
    "heaviside": np.heaviside,
}
MATH_UNARY = {
    "reciprocal": np.reciprocal,
    "trunc": np.trunc,
    "signbit": np.signbit,
    "isneginf": np.isneginf,
    "isposinf": np.isposinf,
}


def math_function_cases():
    dtypes = ["bool", "uint8", "int8", "int32", "int64", "float16", "float32", "float64"]
    for op, fn in MATH_BINARY.items():
        for a in dtypes:
            for b in ("bool", "int32", "float32", "float64"):
                x, y = rand((2, 4), a, -9, 9), rand((4,), b, -4, 4)
                case(op, [A(x), A(y)], ignore(fn), name=f"{op}-{a}-{b}")
        s = special()
        if op in ("fmax", "fmin"):
            # numpy's fmax(0.0, -0.0) is either zero, by which of its loops runs: no ties.
            s = s[~((s == 0) & np.signbit(s))]
        case(op, [A(s[:, None]), A(s[None, :])], ignore(fn), name=f"{op}-special")
        f = s.astype("float32")
        case(op, [A(f[:, None]), A(f[None, :])], ignore(fn), name=f"{op}-special-float32")
        for scalar in (2, -2.5, True):
            case(op, [A(rand((3,), "float32")), scalar], ignore(fn), name=f"{op}-scalar-{scalar}")
            case(op, [scalar, A(rand((3,), "int32"))], ignore(fn), name=f"{op}-{scalar}-scalar")
        base = rand((4, 6), "float64", -5, 5)
        case(
            op,
            [A(base, transpose=True), A(base[::2].copy(), view=[Ellipsis, slice(None, 1)])],
            ignore(fn),
            name=f"{op}-views",
        )
    for op, fn in MATH_UNARY.items():
        for dtype in dtypes:
            case(op, [A(rand((2, 5), dtype, -9, 9))], ignore(fn), name=f"{op}-{dtype}")
        case(op, [A(special())], ignore(fn), name=f"{op}-special")
        case(op, [A(rand((4, 6), "float32", -9, 9), transpose=True)], ignore(fn), name=f"{op}-t")
    wide = np.concatenate([np.linspace(-60, 60, 4001, dtype="float32"), special("float32")])
    # sinc takes pi * x in float32 first, as numpy does: within float32's spacing at 1 of
    # numpy's (whose float32 sin is its own), near the zeros too.
    case("sinc", [A(wide)], ignore(np.sinc), ulps=2, scale=1.0, name="sinc-float32")
    for op, fn, args in [
        ("cbrt", np.cbrt, [wide]),
        ("arctan2", np.arctan2, [wide, wide[::-1].copy()]),
    ]:
        rounded = ignore(lambda *v, fn=fn: fn(*[x.astype("float64") for x in v]).astype("float32"))
        case(op, [A(v) for v in args], rounded, name=f"{op}-float32-correctly-rounded")
        case(
            op,
            [A(v.astype("float64")) for v in args],
            ignore(fn),
            ulps=2,
            name=f"{op}-float64",
        )
    case("sinc", [A(wide.astype("float64"))], ignore(np.sinc), name="sinc-float64")
    for dtype in ("bool", "uint8", "int8", "int32", "float16"):
        x = rand((5,), dtype, -9, 9)
        for op, fn in [("cbrt", np.cbrt), ("sinc", np.sinc), ("arctan2", np.arctan2)]:
            operands = [A(x), A(x[::-1].copy())] if op == "arctan2" else [A(x)]
            case(op, operands, ignore(fn), ulps=2, name=f"{op}-{dtype}-dtype")
    case("fmod", [A(rand((3,), "bool")), A(rand((3,), "bool"))], ignore(np.fmod), name="fmod-bool")
    case("fmod", [A(rand((3,), "int32")), 0], ignore(np.fmod), name="fmod-int-zero")
    case("copysign", [A(rand((3,), "int32")), A(rand((3,), "float32"))], ignore(np.copysign))


binary_cases()
inplace_cases()
unary_cases()
reduction_cases()
linalg_cases()
shape_cases()
torch_shape_cases()
index_cases()
ordering_cases()
nn_cases()
creation_cases()
int8_cases()
math_function_cases()


# ---- running and comparing --------------------------------------------------------------


@pytest.fixture(scope="module")
def results():
    lines = [
        json.dumps({"op": op, "args": to_json(args), "kw": to_json(kw)})
        for _, op, args, kw, _, _ in CASES
    ]
    done = subprocess.run(
        [str(driver())], input="\n".join(lines) + "\n", capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr
    out = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(out) == len(CASES)
    return out


def expected_outcome(fn, args, kw):
    if isinstance(fn, str) and fn.endswith("Error"):
        return ("err", fn, None)
    np_args = [to_numpy(a) for a in args]
    try:
        return ("ok", fn(*np_args))
    except Exception as e:  # noqa: BLE001 - numpy's exception is the expected outcome
        return ("err", e, str(e))


def decode(value):
    if isinstance(value, list):
        return [decode(v) for v in value]
    if isinstance(value, dict):
        return np.array(value["data"], dtype=value["dtype"]).reshape(value["shape"])
    return value


def assert_same(got, want, tolerance, where):
    if isinstance(want, (list, tuple)):
        assert isinstance(got, list) and len(got) == len(want), f"{where}: {got!r} vs {want!r}"
        for i, (g, w) in enumerate(zip(got, want)):
            assert_same(g, w, tolerance, f"{where}[{i}]")
        return
    if not isinstance(got, np.ndarray):  # item(): a Python float
        assert got == want or (math.isnan(got) and math.isnan(want)), f"{where}: {got} != {want}"
        return
    want = np.asarray(want)
    assert got.dtype == want.dtype, f"{where}: dtype {got.dtype} != {want.dtype}"
    assert got.shape == want.shape, f"{where}: shape {got.shape} != {want.shape}"
    if want.dtype.kind != "f" or tolerance is None:
        same = (
            (got == want) | (np.isnan(got) & np.isnan(want))
            if want.dtype.kind == "f"
            else got == want
        )
        assert np.all(same), f"{where}: {got!r} != {want!r}"
        if want.dtype.kind == "f":  # the sign of zero too
            numbers = ~np.isnan(want)
            assert np.array_equal(np.signbit(got[numbers]), np.signbit(want[numbers])), (
                f"{where}: signs differ"
            )
        return
    eps = np.finfo(want.dtype).eps
    g64, w64 = got.astype("float64"), want.astype("float64")
    finite = np.isfinite(w64)
    assert np.array_equal(np.isnan(g64), np.isnan(w64)), (
        f"{where}: NaNs differ: {got!r} vs {want!r}"
    )
    assert np.array_equal(g64[~finite & ~np.isnan(w64)], w64[~finite & ~np.isnan(w64)]), (
        f"{where}: infs differ"
    )
    ulps, scale = tolerance
    if scale is None:  # elementwise: relative, with a floor for results near zero
        scale = np.max(np.abs(w64[finite]), initial=0.0) * eps**0.5
    bound = ulps * eps * np.maximum(np.abs(w64[finite]), scale + np.finfo(want.dtype).tiny)
    assert np.all(np.abs(g64[finite] - w64[finite]) <= bound), f"{where}: {got!r} vs {want!r}"


def check_argpartition(got, args):
    x, kth = to_numpy(args[0]), args[1]
    assert got.dtype == np.int64 and got.shape == x.shape
    ordered = np.sort(x, axis=-1)
    picked = np.take_along_axis(x, got, -1)
    for row, srow in zip(picked, ordered):
        assert row[kth] == srow[kth]
        assert np.all(row[:kth] <= row[kth]) and np.all(row[kth:] >= row[kth])


@pytest.mark.parametrize("index", range(len(CASES)), ids=[c[0] for c in CASES])
def test_tensor_matches_numpy(results, index):
    name, _, args, kw, fn, tolerance = CASES[index]
    got = results[index]
    if fn == "argpartition":
        check_argpartition(decode(got["ok"]), args)
        return
    want = expected_outcome(fn, args, kw)
    if want[0] == "err":
        assert "err" in got, f"{name}: numpy raised {want[1]!r}, ingot returned {got}"
        kind, message = got["err"]
        if isinstance(want[1], str):
            assert kind == want[1]
            return
        assert isinstance(want[1], getattr(builtins, kind)), (
            f"{name}: {kind} is not {type(want[1]).__name__}"
        )
        if name not in OWN_MESSAGE:
            assert message == want[2], f"{name}: message {message!r} != numpy's {want[2]!r}"
        return
    assert "ok" in got, f"{name}: ingot raised {got['err']}, numpy returned {want[1]!r}"
    assert_same(decode(got["ok"]), want[1], tolerance, name)


def test_enough_cases():
    assert len(CASES) >= 300
