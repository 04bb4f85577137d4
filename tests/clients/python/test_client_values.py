"""The value tree and its JSON, through the artifact's exported functions, against
CPython's json module on many random values."""

import ctypes
import json
import math
import random
import struct

import pytest
from ingot import _abi, _values
from ingot._errors import Error, make_exception


@pytest.fixture(scope="module")
def lib(artifacts):
    return _abi.Library(artifacts / "abi_add.so")


def ingot_dumps(lib, obj):
    value = _values.to_value(lib, obj, [])
    try:
        return _values._to_json(lib, value)
    finally:
        lib.value_free(value)


def ingot_loads(lib, text):
    data = text.encode("utf-8")
    error = ctypes.c_void_p()
    value = lib.value_from_json(data, len(data), ctypes.byref(error))
    if not value:
        from ingot._errors import take_error

        raise take_error(lib, error.value)
    return _values.from_value(lib, value, _values.ValueOwner(lib, value))


def random_float(rng):
    choice = rng.random()
    if choice < 0.3:
        return struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
    if choice < 0.6:
        return rng.uniform(-1e6, 1e6)
    if choice < 0.8:
        return float(rng.randint(-(10**17), 10**17)) * 10.0 ** rng.randint(-25, 25)
    return rng.choice(
        [0.0, -0.0, 1e16, 1e15, 0.0001, 0.00001, 5e-324, math.inf, -math.inf, 0.1, 2 / 3]
    )


def random_str(rng):
    alphabet = [chr(c) for c in range(0, 0x80)] + [
        "é",
        "€",
        "\u2028",
        "\x7f",
        "😀",
        "\U0010ffff",
        "中",
    ]
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))


def random_value(rng, depth=0):
    pick = rng.randint(0, 8 if depth < 4 else 4)
    if pick == 0:
        return None
    if pick == 1:
        return rng.random() < 0.5
    if pick == 2:
        return rng.randint(-(2**63), 2**63 - 1)
    if pick == 3:
        return random_float(rng)
    if pick == 4:
        return random_str(rng)
    if pick in (5, 6):
        return [random_value(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    if pick == 7:
        return tuple(random_value(rng, depth + 1) for _ in range(rng.randint(0, 3)))
    keys = [random_str(rng), rng.randint(-5, 5), random_float(rng), True, None]
    return {rng.choice(keys): random_value(rng, depth + 1) for _ in range(rng.randint(0, 4))}


def test_dumps_matches_cpython_on_random_values(lib):
    rng = random.Random(1234)
    for _ in range(3000):
        value = random_value(rng)
        assert ingot_dumps(lib, value) == json.dumps(value), repr(value)


def test_loads_matches_cpython_on_random_documents(lib):
    rng = random.Random(99)
    for _ in range(2000):
        text = json.dumps(random_value(rng))
        expected = json.loads(text)
        got = ingot_loads(lib, text)
        # NaN != NaN: compare through dumps, which prints NaN the same on both sides.
        assert json.dumps(got) == json.dumps(expected), text


def test_refusals_match_cpython(lib):
    for bad in [b"x", {(1, 2): 3}]:
        with pytest.raises(TypeError) as expected:
            json.dumps(bad)
        with pytest.raises(TypeError) as got:
            ingot_dumps(lib, bad)
        assert str(got.value) == str(expected.value)
    for text in [
        "",
        "[1,]",
        '{"a" 1}',
        "[1 2]",
        "{1: 2}",
        "[1]\n x",
        '"abc',
        "01",
        "[1.]",
        "-",
        "tru",
    ]:
        with pytest.raises(ValueError) as expected:
            json.loads(text)
        with pytest.raises(ValueError) as got:
            ingot_loads(lib, text)
        assert str(got.value) == str(expected.value), text


def test_invalid_utf8_is_a_unicode_decode_error(lib):
    error = ctypes.c_void_p()
    assert not lib.value_str(b"\xff", 1, ctypes.byref(error))
    from ingot._errors import take_error

    exception = take_error(lib, error.value)
    assert isinstance(exception, UnicodeDecodeError) and isinstance(exception, ValueError)
    with pytest.raises(UnicodeDecodeError) as expected:
        b"\xff".decode("utf-8")
    assert str(exception) == str(expected.value)


def test_unknown_kinds_subclass_ingot_error_and_their_nearest_builtin():
    exception = make_exception(
        "JSONDecodeError", "bad", ["JSONDecodeError", "ValueError", "Exception", "BaseException"]
    )
    assert isinstance(exception, Error) and isinstance(exception, ValueError)
    assert type(exception).__name__ == "JSONDecodeError" and str(exception) == "bad"
    plain = make_exception("MyError", "m", ["MyError", "Exception", "BaseException"])
    assert isinstance(plain, Error) and not isinstance(plain, ValueError)


np = pytest.importorskip("numpy")


@pytest.mark.parametrize(
    "dtype", ["float32", "float64", "int32", "int64", "uint8", "int8", "bool", "float16"]
)
def test_arrays_print_as_tolist(lib, dtype):
    rng = np.random.default_rng(7)
    array = (rng.standard_normal((2, 3, 4)) * 100).clip(-128, 127).astype(dtype)
    assert ingot_dumps(lib, array) == json.dumps(array.tolist())
    assert ingot_dumps(lib, array[:, ::2]) == json.dumps(array[:, ::2].tolist())  # not contiguous
    assert ingot_dumps(lib, np.float32(0.1)) == json.dumps(float(np.float32(0.1)))


def test_array_results_are_numpy_without_a_copy(lib):
    source = np.arange(12, dtype=np.float32).reshape(3, 4)
    shape = (ctypes.c_int64 * 2)(3, 4)
    value = lib.value_array_copy(_abi.FLOAT32, 2, shape, source.ctypes.data, None)
    owner = _values.ValueOwner(lib, value)
    result = _values.from_value(lib, value, owner)
    assert result.ctypes.data == lib.value_array_data(value)  # the artifact's memory
    del owner
    np.testing.assert_array_equal(result, source)  # still alive through the array
    assert result.dtype == np.float32 and result.shape == (3, 4)


def test_plain_arguments_cross_as_json_to_the_same_values(lib):
    rng = random.Random(5)
    cases = [{"a": 1, "b": "x"}, {"f": -0.0, "g": math.inf, "h": math.nan, "n": None, "t": True}]
    cases += [
        {"xs": [random_float(rng) for _ in range(5)], "s": random_str(rng), "p": (1, "a")}
        for _ in range(200)
    ]
    for named in cases:
        assert _values._flat_json(named) is not None
        fast = _values.named_arguments(lib, named, [])
        slow = _values.to_value(
            lib, {k: list(v) if isinstance(v, tuple) else v for k, v in named.items()}, []
        )
        try:
            assert _values._to_json(lib, fast) == _values._to_json(lib, slow)
        finally:
            lib.value_free(fast)
            lib.value_free(slow)
    assert _values._flat_json({"a": 2**63}) is None
    assert _values._flat_json({"a": [[1]]}) is None
    assert _values._flat_json({"a": {"k": 1}}) is None
