"""Runs the Node.js client's tests (clients/node/test, node:test) against artifacts compiled
here, with what the Python client and CPython give for the same calls as their expected
values."""

import importlib.util
import json
import os
import pathlib
import shutil
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[3]
NODE_CLIENT = ROOT / "clients" / "node"
BUILD = pathlib.Path(os.environ.get("INGOT_BUILD", "build"))
if not BUILD.is_absolute():
    BUILD = ROOT / BUILD
ARTIFACTS = BUILD / "tests" / "artifacts"
SOURCE = ROOT / "tests" / "clients" / "python" / "sources" / "hashed_embedding.py"
TEXTS = ["Which planet is known as the Red Planet?", "Mars, the fourth planet", "a", "é ü 漢字"]

sys.path.insert(0, str(ROOT / "clients" / "python"))


def _reference():
    spec = importlib.util.spec_from_file_location("hashed_embedding", SOURCE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _artifacts():
    names = ["abi_greet", "abi_kitchen", "abi_countdown", "abi_tensor_echo"]
    if not all((ARTIFACTS / f"{n}.so").exists() for n in names):
        subprocess.run(["cmake", "--build", str(BUILD), "--target", *names], check=True)


@pytest.fixture(scope="module")
def node_env(tmp_path_factory):
    if shutil.which("node") is None or not (NODE_CLIENT / "node_modules" / "koffi").is_dir():
        pytest.fail("node and clients/node/node_modules are needed: run scripts/setup.sh")
    import ingot

    _artifacts()
    models = tmp_path_factory.mktemp("models")
    for entry, name in (("embed", "hashed"), ("embed_one", "hashed-one"), ("token_ids", "ids")):
        subprocess.run(
            [
                str(BUILD / "ingot"),
                "compile",
                str(SOURCE),
                "--entry",
                entry,
                "-q",
                "-o",
                str(models / f"{name}.so"),
            ],
            check=True,
        )
    reference = _reference()
    greet = ingot.load(ARTIFACTS / "abi_greet.so")
    try:
        greet(3)
    except TypeError as error:
        type_error = str(error)
    countdown = ingot.load(ARTIFACTS / "abi_countdown.so")
    _, stats = ingot.load(models / "hashed-one.so").call_with_stats(TEXTS[0])
    expected = {
        "greet": greet("Ada", times=2),
        "greet_type_error": type_error,
        "countdown": list(countdown(3)),
        "countdown_first_of_100": next(iter(countdown(100))),
        "texts": TEXTS,
        "embed": reference.embed(TEXTS),
        "embed_query": reference.embed(TEXTS, task="query"),
        "embed_one": reference.embed_one(TEXTS[0]),
        "tokens": stats.tokens,
    }
    path = tmp_path_factory.mktemp("node") / "expected.json"
    path.write_text(json.dumps(expected))
    return dict(
        os.environ,
        INGOT_NODE_EXPECTED=str(path),
        INGOT_NODE_ARTIFACTS=str(ARTIFACTS),
        INGOT_NODE_MODELS=str(models),
    )


def test_node_client(node_env):
    run = subprocess.run(
        ["node", "--test", "--test-reporter=spec", "test/"],
        cwd=NODE_CLIENT,
        env=node_env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-3000:]


def test_typescript_declarations_compile():
    tsc = NODE_CLIENT / "node_modules" / ".bin" / "tsc"
    if not tsc.exists():
        pytest.fail("clients/node/node_modules lacks typescript: run scripts/setup.sh")
    run = subprocess.run(
        [str(tsc), "--noEmit", "--strict", "--types", "node", "index.d.ts"],
        cwd=NODE_CLIENT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout + run.stderr
