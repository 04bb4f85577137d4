"""A stand-in for the `ingot` CLI, to test the conformance runner's own plumbing.

It answers `ingot compile` and `ingot run` the way the real CLI does, but by running the
source in CPython: `compile` rejects what CPython cannot parse (rendered like ingot's
diagnostics) and writes the source's path as the "artifact"; `run` calls the entry and
prints json.dumps of the result, or exits 1 with `Kind: message` last on stderr. An int
result outside 64 bits raises OverflowError, as ingot's ints do.

MOCK_INGOT_FAULT makes it misbehave, so the tests can see the runner catch it:
"wrong-result" (wraps every result in a list), "wrong-message" (alters every exception
message), "lose-items" (drops what a generator yielded before it raised), "crash" (dies on
a signal when running).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
from pathlib import Path

from conformance_corpus import Call, load_case, run_in_cpython

INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1


def compile_command(source: Path, output: Path) -> int:
    text = source.read_text(encoding="utf-8")
    try:
        compile(text, str(source), "exec")
    except SyntaxError as e:
        print(f'  File "{source}", line {e.lineno}, column {e.offset}', file=sys.stderr)
        print(f"{type(e).__name__}: {e.msg}", file=sys.stderr)
        return 1
    output.write_text(json.dumps({"source": str(source.resolve())}), encoding="utf-8")
    return 0


def run_command(artifact: Path, inputs: str) -> int:
    fault = os.environ.get("MOCK_INGOT_FAULT", "")
    if fault == "crash":
        os.kill(os.getpid(), signal.SIGSEGV)
    case = load_case(Path(json.loads(artifact.read_text(encoding="utf-8"))["source"]))
    outcome = run_in_cpython(case, Call(line=0, arguments=json.loads(inputs)))
    lines = (outcome.returned or "null").splitlines()  # a generator's: one item a line
    if outcome.raised is None and any(_has_big_int(json.loads(line)) for line in lines):
        print("OverflowError: int too large to fit in 64 bits", file=sys.stderr)
        return 1
    if outcome.raised is not None:
        # A generator's items before it raised.
        if outcome.returned is not None and fault != "lose-items":
            print(outcome.returned)
        message = outcome.raised + (" (mock)" if fault == "wrong-message" else "")
        print(f"Traceback (most recent call last):\n{message}", file=sys.stderr)
        return 1
    print(f"[{outcome.returned}]" if fault == "wrong-result" else outcome.returned)
    return 0


def _has_big_int(value: object) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return not INT64_MIN <= value <= INT64_MAX
    if isinstance(value, list):
        return any(_has_big_int(v) for v in value)
    if isinstance(value, dict):
        return any(_has_big_int(v) for v in value.values())
    return False


def main() -> int:
    parser = argparse.ArgumentParser(prog="ingot")
    commands = parser.add_subparsers(dest="command", required=True)
    compile_parser = commands.add_parser("compile")
    compile_parser.add_argument("source", type=Path)
    compile_parser.add_argument("-o", dest="output", type=Path, required=True)
    compile_parser.add_argument("-q", action="store_true")
    compile_parser.add_argument("--python")
    run_parser = commands.add_parser("run")
    run_parser.add_argument("artifact", type=Path)
    run_parser.add_argument("--inputs", required=True)
    args = parser.parse_args()
    if args.command == "compile":
        return compile_command(args.source, args.output)
    inputs = sys.stdin.read() if args.inputs == "-" else Path(args.inputs).read_text()
    return run_command(args.artifact, inputs)


if __name__ == "__main__":
    sys.exit(main())
