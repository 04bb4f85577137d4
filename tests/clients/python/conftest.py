"""Fixtures: the hand-written test artifacts (tests/unit/abi_artifacts), built with CMake
in the build folder named by $INGOT_BUILD (default `build`), and the `ingot` package from
clients/python unless it is installed."""

import os
import pathlib
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[3]
BUILD = pathlib.Path(os.environ.get("INGOT_BUILD", "build"))
if not BUILD.is_absolute():
    BUILD = ROOT / BUILD
ARTIFACTS = BUILD / "tests" / "artifacts"
NAMES = ("greet", "add", "kitchen", "countdown")

try:
    import ingot  # noqa: F401  (an installed client is tested as installed)
except ImportError:
    sys.path.insert(0, str(ROOT / "clients" / "python"))


def _ensure_artifacts():
    missing = [n for n in NAMES if not (ARTIFACTS / f"abi_{n}.so").exists()]
    if not missing:
        return
    if not (BUILD / "CMakeCache.txt").exists():
        subprocess.run(["cmake", "-S", str(ROOT), "-B", str(BUILD), "-G", "Ninja"], check=True)
    targets = [f"abi_{n}" for n in NAMES]
    subprocess.run(["cmake", "--build", str(BUILD), "--target", *targets], check=True)


@pytest.fixture(scope="session")
def artifacts():
    _ensure_artifacts()
    return ARTIFACTS


@pytest.fixture(scope="session")
def greet(artifacts):
    import ingot

    return ingot.load(artifacts / "abi_greet.so")


@pytest.fixture(scope="session")
def add(artifacts):
    import ingot

    return ingot.load(artifacts / "abi_add.so")


@pytest.fixture(scope="session")
def kitchen(artifacts):
    import ingot

    return ingot.load(artifacts / "abi_kitchen.so")


@pytest.fixture(scope="session")
def countdown(artifacts):
    import ingot

    return ingot.load(artifacts / "abi_countdown.so")
