"""The assignment and the relaxation of the exact solver without SciPy: the installed program
carries neither SciPy nor its BLAS, and proposes the same couples as when it did."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import numpy as np
import pytest

from mentorat_desktop.core.matching import solver as mt_solver


def _matrices(count: int, seed: int):  # type: ignore[no-untyped-def]
    rng = np.random.default_rng(seed)
    for trial in range(count):
        rows, cols = (int(n) for n in rng.integers(1, 13, 2))
        kind = trial % 4
        if kind == 0:  # all different
            yield rng.random((rows, cols))
        elif kind == 1:  # many ties
            yield rng.integers(0, 3, (rows, cols)).astype(float)
        elif kind == 2:  # ties and holes, as the slots of a pool give
            yield np.round(rng.random((rows, cols)), 1) * (rng.random((rows, cols)) > 0.4)
        else:  # sums that are not exact in binary
            yield rng.integers(0, 4, (rows, cols)) * 0.1 + 0.05


def test_the_assignment_is_the_one_scipy_chose_ties_included() -> None:
    # Among optimal assignments, the same one as SciPy's linear_sum_assignment: a pool
    # gets the proposal it got before SciPy was left out.
    lsa = pytest.importorskip("scipy.optimize").linear_sum_assignment
    for trial, benefit in enumerate(_matrices(3000, seed=7)):
        rows, cols = mt_solver._max_assignment(benefit)
        expected_rows, expected_cols = lsa(benefit, maximize=True)
        assert rows.tolist() == expected_rows.tolist(), trial
        assert cols.tolist() == expected_cols.tolist(), trial


def test_the_assignment_is_a_maximum_on_its_own() -> None:
    # Without SciPy to compare with: every row or column assigned once, and no better
    # assignment among all of them (small enough to try every one).
    from itertools import permutations

    for trial, benefit in enumerate(_matrices(300, seed=3)):
        benefit = benefit[:5, :5]
        rows, cols = mt_solver._max_assignment(benefit)
        small = min(benefit.shape)
        assert len(rows) == small and len(set(rows.tolist())) == len(set(cols.tolist())) == small
        if benefit.shape[0] <= benefit.shape[1]:
            best = max(
                sum(benefit[i, c] for i, c in enumerate(p))
                for p in permutations(range(benefit.shape[1]), benefit.shape[0])
            )
        else:
            best = max(
                sum(benefit[r, j] for j, r in enumerate(p))
                for p in permutations(range(benefit.shape[0]), benefit.shape[1])
            )
        assert benefit[rows, cols].sum() == pytest.approx(best, abs=1e-9), trial


def test_the_assignment_of_an_empty_side_is_empty() -> None:
    rows, cols = mt_solver._max_assignment(np.zeros((0, 3)))
    assert rows.tolist() == [] and cols.tolist() == []


def test_the_whole_pool_solver_runs_where_scipy_is_not_installed() -> None:
    # The installed program has no SciPy: both the bipartite and the general path solve
    # without it (a member of both sides makes the general one needed).
    script = textwrap.dedent(
        """
        import sys
        sys.modules["scipy"] = None  # any import of SciPy fails
        import numpy as np
        from mentorat_desktop.core.matching.solver import solve
        rng = np.random.default_rng(4)
        w = rng.random((6, 6))
        np.fill_diagonal(w, 0.0)
        ids = list(range(6))
        caps = np.full(6, 2)
        print(len(solve(w, caps, caps, ids, ids)))
        print(len(solve(w, caps, np.ones(6, dtype=np.int64), ids, list(range(10, 16)))))
        print("scipy" in {m.split(".")[0] for m in sys.modules if sys.modules[m] is not None})
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    general, bipartite, scipy_loaded = done.stdout.split()
    assert int(general) >= 5 and int(bipartite) == 6
    assert scipy_loaded == "False"
