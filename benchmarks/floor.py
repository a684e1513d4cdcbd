"""What every benchmark shares: a figure is a ratio to its floor measured in the same run.

A time in milliseconds says little on its own: the same code is 2.5 times slower on a busy
two-core machine than on a laptop. Each benchmark therefore times, alternated with what it
measures, the floor: the least any design could do for the same result (a bare window, the
one aggregate query, a plain file copy...), and its figure is the ratio of the two, held
against a target ratio. Absolute times are printed beside it as context, with a machine
reference (a fixed pure-Python loop).

``python3 tasks.py bench --json FILE`` gathers every figure: each script appends one JSON
line per figure to the file named by the environment variable ``MENTORAT_BENCH_JSON``.
"""

from __future__ import annotations

import json
import os
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass

JSON_ENV = "MENTORAT_BENCH_JSON"
"""Where each script appends its figures (one JSON object a line), when set."""


@dataclass(frozen=True)
class Figure:
    """One measure against its floor: ``ratio`` is ``value / floor``; ``met`` is whether
    the ratio is within ``target_ratio`` (None when the figure has no target: context)."""

    name: str
    value: float
    floor: float | None
    ratio: float | None
    target_ratio: float | None
    met: bool | None


def figure(name: str, value: float, floor: float | None, target: float | None) -> Figure:
    """The figure of ``value`` against ``floor`` (same unit), held against ``target``."""
    ratio = value / floor if floor else None
    met = None if target is None or ratio is None else ratio <= target
    return Figure(name, value, floor, ratio, target, met)


def reference_ms() -> float:
    """A fixed pure-Python workload: the speed of this machine right now (the best of 3)."""
    times = []
    for _ in range(3):
        start = time.perf_counter()
        sum(range(10_000_000))
        times.append((time.perf_counter() - start) * 1000)
    return min(times)


def alternate(
    actions: dict[str, Callable[[], object]], runs: int, warm: int = 1
) -> dict[str, list[float]]:
    """Milliseconds of each action, run by turns (``warm`` unmeasured rounds first), the
    order of each round rotated so that neither side always runs just after the other:
    a busy moment of a shared machine then weighs on both sides alike."""
    names = list(actions)
    for _ in range(warm):
        for name in names:
            actions[name]()
    times: dict[str, list[float]] = {name: [] for name in names}
    for run in range(runs):
        shift = run % len(names)
        for name in names[shift:] + names[:shift]:
            start = time.perf_counter()
            actions[name]()
            times[name].append((time.perf_counter() - start) * 1000)
    return times


PEAK_SNIPPET = """
def _mark_rendered():
    # The moment the measured work is on screen, for run_to_rendered: the clock is the
    # system's monotonic one, which the parent process reads too.
    import time as _time

    print("RENDERED_AT", repr(_time.monotonic()), flush=True)


def _print_peak():
    # The peak resident memory of this process, printed last for run_with_peak. Linux:
    # VmHWM, which exec starts afresh; ru_maxrss would also count the image of the parent
    # that forked this process (a benchmark already holding its data).
    peak = None
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    peak = int(line.split()[1]) / 1024
    except OSError:
        import resource
        import sys as _sys

        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        peak = rss / (1024 * 1024 if _sys.platform == "darwin" else 1024)
    print("PEAK_MB", peak, flush=True)
"""
"""Code a measured child process defines and calls last (``_print_peak()``)."""


def run_with_peak(args: Sequence[str]) -> tuple[float, float]:
    """Run a child that ends by calling ``_print_peak()`` (``PEAK_SNIPPET``): (seconds from
    start to end, its peak resident memory in MB)."""
    import subprocess

    start = time.perf_counter()
    done = subprocess.run(list(args), check=True, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    peaks = [line.split()[1] for line in done.stdout.splitlines() if line.startswith("PEAK_MB")]
    return elapsed, float(peaks[-1]) if peaks else float("nan")


def run_to_rendered(args: Sequence[str]) -> tuple[float, float, float]:
    """Run a child that calls ``_mark_rendered()`` once its window is drawn, then
    ``_print_peak()`` (``PEAK_SNIPPET``): (seconds from the parent's start of the child to
    that mark, seconds to the child's exit, its peak resident memory in MB). Start-up is the
    first: what a user waits for; closing the program afterwards is not part of it."""
    import subprocess

    start = time.monotonic()
    done = subprocess.run(list(args), check=True, capture_output=True, text=True)
    ended = time.monotonic() - start
    lines = done.stdout.splitlines()
    marks = [float(line.split()[1]) for line in lines if line.startswith("RENDERED_AT")]
    peaks = [line.split()[1] for line in lines if line.startswith("PEAK_MB")]
    rendered = marks[-1] - start if marks else ended
    return rendered, ended, float(peaks[-1]) if peaks else float("nan")


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def spread(values: Sequence[float]) -> str:
    """How noisy a series was: its median and the range around it."""
    low, high = min(values), max(values)
    return f"median {median(values):.1f} ms (min {low:.1f}, max {high:.1f}, n={len(values)})"


def report(figures: Sequence[Figure]) -> bool:
    """Print each figure on a line, append them to the JSON file when one is asked for (with
    the machine reference), and say whether every target was met. A figure's name carries
    its unit: "... (ms)", "... (MB)"."""
    ref = reference_ms()
    print(f"machine reference: sum(range(10**7)) in {ref:.0f} ms")
    for f in figures:
        if f.floor is None or f.ratio is None:
            print(f"  {f.name}: {f.value:.1f}")
            continue
        verdict = ""
        if f.target_ratio is not None:
            verdict = f" (target <= {f.target_ratio:g}) {'met' if f.met else 'MISSED'}"
        print(f"  {f.name}: {f.value:.1f} | floor {f.floor:.1f} | ratio {f.ratio:.2f}{verdict}")
    target = os.environ.get(JSON_ENV)
    if target:
        with open(target, "a", encoding="utf-8") as out:
            reference = Figure("machine reference: sum(range(10**7)) (ms)", ref, *[None] * 4)
            for f in (*figures, reference):
                out.write(json.dumps(asdict(f), ensure_ascii=False) + "\n")
    return all(f.met is not False for f in figures)
