"""ingot.load(): the compiled function's own signature, values in and out, errors."""

import concurrent.futures
import inspect

import ingot
import pytest


# The Python functions the test artifacts stand for: CPython is the reference for every
# binding error.
def greet(name: str, punctuation: str = "!", *, times: int = 1) -> str:
    if times < 0:
        raise ValueError(f"times must be >= 0, not {times}")
    return " ".join([f"Hello, {name}{punctuation}"] * times)


def test_signature_is_the_functions_own(greet):
    compiled = greet
    assert inspect.signature(compiled) == inspect.signature(globals()["greet"])
    assert (
        str(inspect.signature(compiled))
        == "(name: str, punctuation: str = '!', *, times: int = 1) -> str"
    )
    assert compiled.__name__ == "greet"
    assert compiled.__doc__ == "Greets someone, `times` times."
    assert compiled.metadata["abi_version"] == 1
    assert compiled.metadata["parameters"][2]["type"] == {"kind": "int"}


@pytest.mark.parametrize(
    "args, kwargs",
    [
        (("Ada",), {}),
        (("Ada", "?"), {}),
        ((), {"name": "Ada", "times": 3}),
        (("Zoë 😀",), {"punctuation": "", "times": 0}),
    ],
)
def test_calls_match_cpython(greet, args, kwargs):
    assert greet(*args, **kwargs) == globals()["greet"](*args, **kwargs)


@pytest.mark.parametrize(
    "args, kwargs",
    [
        ((), {}),
        (("a", "b", "c"), {}),
        (("a", "b", "c"), {"times": 1}),
        (("a",), {"name": "b"}),
        (("a",), {"nam": 2}),
        ((), {"punctuation": "?"}),
        (("a",), {"times": -1}),
    ],
)
def test_errors_match_cpython(greet, args, kwargs):
    with pytest.raises(Exception) as expected:
        globals()["greet"](*args, **kwargs)
    with pytest.raises(Exception) as got:
        greet(*args, **kwargs)
    assert type(got.value) is type(expected.value)
    assert str(got.value) == str(expected.value)


def test_wrong_types_are_type_errors_naming_the_parameter(greet, add):
    with pytest.raises(TypeError, match=r"^greet\(\) argument 'name' must be str, not int$"):
        greet(3)
    with pytest.raises(TypeError, match=r"^add\(\) argument 'a' must be int, not float$"):
        add(1.5, 2)
    with pytest.raises(OverflowError):
        add(2**63, 0)
    with pytest.raises(TypeError, match="cannot pass a value of type object"):
        add(object(), 1)


def test_raised_exceptions_keep_kind_and_message(add):
    assert add(40, 2) == 42
    with pytest.raises(OverflowError) as raised:
        add(2**63 - 1, 1)
    assert isinstance(raised.value, ArithmeticError)
    assert raised.value.ingot_ancestry == (
        "OverflowError",
        "ArithmeticError",
        "Exception",
        "BaseException",
    )


def test_calls_from_many_threads_at_once(add):
    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda i: add(i, i), range(2000)))
    assert results == [2 * i for i in range(2000)]


def test_stats(add):
    result, stats = add.call_with_stats(1, 2)
    assert result == 3
    assert stats.latency_ns > 0
    assert stats.tokens == 0


def test_not_an_artifact(tmp_path):
    with pytest.raises(OSError):
        ingot.load(tmp_path / "missing.so")
