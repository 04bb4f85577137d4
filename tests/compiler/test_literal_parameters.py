"""Literal[...] entry parameters: the allowed values pass and behave as in CPython; any
other value is a ValueError at the artifact's boundary (CPython itself does not check)."""

import importlib.util
import json
import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
INGOT = ROOT / os.environ.get("INGOT_BUILD", "build") / "ingot"

SOURCE = """
from typing import Annotated, Literal

Task = Literal["query", "document"]
PREFIXES = {"query": "task: search result | query: ", "document": "title: none | text: "}


def embed_prompts(
    texts: list[str],
    task: Task = "document",
    mode: Literal[1, 2] = 1,
    tag: Annotated[str, "a label"] = "x",
) -> list[str]:
    return [PREFIXES[task] + t + tag * mode for t in texts]
"""


@pytest.fixture(scope="module")
def artifact(tmp_path_factory):
    if not INGOT.exists():
        pytest.skip(f"{INGOT} is not built")
    folder = tmp_path_factory.mktemp("literal")
    source = folder / "prompts.py"
    source.write_text(SOURCE)
    out = folder / "prompts.so"
    subprocess.run([INGOT, "compile", source, "-o", out, "-q"], check=True)
    spec = importlib.util.spec_from_file_location("prompts", source)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return out, module.embed_prompts


def run(artifact_path, **inputs):
    args = [INGOT, "run", artifact_path]
    for name, value in inputs.items():
        args += ["--input", f"{name}={json.dumps(value)}"]
    return subprocess.run(args, capture_output=True, text=True)


@pytest.mark.parametrize(
    "inputs",
    [
        {"texts": ["a", "b"]},
        {"texts": ["a"], "task": "query"},
        {"texts": ["a"], "task": "document", "mode": 2, "tag": "!"},
    ],
)
def test_allowed_values_match_cpython(artifact, inputs):
    path, function = artifact
    result = run(path, **inputs)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == json.dumps(function(**inputs))


@pytest.mark.parametrize(
    ("inputs", "message"),
    [
        (
            {"texts": ["a"], "task": "bogus"},
            "ValueError: embed_prompts() argument 'task' must be one of 'query', "
            "'document', not 'bogus'",
        ),
        (
            {"texts": ["a"], "mode": 3},
            "ValueError: embed_prompts() argument 'mode' must be one of 1, 2, not 3",
        ),
    ],
)
def test_other_values_are_a_value_error(artifact, inputs, message):
    path, _ = artifact
    result = run(path, **inputs)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1] == message


def test_signature_keeps_choices_and_metadata(artifact):
    path, function = artifact
    inspected = subprocess.run([INGOT, "inspect", path], capture_output=True, text=True, check=True)
    params = {p["name"]: p for p in json.loads(inspected.stdout)["parameters"]}
    hints = function.__annotations__
    assert params["task"]["choices"] == list(hints["task"].__args__)
    assert params["mode"]["choices"] == list(hints["mode"].__args__)
    assert params["tag"]["metadata"] == list(hints["tag"].__metadata__)
    assert "choices" not in params["texts"] and "metadata" not in params["texts"]


RETURN_SOURCE = """
def scaled(x: int, scale: float = 2) -> int:
    if x > 0:
        return x * scale
    return "negative"
"""


def test_body_wins_over_return_annotation(tmp_path):
    """CPython does not enforce return annotations nor that a default fits its annotation:
    the artifact follows the body (with a warning at each contradicting return), and an
    int default of a float parameter stays an int."""
    if not INGOT.exists():
        pytest.skip(f"{INGOT} is not built")
    source = tmp_path / "scaled.py"
    source.write_text(RETURN_SOURCE)
    out = tmp_path / "scaled.so"
    compiled = subprocess.run(
        [INGOT, "compile", source, "-o", out], capture_output=True, text=True, check=True
    )
    warnings = [line for line in compiled.stderr.splitlines() if "[return-mismatch]" in line]
    assert len(warnings) == 2, compiled.stderr
    namespace: dict = {}
    exec(RETURN_SOURCE, namespace)
    for inputs in ({"x": 3}, {"x": 3, "scale": 0.5}, {"x": -1}):
        result = run(out, **inputs)
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == json.dumps(namespace["scaled"](**inputs))
    inspected = json.loads(
        subprocess.run([INGOT, "inspect", out], capture_output=True, text=True).stdout
    )
    assert inspected["return"]["type"]["kind"] == "union"
