"""runtime/tensor against numpy on float32 arrays, side by side in one run.

    python3 bench/tensor_ops.py [--repeats N] [--draws D] [--quick] [--plot FILE.png]

Times, for 1k, 1M and 16M elements (matmul: square matrices of 32, 256 and 1024 a side, so
that a run stays within minutes):
  add      a + b                       numpy: a + b
  exp      exp(a)                      numpy: np.exp(a)
  sum      a.sum()                     numpy: a.sum()
  softmax  softmax over rows of 1024   numpy: the same three passes (max, exp, divide)
  matmul   a @ b                       numpy: a @ b (its BLAS, held to one thread)
each as min and median seconds of N runs in each of D draws, their ratio (numpy / ingot:
above 1 is faster than numpy), GFLOP/s for matmul, and for the bandwidth-bound add, exp,
sum and softmax the fraction of memcpy's speed on the same bytes. Both sides run on one
thread. --plot draws the ratios as bars (needs matplotlib).

A draw is a fresh setup: new arrays on the numpy side, a new process on the ingot side. At 1M
elements both sides swing by a third from one draw to the next (where the kernel places a
fresh 4 MB result in the caches, not the code), so one draw can show either side ahead; the
draws of the two sides alternate, and min and median are taken over all of them.

The ingot side is $INGOT_BUILD/bench/tensor_ops_bench (built with the tests; INGOT_BUILD
defaults to build).
"""

import argparse
import json
import os
import pathlib
import statistics
import subprocess
import sys
import time

# One thread for numpy's BLAS too: ingot's kernels are single-threaded.
for variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[variable] = "1"

import numpy as np  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[1]
SIZES = {"1k": 1 << 10, "1M": 1 << 20, "16M": 1 << 24}
MATMUL_SIDES = {"1k": 32, "1M": 256, "16M": 1024}


def numpy_softmax(x):
    e = np.exp(x - x.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def numpy_case(op, n):
    rng = np.random.default_rng(0)
    if op == "matmul":
        a = rng.random((n, n), dtype=np.float32)
        b = rng.random((n, n), dtype=np.float32)
        return lambda: a @ b
    a = rng.random(n, dtype=np.float32) - 0.5
    b = rng.random(n, dtype=np.float32) - 0.5
    if op == "add":
        return lambda: a + b
    if op == "exp":
        return lambda: np.exp(a)
    if op == "sum":
        return lambda: a.sum()
    if op == "softmax":
        rows = a.reshape(-1, min(n, 1024))
        return lambda: numpy_softmax(rows)
    if op == "memcpy":
        out = np.empty_like(a)
        return lambda: np.copyto(out, a)
    raise ValueError(op)


def time_numpy(op, n, repeats):
    run = numpy_case(op, n)
    for _ in range(10):  # warmed up as the ingot side is
        run()
    seconds = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        seconds.append(time.perf_counter() - start)
    return seconds


def time_ingot(binary, op, n, repeats):
    done = subprocess.run(
        [str(binary), op, str(n), str(repeats)], capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout)["seconds"]


def time_both(binary, op, n, repeats, draws):
    """min and median seconds of each side over `draws` alternating fresh setups."""
    ours, theirs = [], []
    for _ in range(draws):
        ours += time_ingot(binary, op, n, repeats)
        theirs += time_numpy(op, n, repeats)
    summary = lambda seconds: {"min": min(seconds), "median": statistics.median(seconds)}  # noqa: E731
    return summary(ours), summary(theirs)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--draws", type=int, default=3, help="fresh setups per side")
    parser.add_argument("--quick", action="store_true", help="1k and 1M only")
    parser.add_argument("--plot", metavar="FILE", help="draw the ratios into FILE (png, svg)")
    options = parser.parse_args()
    build = pathlib.Path(os.environ.get("INGOT_BUILD", "build"))
    if not build.is_absolute():
        build = ROOT / build
    binary = build / "bench" / "tensor_ops_bench"
    if not binary.exists():
        sys.exit(f"{binary} is not built: ninja -C {build} tensor_ops_bench")

    print(
        f"numpy {np.__version__}, one thread each, float32, {options.repeats} runs x "
        f"{options.draws} draws: min / median"
    )
    header = (
        f"{'op':8} {'size':>5} {'numpy min':>11} {'median':>9} "
        f"{'ingot min':>11} {'median':>9} {'ratio':>6}  note"
    )
    print(header)
    print("-" * len(header))
    sizes = {k: v for k, v in SIZES.items() if not (options.quick and k == "16M")}
    ratios = {}  # (op, size label) -> numpy / ingot
    for label, elements in sizes.items():
        memcpy, _ = time_both(binary, "memcpy", elements, options.repeats, options.draws)
        for op in ("add", "exp", "sum", "softmax", "matmul"):
            n = MATMUL_SIDES[label] if op == "matmul" else elements
            ours, theirs = time_both(binary, op, n, options.repeats, options.draws)
            ratio = theirs["min"] / ours["min"]
            note = ""
            if op == "matmul":
                flops = 2 * n**3
                ours_rate = flops / ours["min"] / 1e9
                theirs_rate = flops / theirs["min"] / 1e9
                note = f"{n}x{n}: {ours_rate:.1f} GFLOP/s (numpy {theirs_rate:.1f})"
            else:
                # memcpy of n float32s moves 2n*4 bytes; add moves 3n*4, sum n*4, and exp
                # and softmax (whose rows stay in L1 between passes) 2n*4.
                moved = {"add": 3, "sum": 1, "exp": 2, "softmax": 2}[op]
                note = f"{moved / 2 * memcpy['min'] / ours['min']:.0%} of memcpy speed"
            ratios[op, label] = ratio
            print(
                f"{op:8} {label:>5} {theirs['min']:11.3e} {theirs['median']:9.3e} "
                f"{ours['min']:11.3e} {ours['median']:9.3e} {ratio:6.2f}  {note}"
            )
    if options.plot:
        plot(ratios, list(sizes), options.plot)


def plot(ratios, size_labels, path):
    """Grouped bars of numpy / ingot per op, one bar per size, and the line where they tie."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    ops = sorted({op for op, _ in ratios}, key=list(dict.fromkeys(op for op, _ in ratios)).index)
    width = 0.8 / len(size_labels)
    figure, axes = plt.subplots(figsize=(8, 4))
    for i, label in enumerate(size_labels):
        axes.bar(
            [x + i * width for x in range(len(ops))],
            [ratios[op, label] for op in ops],
            width,
            label=f"{label} (matmul {MATMUL_SIDES[label]}²)",
        )
    axes.axhline(1.0, color="black", linewidth=0.8)
    axes.set_xticks([x + width * (len(size_labels) - 1) / 2 for x in range(len(ops))], ops)
    axes.set_ylabel("numpy time / ingot time (above 1: faster)")
    axes.set_title("runtime/tensor vs numpy, float32, one thread, min of runs")
    axes.legend()
    figure.tight_layout()
    figure.savefig(path)
    print(f"plot: {path}")


if __name__ == "__main__":
    main()
