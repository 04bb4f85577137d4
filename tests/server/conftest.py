"""Fixtures for the `ingot serve` tests: the test functions of functions/ compiled with the
`ingot` of $INGOT_BUILD (default `build`), and servers started on free loopback ports."""

import os
import pathlib
import signal
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
BUILD = pathlib.Path(os.environ.get("INGOT_BUILD", "build"))
if not BUILD.is_absolute():
    BUILD = ROOT / BUILD
INGOT = BUILD / "ingot"
FUNCTIONS = pathlib.Path(__file__).resolve().parent / "functions"
sys.path.insert(0, str(FUNCTIONS))


class Server:
    """A running `ingot serve`; `url` is its base address."""

    def __init__(self, artifacts, *options):
        self.process = subprocess.Popen(
            [str(INGOT), "serve", *map(str, artifacts), "--port", "0", *options],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        line = self.process.stdout.readline()
        if "listening on " not in line:
            self.process.kill()
            raise RuntimeError(f"ingot serve did not start: {line}{self.process.stderr.read()}")
        self.url = line.split("listening on ")[1].strip()
        self.port = int(self.url.rsplit(":", 1)[1])

    def stop(self, timeout=180):
        """SIGTERM, then the exit status. The wait is long: under TSan on a busy machine, the
        requests in flight that SIGTERM lets finish can take a minute."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout)


@pytest.fixture(scope="session")
def artifacts(tmp_path_factory):
    if not INGOT.exists():
        pytest.fail(f"{INGOT} is missing: build the `ingot` target first")
    out = tmp_path_factory.mktemp("artifacts")
    built = {}
    for source, name in (("hashed_ngrams.py", "embed"), ("one_text.py", "one")):
        target = out / f"{name}.so"
        subprocess.run(
            [str(INGOT), "compile", str(FUNCTIONS / source), "-o", str(target), "-q"], check=True
        )
        built[name] = target
    return built


@pytest.fixture(scope="session")
def tokens_artifact(tmp_path_factory):
    """functions/minilm_token_bag.py compiled: a function with a real tokenizer, whose
    calls count tokens. Its module imports the tokenizer's packages, so it is compiled with
    this interpreter."""
    pytest.importorskip("all_minilm_l6_v2")
    target = tmp_path_factory.mktemp("tokens") / "tokens.so"
    subprocess.run(
        [str(INGOT), "compile", str(FUNCTIONS / "minilm_token_bag.py"), "-o", str(target)]
        + ["--python", sys.executable, "-q"],
        check=True,
    )
    return target


@pytest.fixture
def start_server(artifacts):
    """start_server(*options, models=None) -> Server, stopped after the test."""
    started = []

    def start(*options, models=None):
        server = Server(models or [artifacts["embed"], artifacts["one"]], *options)
        started.append(server)
        return server

    yield start
    # A clean exit after SIGTERM: under the sanitizers, a report (a leak at exit among them)
    # makes it non-zero.
    statuses = [server.stop() for server in started]
    assert statuses == [0] * len(started)


@pytest.fixture(scope="module")
def server(artifacts):
    """One shared server with both test models: `embed` (list[str]) and `one` (str)."""
    running = Server([artifacts["embed"], artifacts["one"]], "--threads", "2", "--timeout", "2")
    yield running
    assert running.stop() == 0
