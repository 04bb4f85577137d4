"""Helpers the server tests share: what kind of build they run against, the reference
token counts, a server's batching counters, and the Node.js scripts of node/."""

import json
import os
import pathlib
import re
import shutil
import subprocess

import httpx
import minilm_token_bag
import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
NODE_DIR = pathlib.Path(__file__).resolve().parent / "node"


def sanitized():
    """Whether $INGOT_BUILD is a sanitizer build: its artifacts load only into processes
    that carry the sanitizer runtime (the server does; python and node do not)."""
    build = pathlib.Path(os.environ.get("INGOT_BUILD", "build"))
    cache = (build if build.is_absolute() else ROOT / build) / "CMakeCache.txt"
    return any(
        line.startswith("INGOT_SANITIZE:") and line.split("=", 1)[1].strip()
        for line in cache.read_text().splitlines()
    )


def reference_tokens(texts):
    """The texts' tokens as Hugging Face `tokenizers` counts them, padding left out."""
    return sum(sum(minilm_token_bag.TOKENIZER.encode(text).attention_mask) for text in texts)


def batch_stats(server):
    """From the server's /metrics: how many calls its batcher made, and how many requests
    they carried in all."""
    metrics = httpx.get(f"{server.url}/metrics").text
    calls = int(re.search(r"^ingot_batch_requests_count (\d+)", metrics, re.M).group(1))
    requests = float(re.search(r"^ingot_batch_requests_sum (\S+)", metrics, re.M).group(1))
    return calls, requests


def run_node(script, *args, stdin, needs=(), timeout=60):
    """node/SCRIPT run with `args` and the JSON of `stdin` as its input: the JSON it prints.
    `needs` are the node_modules folders it imports, besides node/'s own openai package."""
    if shutil.which("node") is None:
        pytest.fail("node is needed: run scripts/setup.sh")
    for needed in (NODE_DIR / "node_modules" / "openai", *needs):
        if not needed.exists():
            pytest.fail(f"{needed} is missing: run scripts/setup.sh (npm ci)")
    run = subprocess.run(
        ["node", script, *map(str, args)],
        input=json.dumps(stdin),
        cwd=NODE_DIR,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)
