"""The model engine (runtime/nn) from Python: the `nn_run` driver, one process per model."""

import json
import os
import subprocess
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[3]


def driver_path() -> Path:
    build = Path(os.environ.get("INGOT_BUILD", "build"))
    if not build.is_absolute():
        build = ROOT / build
    return build / "tests" / "parity" / "nn_run"


class Engine:
    """A checkpoint folder loaded by `nn_run`; each call is one request over its pipes."""

    def __init__(self, folder: Path, threads: int | None = None, load: str = "folder"):
        """`load`: "folder" (memory-mapped), "in-memory" (blobs, as an artifact embeds them)
        or "in-memory-unaligned" (blobs at odd addresses: float32 weights are copied)."""
        env = dict(os.environ)
        if threads is not None:
            env["INGOT_NUM_THREADS"] = str(threads)
        self.process = subprocess.Popen(
            [str(driver_path())] + ([] if load == "folder" else [f"--{load}"]) + [str(folder)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        self.scratch = tempfile.TemporaryDirectory()
        self.last_reply: dict = {}

    def request(self, call: str, ids, mask, repeat: int = 1, **extra) -> np.ndarray:
        out = Path(self.scratch.name) / "out.npy"
        request = {
            "call": call,
            "ids": np.asarray(ids).tolist(),
            "mask": np.asarray(mask).tolist(),
            "out": str(out),
            "repeat": repeat,
        }
        request.update(
            {k: np.asarray(v).tolist() if hasattr(v, "shape") else v for k, v in extra.items()}
        )
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        self.last_reply = json.loads(self.process.stdout.readline())
        if "error" in self.last_reply:
            raise EngineError(self.last_reply["error"])
        return np.load(out)

    def encode(self, ids, mask, **extra) -> np.ndarray:
        return self.request("encode", ids, mask, **extra)

    def embed(self, ids, mask, **extra) -> np.ndarray:
        return self.request("embed", ids, mask, **extra)

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=60)
        self.scratch.cleanup()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class EngineError(Exception):
    """The engine's error, as "Kind: message"."""


def row_cosines(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    a = a.astype(np.float64)
    b = b.astype(np.float64)
    return (a * b).sum(-1) / (np.linalg.norm(a, axis=-1) * np.linalg.norm(b, axis=-1))
