"""Differential tests of ingot's parser against the running CPython.

Every .py file of the local standard library, and every snippet in snippets_good.py /
snippets_bad.txt, goes through `ingot-parse-dump` (many files per process) and through
CPython's own `ast.parse`; the dumps must be identical, and what CPython rejects ingot must
reject at the same line (and column, where noted).

The build directory comes from $INGOT_BUILD (default `build`). The dumper is asked for the
running interpreter's AST flavour (`--py 3.11` on a 3.11 interpreter).
"""

import ast
import os
import subprocess
import sys
import sysconfig
import tempfile
import warnings
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
PY_FLAVOUR = f"{sys.version_info.major}.{sys.version_info.minor}"
BATCH = 200


def tool() -> Path:
    build = Path(os.environ.get("INGOT_BUILD", "build"))
    if not build.is_absolute():
        build = ROOT / build
    path = build / "compiler" / "parse" / "ingot-parse-dump"
    if not path.exists():
        pytest.skip(f"{path} is not built")
    return path


def run_tool(paths):
    """Returns {path: ("OK", dump) | ("ERROR", "line col message")}."""
    flavour = PY_FLAVOUR if PY_FLAVOUR in ("3.11", "3.12") else "3.12"
    results = {}
    for i in range(0, len(paths), BATCH):
        chunk = [str(p) for p in paths[i : i + BATCH]]
        proc = subprocess.run(
            [str(tool()), "--py", flavour, *chunk],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            timeout=300,
        )
        assert proc.returncode in (0, 1), f"ingot-parse-dump crashed ({proc.returncode})"
        current = None
        lines = proc.stdout.decode("utf-8", "surrogateescape").split("\n")
        j = 0
        while j < len(lines):
            line = lines[j]
            if line.startswith("#### "):
                current = line[5:]
                status = lines[j + 1]
                if status == "OK":
                    results[current] = ("OK", lines[j + 2])
                    j += 3
                    continue
                results[current] = ("ERROR", status[len("ERROR ") :])
                j += 2
                continue
            j += 1
    return results


def cpython_dump(path):
    """CPython's verdict on one file: ("OK", dump), ("ERROR", (line, col, msg)), or None
    when CPython itself cannot run its parser on it."""
    data = Path(path).read_bytes()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            tree = ast.parse(data)
        except SyntaxError as e:
            return ("ERROR", (e.lineno, (e.offset or 1) - 1, e.msg))
        except (ValueError, MemoryError, RecursionError):
            return None
    return ("OK", ast.dump(tree, include_attributes=True))


def stdlib_files():
    root = Path(sysconfig.get_paths()["stdlib"])
    return sorted(p for p in root.rglob("*.py") if "site-packages" not in p.parts and p.is_file())


def compare(paths):
    ours = run_tool(paths)
    with ProcessPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
        theirs = dict(zip(paths, pool.map(cpython_dump, paths, chunksize=16)))
    same, different, skipped = [], [], []
    for p in paths:
        expected = theirs[p]
        got = ours.get(str(p))
        if expected is None:
            skipped.append(p)
            continue
        if expected[0] == "OK":
            ok = got is not None and got[0] == "OK" and got[1] == expected[1]
        else:
            ok = got is not None and got[0] == "ERROR"
        (same if ok else different).append((p, expected, got))
    return same, different, skipped


def first_difference(a, b, context=120):
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            window = slice(max(0, i - context), i + context)
            return f"cpython: ...{a[window]}\n   ingot: ...{b[window]}"
    return f"lengths {len(a)} vs {len(b)}"


def test_stdlib_identical():
    paths = stdlib_files()
    same, different, skipped = compare(paths)
    rate = len(same) / max(1, len(same) + len(different))
    print(
        f"\nstdlib: {len(same)} identical, {len(different)} different, "
        f"{len(skipped)} skipped (CPython's parser could not run); rate {rate:.4%}"
    )
    for p, expected, got in different[:10]:
        detail = (
            first_difference(expected[1], got[1])
            if got and got[0] == expected[0] == "OK"
            else f"{expected[0]} vs {got}"
        )
        print(f"DIFF {p}\n{detail}")
    assert not different, f"{len(different)} stdlib files differ (rate {rate:.4%})"


def split_snippets(text):
    """Snippets are separated by lines of `# ----`."""
    chunks, current = [], []
    for line in text.splitlines(keepends=True):
        if line.startswith("# ----"):
            if "".join(current).strip():
                chunks.append("".join(current))
            current = []
        else:
            current.append(line)
    if "".join(current).strip():
        chunks.append("".join(current))
    return chunks


def write_snippets(snippets, tmp):
    paths = []
    for i, s in enumerate(snippets):
        p = Path(tmp) / f"snippet_{i:03d}.py"
        p.write_bytes(s.encode("utf-8", "surrogatepass"))
        paths.append(p)
    return paths


def test_good_snippets_identical():
    snippets = split_snippets((HERE / "snippets_good.py").read_text(encoding="utf-8"))
    assert len(snippets) > 50
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_snippets(snippets, tmp)
        same, different, skipped = compare(paths)
        assert not skipped
        rejected = [p.read_text(encoding="utf-8") for p, e, _ in same + different if e[0] != "OK"]
        assert not rejected, f"CPython rejects good snippets: {rejected}"
        assert len(same) + len(different) == len(snippets)
        failures = []
        for p, expected, got in different:
            src = p.read_text(encoding="utf-8")
            detail = (
                first_difference(expected[1], got[1])
                if got and got[0] == expected[0] == "OK"
                else f"{expected} vs {got}"
            )
            failures.append(f"--- snippet:\n{src}\n{detail}")
    assert not failures, "\n".join(failures)


def test_bad_snippets_rejected_at_same_place():
    """Each bad snippet: CPython must reject it (else the snippet is wrong), and so must
    ingot, with the same line and column and, where practical, the same message."""
    snippets = split_snippets((HERE / "snippets_bad.txt").read_text(encoding="utf-8"))
    assert len(snippets) > 30
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_snippets(snippets, tmp)
        ours = run_tool(paths)
        failures = []
        for p in paths:
            src = p.read_bytes()
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                try:
                    ast.parse(src)
                    failures.append(f"CPython accepts bad snippet:\n{src.decode()}")
                    continue
                except SyntaxError as e:
                    expected = (e.lineno, (e.offset or 1) - 1, e.msg)
            got = ours[str(p)]
            if got[0] != "ERROR":
                failures.append(f"ingot accepts:\n{src.decode()}\nCPython: {expected}")
                continue
            line, col, rest = got[1].split(" ", 2)
            message = rest.split(": ", 1)[1]
            if (int(line), int(col)) != expected[:2] or message != expected[2]:
                failures.append(
                    f"snippet:\n{src.decode()}\n  CPython: line {expected[0]} col {expected[1]}: "
                    f"{expected[2]}\n  ingot:   line {line} col {col}: {message}"
                )
    assert not failures, f"{len(failures)} mismatches\n" + "\n".join(failures)


def mutants(count, seed):
    """Source files from the stdlib's top level, each cut to 80 lines and then broken (or
    not) by deleting, doubling or inserting one character at random."""
    import random

    rng = random.Random(seed)
    root = Path(sysconfig.get_paths()["stdlib"])
    files = sorted(root.glob("*.py"))
    alphabet = "()[]{}:,.=+-*'\"\\#\n \tabf0123456789@!<>%"
    out = []
    while len(out) < count:
        src = "".join(
            rng.choice(files)
            .read_text(encoding="utf-8", errors="replace")
            .splitlines(keepends=True)[:80]
        )
        if not src:
            continue
        k = rng.randrange(len(src))
        op = rng.choice(["delete", "double", "insert"])
        if op == "delete":
            src = src[:k] + src[k + 1 :]
        elif op == "double":
            src = src[:k] + src[k] + src[k:]
        else:
            src = src[:k] + rng.choice(alphabet) + src[k:]
        out.append(src)
    return out


def test_mutated_stdlib_accepted_and_rejected_alike():
    """Randomly broken real code: ingot must accept exactly what CPython accepts (with the
    identical tree) and reject the rest, nearly always at the same line, column and with
    the same message."""
    sources = mutants(300, seed=2026)
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_snippets(sources, tmp)
        ours = run_tool(paths)
        disagreements, same_line, exact, rejected = [], 0, 0, 0
        for p, src in zip(paths, sources):
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                try:
                    expected = ("OK", ast.dump(ast.parse(src), include_attributes=True))
                except SyntaxError as e:
                    expected = ("ERROR", e.lineno, (e.offset or 1) - 1, e.msg)
                except (ValueError, RecursionError, MemoryError):
                    continue
            got = ours[str(p)]
            if got[0] != expected[0] or (got[0] == "OK" and got[1] != expected[1]):
                disagreements.append(
                    f"--- {expected[:1] + expected[2:] if expected[0] == 'ERROR' else 'OK'} "
                    f"vs {got[0]} {got[1][:120]}\n{src}"
                )
                continue
            if got[0] == "OK":
                continue
            rejected += 1
            line, col, rest = got[1].split(" ", 2)
            message = rest.split(": ", 1)[1]
            same_line += int(line) == expected[1]
            exact += (int(line), int(col), message) == expected[1:]
    print(
        f"\nmutants: {rejected} rejected by both; same line {same_line}/{rejected}, "
        f"same line+column+message {exact}/{rejected}"
    )
    assert not disagreements, "\n".join(disagreements[:5])
    assert same_line >= 0.97 * rejected
    assert exact >= 0.90 * rejected
