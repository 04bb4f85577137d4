"""Per-call overhead of a compiled function called from Python.

    python3 bench/call_overhead.py [ARTIFACT.so]

(default artifact: $INGOT_BUILD/tests/artifacts/abi_add.so, INGOT_BUILD defaulting to build)

Times, for the trivial `add(a: int, b: int) -> int`:
  ingot.load(...)(1, 2)      the Python client: binding, conversions, the call, the result
  ingot_call through ctypes  the ABI alone, arguments built once (what any FFI pays at least)
  inside the artifact        ingot_call_stats.latency_ns: binding + conversion + the add
against a ctypes call of a trivial C function (libc's labs) as the floor of any ctypes call.
"""

import ctypes
import os
import pathlib
import statistics
import sys
import timeit

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "clients" / "python"))

import ingot  # noqa: E402
from ingot import _abi  # noqa: E402


def per_call_ns(function, number=200_000, repeat=7):
    """Best-of-`repeat` mean time of one call, in nanoseconds."""
    times = timeit.repeat(function, number=number, repeat=repeat)
    return min(times) / number * 1e9


def main():
    build = pathlib.Path(os.environ.get("INGOT_BUILD", "build"))
    artifact = (
        pathlib.Path(sys.argv[1])
        if len(sys.argv) > 1
        else build / "tests" / "artifacts" / "abi_add.so"
    )
    add = ingot.load(artifact)
    assert add(1, 2) == 3

    libc = ctypes.CDLL(None)
    labs = libc.labs
    labs.argtypes = [ctypes.c_long]
    labs.restype = ctypes.c_long

    # The ABI alone: one args dict built up front, one ingot_call per iteration.
    lib = _abi.Library(artifact)
    instance = ctypes.c_void_p()
    lib.instance_create(ctypes.byref(instance), None)
    text = b'{"a": 1, "b": 2}'
    args = lib.value_from_json(text, len(text), None)
    result = ctypes.c_void_p()
    result_ref = ctypes.byref(result)

    def raw_call():
        lib.call(instance, args, result_ref, None, None)
        lib.value_free(result)

    inside = statistics.median(add.call_with_stats(1, 2)[1].latency_ns for _ in range(20_000))

    rows = [
        ("ctypes call of a trivial C function (labs)", per_call_ns(lambda: labs(-3))),
        ("ingot_call + ingot_value_free through ctypes", per_call_ns(raw_call)),
        ("ingot.load(...)(1, 2)", per_call_ns(lambda: add(1, 2), number=100_000)),
    ]
    print(f"artifact: {artifact}")
    print(f"python:   {sys.version.split()[0]}")
    for name, ns in rows:
        print(f"{name:48s} {ns / 1000:8.2f} us")
    print(f"{'inside the artifact (stats.latency_ns, median)':48s} {inside / 1000:8.2f} us")
    lib.value_free(args)
    lib.instance_free(instance)


if __name__ == "__main__":
    main()
