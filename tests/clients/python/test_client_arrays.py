"""Arrays across the boundary: numpy arrays into artifacts that use runtime/tensor and
numpy arrays back, through the Python client and through `ingot run` (the abi_cli stand-in),
compared with numpy running the same function."""

import json
import os
import pathlib
import subprocess

import numpy as np
import pytest

ROOT = pathlib.Path(__file__).resolve().parents[3]
BUILD = pathlib.Path(os.environ.get("INGOT_BUILD", "build"))
if not BUILD.is_absolute():
    BUILD = ROOT / BUILD
ARTIFACTS = BUILD / "tests" / "artifacts"
CLI = BUILD / "tests" / "unit" / "abi_cli"
DTYPES = ["float32", "float64", "int32", "int64", "uint8", "int8", "bool", "float16"]


def artifact(name):
    path = ARTIFACTS / f"abi_{name}.so"
    if not path.exists():
        subprocess.run(["cmake", "--build", str(BUILD), "--target", f"abi_{name}"], check=True)
    import ingot

    return ingot.load(path)


@pytest.fixture(scope="module")
def echo():
    return artifact("tensor_echo")


@pytest.fixture(scope="module")
def rank():
    return artifact("tensor_rank")


def numpy_echo(x, mode):
    """The function the echo artifact stands for, run by numpy."""
    if mode == "same":
        return x
    if mode == "row":
        return x[0]
    if mode == "double":
        x *= 2
        return x
    if mode == "half":
        return x.astype(np.float16)
    if mode == "transpose":
        return x.T
    if mode == "mask":
        return x[x > 0]
    if mode == "sum":
        return x.sum(axis=0)
    raise ValueError(f"unknown mode {mode!r}")


def sample(dtype, shape, rng):
    if dtype == "bool":
        return rng.random(shape) < 0.5
    if dtype == "uint8":
        return rng.integers(0, 40, shape).astype(dtype)
    if dtype == "int8":
        return rng.integers(-128, 128, shape).astype(dtype)
    return (rng.standard_normal(shape) * 10).astype(dtype)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shape", [(3, 4), (2, 3, 2), (1, 5), (0, 3)])
@pytest.mark.parametrize("mode", ["same", "row", "half", "transpose", "mask", "sum"])
def test_echo_matches_numpy(echo, dtype, shape, mode):
    if dtype == "uint8" and mode == "sum":
        pytest.skip("numpy sums uint8 into uint64, a dtype ingot's arrays do not have (int64 here)")
    rng = np.random.default_rng(7)
    x = sample(dtype, shape, rng)
    try:
        want = numpy_echo(x.copy(), mode)
    except Exception as e:  # noqa: BLE001 - numpy's exception is the expected outcome
        with pytest.raises(type(e)):
            echo(x, mode)
        return
    got = echo(x, mode)
    assert isinstance(got, np.ndarray)
    assert got.dtype == want.dtype and got.shape == want.shape
    np.testing.assert_array_equal(got, want)


def test_in_place_write_reaches_the_callers_array(echo):
    # CPython's function writes into the caller's array; so does the artifact, which reads
    # it without a copy.
    x = np.arange(6, dtype=np.int32).reshape(2, 3)
    got = echo(x, "double")
    np.testing.assert_array_equal(x, np.arange(6).reshape(2, 3) * 2)
    np.testing.assert_array_equal(got, x)
    # The result lives in the artifact's memory, not in x (which the caller may free).
    assert not np.shares_memory(got, x)


def test_non_contiguous_argument(echo):
    x = np.arange(24, dtype=np.float64).reshape(4, 6)[::2, 1::2]
    np.testing.assert_array_equal(echo(x, "same"), x)
    np.testing.assert_array_equal(echo(x.T, "sum"), x.T.sum(axis=0))


def test_result_is_not_copied(echo):
    got = echo(np.ones((1000, 10), np.float32), "sum")
    # A numpy array straight over the artifact's buffer (kept alive by the client).
    assert got.base is not None and not got.flags.owndata
    np.testing.assert_array_equal(got, np.full(10, 1000, np.float32))


def test_errors_cross_as_python_exceptions(echo, rank):
    with pytest.raises(ValueError, match="unknown mode 'nope'"):
        echo(np.zeros(2), "nope")
    with pytest.raises(ValueError, match="size 2 is different from 3"):
        rank(np.zeros((1, 3)), np.zeros((4, 2)), 1)
    with pytest.raises(RuntimeError, match="selected index k out of range"):
        rank(np.zeros((1, 2)), np.zeros((3, 2)), 5)
    with pytest.raises(TypeError, match="must be ndarray, not str"):
        echo("x", "same")


def test_rank_matches_numpy(rank):
    rng = np.random.default_rng(3)
    queries = rng.standard_normal((5, 8)).astype(np.float32)
    keys = rng.standard_normal((20, 8)).astype(np.float32)
    values, indices = rank(queries, keys, 3)
    scores = queries.astype(np.float64) @ keys.T.astype(np.float64)
    scores = np.exp(scores - scores.max(axis=1, keepdims=True))
    scores /= scores.sum(axis=1, keepdims=True)
    want_indices = np.argsort(-scores, axis=1, kind="stable")[:, :3]
    np.testing.assert_array_equal(indices, want_indices)
    np.testing.assert_allclose(values, np.take_along_axis(scores, want_indices, 1), rtol=1e-5)
    assert values.dtype == np.float32 and indices.dtype == np.int64


def run_cli(*arguments):
    if not CLI.exists():
        subprocess.run(["cmake", "--build", str(BUILD), "--target", "abi_cli"], check=True)
    return subprocess.run([str(CLI), "run", *arguments], capture_output=True, text=True)


@pytest.mark.parametrize(
    "value",
    [[[1.5, -2.0], [3.0, 4.0]], [[1, -2, 3]], [[True, False]], [[]], [[[0.1]]]],
)
@pytest.mark.parametrize("mode", ["same", "transpose", "mask", "sum"])
def test_cli_prints_tolist(value, mode):
    # JSON has no arrays: a nested list becomes what np.array(list) makes.
    want = numpy_echo(np.array(value), mode)
    done = run_cli(
        str(ARTIFACTS / "abi_tensor_echo.so"),
        "--input",
        f"x={json.dumps(value)}",
        "--input",
        f"mode={json.dumps(mode)}",
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == json.dumps(want.tolist())


def test_cli_float32_prints_as_tolist():
    # float32 elements print as the Python floats .tolist() gives (0.1f is not 0.1).
    artifact("tensor_rank")
    done = run_cli(
        str(ARTIFACTS / "abi_tensor_rank.so"),
        "--input",
        "queries=[[0.1, 0.2]]",
        "--input",
        "keys=[[1.0, 0.0], [0.0, 1.0]]",
        "--input",
        "k=1",
    )
    assert done.returncode == 0, done.stderr
    printed = json.loads(done.stdout)
    assert printed[1] == [[1]]


def test_cli_ragged_list_is_numpys_error():
    done = run_cli(
        str(ARTIFACTS / "abi_tensor_echo.so"),
        "--input",
        "x=[[1, 2], [3]]",
        "--input",
        'mode="same"',
    )
    assert done.returncode == 1
    with pytest.raises(ValueError) as numpy_error:
        np.array([[1, 2], [3]])
    assert (
        done.stderr.strip()
        .splitlines()[-1]
        .startswith("ValueError: " + str(numpy_error.value)[:60])
    )
