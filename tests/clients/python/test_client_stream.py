"""A generator function through the Python client: a Python iterator over its items, as
the CPython generator it was compiled from (tests/unit/abi_artifacts/countdown.cpp)."""

import collections.abc
import gc
import inspect
import threading

import pytest


def countdown_in_python(n, fail_at=-1):
    """The function the artifact stands in for, to compare with."""
    while n > 0:
        if n == fail_at:
            raise ValueError(f"reached {n}")
        yield n
        n -= 1


def test_returns_an_iterator_of_the_items(countdown):
    items = countdown(4)
    assert isinstance(items, collections.abc.Iterator)
    assert inspect.isgenerator(items)
    assert list(items) == list(countdown_in_python(4))
    assert list(items) == []  # exhausted, as a generator is
    assert countdown.metadata["generator"] is True
    assert countdown.metadata["return"]["type"] == {"kind": "iterator", "item": {"kind": "int"}}


def test_items_come_one_at_a_time(countdown):
    items = countdown(10**9)  # all at once would never end
    assert next(items) == 10**9
    assert next(items) == 10**9 - 1
    items.close()  # frees the stream early
    with pytest.raises(StopIteration):
        next(items)


def test_error_arrives_after_the_items_before_it(countdown):
    seen = []
    with pytest.raises(ValueError) as compiled:
        for item in countdown(5, fail_at=3):
            seen.append(item)
    expected = []
    with pytest.raises(ValueError) as reference:
        for item in countdown_in_python(5, fail_at=3):
            expected.append(item)
    assert seen == expected == [5, 4]
    assert str(compiled.value) == str(reference.value) == "reached 3"


def test_arguments_are_checked_at_the_call(countdown):
    with pytest.raises(TypeError, match="countdown\\(\\) argument 'n' must be int, not str"):
        countdown("three")
    with pytest.raises(TypeError, match="missing 1 required positional argument: 'n'"):
        countdown()


def test_abandoned_iterators_are_freed(countdown):
    for _ in range(200):
        items = countdown(100)
        next(items)
        del items
    gc.collect()
    assert list(countdown(2)) == [2, 1]


def test_streams_on_several_threads(countdown):
    results = [None] * 4

    def consume(i):
        results[i] = sum(countdown(1000 + i))

    threads = [threading.Thread(target=consume, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [sum(range(1, 1001 + i)) for i in range(4)]
