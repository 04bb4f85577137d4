"""Every ABI type through the kitchen artifact, and every way of failing."""

import pytest

ARGS = dict(
    count=3,
    ratio=0.5,
    flag=True,
    name="Ada",
    raw=b"\x00\xff",
    xs=[1, 2],
    weights={"w": 1, "v": 2.5},
    tags={"b"},
    pair=(7, "seven"),
)


def call(kitchen, mode="echo", **overrides):
    values = dict(ARGS, **overrides)
    order = ["count", "ratio", "flag", "name", "raw", "xs", "weights", "tags", "pair"]
    positional = [values.pop(k) for k in order]
    return kitchen(
        *positional, *[values.pop(k) for k in ("maybe", "either") if k in values], mode=mode
    )


def test_echoes_every_type(kitchen):
    assert call(kitchen) == (
        3,
        0.5,
        True,
        "Ada",
        b"\x00\xff",
        [1, 2],
        {"w": 1.0, "v": 2.5},
        ["b"],
        (7, "seven"),
        None,
        0,
    )
    result = call(kitchen, maybe=5, either="x", tags=["a", "b", "a"], pair=[1, "one"])
    assert result[7] == ["a", "b"]
    assert result[8:] == ((1, "one"), 5, "x")
    assert type(result[1]) is float and call(kitchen, ratio=2)[1] == 2.0


def test_positional_only_parameters(kitchen):
    with pytest.raises(
        TypeError, match="positional-only arguments passed as keyword arguments: 'count'"
    ):
        kitchen(**ARGS)


def test_nested_type_errors(kitchen):
    with pytest.raises(TypeError, match=r"^kitchen\(\) argument 'xs'\[1\] must be int, not str$"):
        call(kitchen, xs=[1, "2"])
    with pytest.raises(
        TypeError, match=r"^kitchen\(\) argument 'maybe' must be int or None, not str$"
    ):
        call(kitchen, maybe="1")
    with pytest.raises(
        TypeError, match=r"^kitchen\(\) argument 'either' must be int \| str, not float$"
    ):
        call(kitchen, maybe=None, either=1.5)


def test_exception_kinds(kitchen):
    with pytest.raises(ValueError, match=r"^bad name: Ada$"):
        call(kitchen, "value_error")
    with pytest.raises(KeyError) as key_error:
        call(kitchen, "key_error")
    assert str(key_error.value) == str(KeyError("Ada")) and key_error.value.args == ("Ada",)
    with pytest.raises(ArithmeticError) as zero:
        call(kitchen, "zero_division")
    assert type(zero.value) is ZeroDivisionError
    with pytest.raises(MemoryError):
        call(kitchen, "bad_alloc")
    with pytest.raises(SystemError, match="something C\\+\\+ went wrong"):
        call(kitchen, "std_exception")
    assert call(kitchen, "none") is None


def test_tokens_are_reported(kitchen):
    result, stats = kitchen.call_with_stats(*[ARGS[k] for k in ARGS], mode="tokens")
    assert result == 3 and stats.tokens == 3
