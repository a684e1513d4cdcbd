"""The start-up benchmark's figure: the run whose ratio to its neighbouring bare window is the
median, so that a machine changing speed between runs does not pair a fast side with a slow
one (benchmarks/bench_members.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


@pytest.fixture(scope="module")
def median_run():
    sys.path.insert(0, str(BENCHMARKS))
    try:
        from bench_members import median_run
    finally:
        sys.path.remove(str(BENCHMARKS))
    return median_run


def test_the_figure_is_one_real_run_with_the_median_ratio(median_run):
    app = [0.30, 0.45, 0.28, 0.44, 0.29]
    bare = [0.15, 0.21, 0.15, 0.23, 0.14]
    # ratios 2.00, 2.14, 1.87, 1.91, 2.07: the middle one is 2.00, the first run
    assert median_run(app, bare) == (0.30, 0.15)


def test_two_speeds_of_the_machine_do_not_pair_a_fast_side_with_a_slow_one(median_run):
    # The machine slows down in the middle of the third run: each view is 1.8 times its
    # neighbour but that one, and the medians of each side (0.45 against 0.15) say 3.
    bare = [0.15, 0.15, 0.15, 0.25, 0.25]
    app = [0.27, 0.27, 0.45, 0.45, 0.45]
    run_app, run_bare = median_run(app, bare)
    assert run_app / run_bare == pytest.approx(1.8)


def test_an_even_count_takes_the_lower_middle(median_run):
    assert median_run([0.2, 0.3, 0.4, 0.5], [0.1, 0.1, 0.1, 0.1]) == (0.3, 0.1)


def test_sides_of_different_lengths_are_refused(median_run):
    with pytest.raises(ValueError):
        median_run([0.2, 0.3], [0.1])
