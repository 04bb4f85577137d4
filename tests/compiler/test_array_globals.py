"""Module-level numpy arrays in compiled functions: embedded as binary data (the generated
C++ does not spell their values), and one array for the artifact's life, so writes to it
persist from call to call as they do in CPython's module."""

import pytest
from compiled_module import compile_entry, import_source, require_ingot

np = pytest.importorskip("numpy")

SOURCE = """
import numpy as np

COUNTS = np.zeros(3, dtype=np.int64)
TABLE = np.linspace(-1.0, 1.0, 200_000)


def bump(i: int) -> tuple[list[int], float]:
    COUNTS[i] += 1
    counts: list[int] = COUNTS.tolist()
    return counts, float(TABLE[i * 1000 + 7])
"""


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    require_ingot()
    folder = tmp_path_factory.mktemp("array_globals")
    (folder / "counts.py").write_text(SOURCE)
    result = compile_entry(
        folder / "counts.py", None, folder / "counts.so", "--emit-cpp", folder / "cpp"
    )
    assert result.returncode == 0, result.stderr
    return folder


def test_writes_persist_across_calls_as_in_cpython(folder):
    import ingot

    function = ingot.load(str(folder / "counts.so"))
    reference = import_source(folder / "counts.py", "array_globals_reference")
    for i in [1, 1, 2, 0, 1]:
        assert function(i) == reference.bump(i)


def test_large_array_is_binary_data_not_source(folder):
    # The sources only: the emit folder also holds the assembled object of the resources.
    sources = [path for path in (folder / "cpp").rglob("*") if path.suffix in (".cpp", ".h", ".s")]
    emitted = sum(path.stat().st_size for path in sources)
    assert emitted > 0
    assert emitted < np.linspace(-1.0, 1.0, 200_000).nbytes / 20
