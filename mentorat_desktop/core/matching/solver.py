"""Long on purpose (about 700 lines): the two exact paths that optimality needs.
Why: the assignment, and the general matching with its relaxation, cuts and blossom step, which
optimality needs together.

The exact solver of the whole-pool proposal: a maximum-weight set of couples within every
member's capacity (``solve``), bipartite when it can be, general otherwise."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from mentorat_desktop.core.matching.blossom import max_weight_matching

if TYPE_CHECKING:
    import numpy as np  # lazy: numpy, only for a proposal
    from numpy.typing import NDArray

_START_EXTRA = 3  # the linear relaxation starts from each member's capacity + this many couples
_SCALE = 1_000_000  # the general solver works on integer scores, in millionths
_CUT_ROUNDS = 12  # rounds of blossom cuts before the general solver falls back on its matching


def solve(
    weights: NDArray[np.float64],
    row_caps: NDArray[np.int64],
    col_caps: NDArray[np.int64],
    row_ids: Sequence[int],
    col_ids: Sequence[int],
) -> list[tuple[int, int]]:
    """A maximum-weight set of (row, column) couples with positive weight such that each
    member (identified by id: a member may be both a row and a column) is in at most their
    capacity of couples, and no couple is taken twice.

    Exact. When no member has a positive couple on both sides, the problem is bipartite:
    an assignment (``_bipartite``). Otherwise (members of role EITHER, who may take either
    side within one capacity: three of them can form a triangle) it is solved as a general
    graph at once (``_general``: its linear relaxation, on the couples worth pricing, is
    nearly always integral, hence optimal as it is). The bipartite problem with those
    members given their full capacity on each side was tried first until 2026: it is worth
    at least the optimum, but with more than a handful of them it nearly always uses one
    member on both sides beyond their capacity, and the assignment on the doubled members,
    about 2.5 times the relaxation's time, was thrown away.
    """
    import numpy as np  # lazy: numpy, only for a proposal

    positive = weights > 0
    if not positive.any():
        return []
    mentoring = {row_ids[i] for i in np.flatnonzero(positive.any(axis=1)).tolist()}
    mentored = {col_ids[j] for j in np.flatnonzero(positive.any(axis=0)).tolist()}
    if mentoring & mentored:
        return _general(weights, positive, row_caps, col_caps, row_ids, col_ids)
    return _bipartite(weights, positive, row_caps, col_caps)


def _bipartite(
    weights: NDArray[np.float64],
    positive: NDArray[np.bool_],
    row_caps: NDArray[np.int64],
    col_caps: NDArray[np.int64],
) -> list[tuple[int, int]]:
    """The best set of couples when rows and columns have separate capacities, each couple
    taken at most once: an assignment problem (``_max_assignment``) on rows and columns
    expanded into as many slots as their capacity. When a couple comes out twice (through
    two slots of each), it is rebuilt with a gadget that lets it be taken once, and the
    problem solved again; each round is worth at least the optimum, so the first solution
    without a double is optimal."""
    gadgets: set[tuple[int, int]] = set()
    while True:
        chosen = _assignment(weights, positive, row_caps, col_caps, gadgets)
        counts = Counter(chosen)
        twice = {couple for couple, times in counts.items() if times > 1}
        if not twice:
            return sorted(counts)
        gadgets |= twice


def _assignment(
    weights: NDArray[np.float64],
    positive: NDArray[np.bool_],
    row_caps: NDArray[np.int64],
    col_caps: NDArray[np.int64],
    gadgets: set[tuple[int, int]],
) -> list[tuple[int, int]]:
    import numpy as np  # lazy: numpy, only for a proposal

    row_slots = np.minimum(row_caps, positive.sum(axis=1))
    col_slots = np.minimum(col_caps, positive.sum(axis=0))
    row_owner = np.repeat(np.arange(len(row_caps)), row_slots)
    col_owner = np.repeat(np.arange(len(col_caps)), col_slots)
    n, m = len(row_owner), len(col_owner)
    order = sorted(g for g in gadgets if row_slots[g[0]] > 0 and col_slots[g[1]] > 0)
    if not n or not m:
        return []
    g = len(order)
    benefit = np.zeros((n + g, m + g))
    benefit[:n, :m] = np.where(positive, weights, 0.0)[np.ix_(row_owner, col_owner)]
    if order:
        # Gadget of couple (i, j): a column x and a row y. A slot of i takes x for the
        # couple's weight; y must then take a slot of j (or x, if the couple is not used).
        big = float(weights[positive].sum()) + 1.0
        first_row = np.searchsorted(row_owner, np.arange(len(row_caps)))
        first_col = np.searchsorted(col_owner, np.arange(len(col_caps)))
        for k, (i, j) in enumerate(order):
            rows = slice(first_row[i], first_row[i] + row_slots[i])
            cols = slice(first_col[j], first_col[j] + col_slots[j])
            benefit[rows, cols] = 0.0
            benefit[rows, m + k] = weights[i, j]
            benefit[n + k, m + k] = big
            benefit[n + k, cols] = big
    assigned_rows, assigned_cols = _max_assignment(benefit)
    chosen = []
    for r, c in zip(assigned_rows.tolist(), assigned_cols.tolist(), strict=True):
        if r >= n or benefit[r, c] <= 0:
            continue
        i = int(row_owner[r])
        j = int(col_owner[c]) if c < m else order[c - m][1]
        chosen.append((i, j))
    return chosen


def _max_assignment(benefit: NDArray[np.float64]) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """The rows and columns of a maximum-weight assignment of ``benefit`` (every row or every
    column assigned, whichever are fewer), by the shortest augmenting path algorithm with no
    initialisation (D. F. Crouse, "On implementing 2D rectangular assignment algorithms",
    IEEE Trans. Aerospace and Electronic Systems 52(4), 2016): one augmenting path per row,
    found as in Dijkstra's algorithm on reduced costs, the duals ``u``, ``v`` updated after
    each. Exact. Written as SciPy's ``linear_sum_assignment`` does it (the columns scanned
    in the same order, a free column preferred among the cheapest, the same sums in the same
    order), so that among optimal assignments it picks the same one: the proposals are those
    of the earlier builds, without SciPy's 90 MB in the installed program. Each step works
    on all the remaining columns at once (numpy)."""
    import numpy as np  # lazy: numpy, only for a proposal

    cost = -np.asarray(benefit, dtype=np.float64)
    nr, nc = cost.shape
    if nr == 0 or nc == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    transpose = nc < nr  # rows are the fewer side
    if transpose:
        cost = cost.T
        nr, nc = nc, nr
    cost = np.ascontiguousarray(cost)
    u = np.zeros(nr)
    v = np.zeros(nc)
    shortest = np.empty(nc)  # of the columns scanned, the length of their shortest path
    path = np.empty(nc, dtype=np.int64)  # and the row it comes from
    col4row = np.full(nr, -1, dtype=np.int64)
    row4col = np.full(nc, -1, dtype=np.int64)
    scan_order = np.arange(nc - 1, -1, -1)  # from the last column
    mask = np.empty(nc, dtype=bool)
    for current in range(nr):
        # The columns not yet scanned, first ``count`` places, with their figures in the same
        # places; a column scanned gives its place to the last one.
        cols = scan_order.copy()
        length = np.full(nc, np.inf)
        origin = np.empty(nc, dtype=np.int64)
        v_cols = v[cols]
        free_cols = row4col[cols] == -1
        count = nc
        reach = 0.0
        seen_rows: list[int] = []
        seen_cols: list[int] = []
        i = current
        while True:
            lengths = length[:count]
            through = cost[i][cols[:count]]
            through += reach
            through -= u[i]
            through -= v_cols[:count]
            shorter = mask[:count]
            np.less(through, lengths, out=shorter)
            np.copyto(lengths, through, where=shorter)
            np.copyto(origin[:count], i, where=shorter)
            lowest = lengths.min()
            cheapest = lengths == lowest
            free = cheapest & free_cols[:count]
            # The last free column among the cheapest, or else the first of them.
            if free.any():
                index = count - 1 - int(np.argmax(free[::-1]))
            else:
                index = int(np.argmax(cheapest))
            reach = float(lowest)
            if reach == np.inf:  # pragma: no cover - every entry is finite
                raise ValueError("matching: the assignment has no solution")
            j = int(cols[index])
            shortest[j] = lengths[index]
            path[j] = origin[index]
            seen_cols.append(j)
            count -= 1
            for figures in (cols, length, origin, v_cols, free_cols):
                figures[index] = figures[count]
            if row4col[j] == -1:
                sink = j
                break
            i = int(row4col[j])
            seen_rows.append(i)
        u[current] += reach
        rows = np.array(seen_rows, dtype=np.int64)
        u[rows] += reach - shortest[col4row[rows]]
        scanned = np.array(seen_cols, dtype=np.int64)
        v[scanned] -= reach - shortest[scanned]
        j = sink
        while True:  # augment along the path
            i = int(path[j])
            row4col[j] = i
            col4row[i], j = j, int(col4row[i])
            if i == current:
                break
    if transpose:
        order = np.argsort(col4row)
        return col4row[order], order
    return np.arange(nr, dtype=np.int64), col4row


def _general(
    weights: NDArray[np.float64],
    positive: NDArray[np.bool_],
    row_caps: NDArray[np.int64],
    col_caps: NDArray[np.int64],
    row_ids: Sequence[int],
    col_ids: Sequence[int],
) -> list[tuple[int, int]]:
    """The exact optimum when members may sit on both sides (a general graph).

    1. The linear relaxation (HiGHS: a variable per couple, a capacity row per
       member), solved by column generation: it starts from each member's best few couples;
       its duals ``y`` price the others, and a couple worth more than ``y[a] + y[b]`` joins,
       until none is. The duals bound every solution: one that uses couple e is worth at
       most ``UB - d_e``, where ``d_e = max(0, y[a] + y[b] - w_e)``. An integral optimum
       of it is optimal: it is returned as it is (the usual case).
    2. Otherwise its fractional couples form odd cycles (half a couple each): blossom
       inequalities cut them off (``_blossom_cuts``) and the relaxation is solved again,
       until its optimum is integral, hence optimal; with no more than ``_CUT_ROUNDS``
       rounds (ties among scores let the optimum move from one odd cycle to another
       without the bound going down). Their duals give a second bound of the same kind.
    3. A good solution, worth LB: each member who is both a row and a column keeps, on each
       side, the share of their capacity the relaxation gives that side, and the problem is
       solved as bipartite (``_good_solution``). It is optimal if the bound allows nothing
       better: totals are multiples of the scores' greatest common divisor ``unit``.
    4. A better solution is worth at least LB + unit and, if it uses couple e, at most
       ``UB - d_e`` under each of the two bounds: only couples with ``d_e <= UB - LB - unit``
       under both can be in it (and it takes every couple whose slack is above that: it
       would be worth at most ``UB - slack_e`` without it). The maximum-weight set of those
       couples, in a graph where each member is copied as many times as their capacity
       left (``_b_matching``, with Edmonds' blossom algorithm in ``max_weight_matching``),
       is then optimal if it beats the good solution, which is optimal otherwise.

    Scores are compared in millionths (exact for weights with up to six decimals).
    """
    import numpy as np  # lazy: numpy, only for a proposal

    rows, cols = np.nonzero(positive)
    gain = weights[rows, cols]
    members = sorted(set(row_ids) | set(col_ids))
    index = {member: k for k, member in enumerate(members)}
    capacity = np.zeros(len(members))
    for ids, caps in ((row_ids, row_caps), (col_ids, col_caps)):
        for member, cap in zip(ids, caps.tolist(), strict=True):
            capacity[index[member]] = cap
    end_a = np.array([index[m] for m in row_ids], dtype=np.int64)[rows]
    end_b = np.array([index[m] for m in col_ids], dtype=np.int64)[cols]
    tolerance = 1e-7 * max(1.0, float(gain.max()))

    chosen, values, duals = _relaxed(gain, end_a, end_b, capacity, tolerance)
    slack = gain - duals[end_a] - duals[end_b]
    upper = float(capacity @ duals + np.maximum(slack, 0.0).sum())

    # An integral optimum of the relaxation (a vertex of it all 0 or 1, as is usual here)
    # is a set of couples within every capacity worth the bound: optimal, nothing to round.
    if np.all(np.minimum(values, 1.0 - values) <= 1e-6):
        return sorted((int(rows[k]), int(cols[k])) for k in chosen[values > 0.5])
    integral, cut_slack, cut_upper = _blossom_cuts(
        gain, end_a, end_b, capacity, chosen, values, tolerance
    )
    if integral is not None:
        return sorted((int(rows[k]), int(cols[k])) for k in integral)

    # A good solution: split the capacity of those on both sides as the relaxation does.
    mentoring = np.zeros(len(members))
    np.add.at(mentoring, end_a[chosen], values)
    split = np.minimum(np.rint(mentoring), capacity)
    both = set(row_ids) & set(col_ids)
    row_split = row_caps.copy()
    col_split = col_caps.copy()
    for i, member in enumerate(row_ids):
        if member in both:
            row_split[i] = int(split[index[member]])
    for j, member in enumerate(col_ids):
        if member in both:
            col_split[j] = int(capacity[index[member]] - split[index[member]])
    good = _good_solution(weights, positive, row_split, col_split, tolerance)
    lower = float(sum(weights[i, j] for i, j in good))
    # Every total is a multiple of ``unit`` (the scores' greatest common divisor, when
    # they are exact in millionths): one above ``lower`` would be at least lower + unit.
    scaled = np.rint(gain * _SCALE).astype(np.int64)
    exact = bool(np.all(np.abs(scaled / _SCALE - gain) <= 1e-9))
    unit = int(np.gcd.reduce(scaled)) / _SCALE if exact else 0.0
    bound = min(upper, cut_upper)
    if lower >= bound - tolerance or (unit and lower + unit > bound + tolerance):
        return good

    # A solution better than ``lower`` is worth at least lower + unit (more than lower,
    # if unit is 0) and, under either bound, at most UB - d_e if it uses couple e, and at
    # most UB - slack_e if it leaves out a couple e of positive slack: it uses none of the
    # couples with d_e > UB - lower - unit and all of those with slack_e above it. The
    # best set of couples within capacity with those taken and the others left out is
    # the optimum if it is better than the good solution, which is optimal otherwise.
    margin = max(upper - lower - unit, 0.0) + tolerance
    cut_margin = max(cut_upper - lower - unit, 0.0) + tolerance
    in_core = (-slack <= margin) & (-cut_slack <= cut_margin)
    fixed = in_core & ((slack > margin) | (cut_slack > cut_margin))
    room = capacity.copy()
    np.subtract.at(room, end_a[fixed], 1.0)
    np.subtract.at(room, end_b[fixed], 1.0)
    if (room < 0).any():  # no better solution: it would take them all
        return good
    core = np.flatnonzero(in_core & ~fixed)
    taken, _duals = _b_matching(
        list(zip(end_a[core].tolist(), end_b[core].tolist(), scaled[core].tolist(), strict=True)),
        [int(r) for r in room],
    )
    best = np.concatenate([np.flatnonzero(fixed), core[taken]]).astype(np.int64)
    if int(scaled[best].sum()) <= int(np.rint(lower * _SCALE)):
        return good
    return sorted((int(rows[k]), int(cols[k])) for k in best)


def _relaxed(
    gain: NDArray[np.float64],
    end_a: NDArray[np.int64],
    end_b: NDArray[np.int64],
    capacity: NDArray[np.float64],
    tolerance: float,
) -> tuple[NDArray[np.int64], NDArray[np.float64], NDArray[np.float64]]:
    """The linear relaxation of a b-matching with couples ``end_a[e]``-``end_b[e]`` worth
    ``gain[e]`` and each member's ``capacity``, by column generation from each member's
    best few couples: (the couples in the model, their values, each member's dual)."""
    import numpy as np  # lazy: numpy, only for a proposal

    keep = np.zeros(len(gain), dtype=bool)
    for end in (end_a, end_b):
        order = np.lexsort((-gain, end))
        ends = end[order]
        rank = np.arange(len(order)) - np.searchsorted(ends, ends, side="left")
        keep[order[rank < capacity[ends] + _START_EXTRA]] = True
    try:
        return _relaxation_warm(gain, end_a, end_b, capacity, keep, tolerance)
    except (ImportError, AttributeError, TypeError):  # a HiGHS model that cannot grow
        return _relaxation(gain, end_a, end_b, capacity, keep, tolerance)


def _good_solution(
    weights: NDArray[np.float64],
    positive: NDArray[np.bool_],
    row_caps: NDArray[np.int64],
    col_caps: NDArray[np.int64],
    tolerance: float,
) -> list[tuple[int, int]]:
    """The best set of couples when rows and columns have separate capacities (as
    ``_bipartite``): by the linear relaxation, whose optimum is integral on a bipartite
    graph (HiGHS gives a vertex: a few tens of milliseconds where the assignment on
    members expanded into slots took ten times as long), or ``_bipartite`` should it not
    be."""
    import numpy as np  # lazy: numpy, only for a proposal

    rows, cols = np.nonzero(positive)
    capacity = np.concatenate([row_caps, col_caps]).astype(np.float64)
    chosen, values, _duals = _relaxed(
        weights[rows, cols], rows.astype(np.int64), len(row_caps) + cols, capacity, tolerance
    )
    if np.all(np.minimum(values, 1.0 - values) <= 1e-6):
        return sorted((int(rows[k]), int(cols[k])) for k in chosen[values > 0.5])
    return _bipartite(weights, positive, row_caps, col_caps)  # pragma: no cover - a vertex


def _blossom_cuts(
    gain: NDArray[np.float64],
    end_a: NDArray[np.int64],
    end_b: NDArray[np.int64],
    capacity: NDArray[np.float64],
    chosen: NDArray[np.int64],
    values: NDArray[np.float64],
    tolerance: float,
) -> tuple[NDArray[np.int64] | None, NDArray[np.float64], float]:
    """The linear relaxation strengthened with blossom inequalities: (the couples of an
    optimal solution, or None if its optimum is still fractional after ``_CUT_ROUNDS``
    rounds or no inequality found cuts it off; each couple's slack ``w_e - π·A_e`` under
    the last duals π, and the bound UB they give: a solution using couple e is worth at
    most ``UB - max(0, -slack_e)``).

    ``chosen`` and ``values`` are the couples of the plain relaxation, priced out, and its
    optimum. For a set S of members and couples F, each with one member in S, every set of
    couples within capacity has ``x(E(S)) + x(F) <= (b(S) + |F|) // 2``: the couples inside
    S and in F use ``2 x(E(S)) + x(F) <= b(S)`` units of S's capacity ``b(S)``, and
    ``x(F) <= |F|``. A fractional optimum is an odd cycle of half couples: with S its
    members and F the couples it takes whole out of S, the left-hand side is half a unit
    over. The inequalities are rows of the model; a couple left out of it is priced with
    the duals of those it would be in (both members in S), and joins if worth more. An
    integral optimum of a relaxation so strengthened, over every couple, is optimal."""
    import numpy as np  # lazy: numpy and highspy, only for a proposal

    members = len(capacity)
    model, highs = _highs_model(capacity)
    columns = chosen.copy()  # the model's columns, in order
    in_model = np.zeros(len(gain), dtype=bool)
    in_model[columns] = True
    _add_couples(model, gain, end_a, end_b, columns)
    cuts: list[NDArray[np.bool_]] = []  # each cut's set S, as a mask of members
    bounds: list[float] = []
    also: list[NDArray[np.int64]] = []  # each cut's couples F
    duals = np.zeros(members)
    for _round in range(_CUT_ROUNDS):
        found = _violated_blossoms(end_a, end_b, capacity, columns, values)
        if not found:
            break
        for inside, extra, bound in found:
            in_cut = inside[end_a[columns]] & inside[end_b[columns]]
            in_cut[extra] = True
            where = np.flatnonzero(in_cut).astype(np.int32)
            model.addRow(-np.inf, bound, len(where), where, np.ones(len(where)))
            cuts.append(inside)
            bounds.append(bound)
            also.append(columns[extra])
        while True:  # the relaxation with its cuts, couples priced in until none is
            values, duals = _highs_solve(model, highs)
            slack = gain - duals[end_a] - duals[end_b]
            for k, inside in enumerate(cuts):
                if duals[members + k] > 0:
                    slack -= duals[members + k] * (inside[end_a] & inside[end_b])
            new = np.flatnonzero(~in_model & (slack > tolerance))
            if not len(new):
                break
            _add_couples(model, gain, end_a, end_b, new, cuts)
            in_model[new] = True
            columns = np.concatenate([columns, new])
        if np.all(np.minimum(values, 1.0 - values) <= 1e-6):
            return columns[values > 0.5], slack, 0.0
    if not cuts:  # nothing cut off: the plain relaxation's bound (not computed here)
        return None, np.zeros(len(gain)), np.inf
    slack = gain - duals[end_a] - duals[end_b]
    for k, inside in enumerate(cuts):
        slack -= duals[members + k] * (inside[end_a] & inside[end_b])
        slack[also[k]] -= duals[members + k]
    upper = float(capacity @ duals[:members] + np.array(bounds) @ duals[members:])
    return None, slack, upper + float(np.maximum(slack, 0.0).sum())


def _violated_blossoms(
    end_a: NDArray[np.int64],
    end_b: NDArray[np.int64],
    capacity: NDArray[np.float64],
    columns: NDArray[np.int64],
    values: NDArray[np.float64],
) -> list[tuple[NDArray[np.bool_], NDArray[np.int64], float]]:
    """Blossom inequalities the relaxation's solution ``values`` (of the couples
    ``columns``) breaks, each as (S as a mask of members, the positions in ``columns`` of
    the couples F, the bound): for each connected set S of members joined by fractional
    couples, F the couples out of S taken more than half."""
    import numpy as np  # lazy: numpy, only for a proposal

    a, b = end_a[columns], end_b[columns]
    fractional = np.flatnonzero(np.minimum(values, 1.0 - values) > 1e-6)
    parent = list(range(len(capacity)))

    def root(v: int) -> int:
        while parent[v] != v:
            parent[v] = parent[parent[v]]
            v = parent[v]
        return v

    for k in fractional.tolist():
        parent[root(int(a[k]))] = root(int(b[k]))
    groups: dict[int, list[int]] = {}
    for v in sorted({int(v) for v in np.concatenate([a[fractional], b[fractional]])}):
        groups.setdefault(root(v), []).append(v)
    found = []
    for group in groups.values():
        inside = np.zeros(len(capacity), dtype=bool)
        inside[group] = True
        within = inside[a] & inside[b]
        extra = np.flatnonzero((inside[a] ^ inside[b]) & (values > 0.5))
        bound = float((capacity[group].sum() + len(extra)) // 2)
        if values[within].sum() + values[extra].sum() > bound + 1e-6:
            found.append((inside, extra, bound))
    return found


def _relaxation(
    gain: NDArray[np.float64],
    end_a: NDArray[np.int64],
    end_b: NDArray[np.int64],
    capacity: NDArray[np.float64],
    keep: NDArray[np.bool_],
    tolerance: float,
) -> tuple[NDArray[np.int64], NDArray[np.float64], NDArray[np.float64]]:
    """The linear relaxation of ``_general`` by column generation, each round solved afresh
    by a new HiGHS model: (the couples in the last round, their values, each member's dual).
    The plain path, for a HiGHS whose model ``_relaxation_warm`` cannot extend."""
    import numpy as np  # lazy: numpy, only for a proposal

    keep = keep.copy()
    while True:
        chosen = np.nonzero(keep)[0]
        model, highs = _highs_model(capacity)
        _add_couples(model, gain, end_a, end_b, chosen)
        values, duals = _highs_solve(model, highs)
        slack = gain - duals[end_a] - duals[end_b]
        priced_in = ~keep & (slack > tolerance)
        if not priced_in.any():
            return chosen, values, duals
        keep |= priced_in


def _relaxation_warm(
    gain: NDArray[np.float64],
    end_a: NDArray[np.int64],
    end_b: NDArray[np.int64],
    capacity: NDArray[np.float64],
    keep: NDArray[np.bool_],
    tolerance: float,
) -> tuple[NDArray[np.int64], NDArray[np.float64], NDArray[np.float64]]:
    """``_relaxation`` with one HiGHS model kept from round to round: the couples priced in
    are added as columns and the simplex starts again from the last basis, so that a round
    costs a few pivots instead of a whole solve (with members of role EITHER, the whole-pool
    proposal spent most of its time solving the same relaxation again from scratch, about
    eight times). An ImportError or AttributeError sends the caller to ``_relaxation``."""
    import numpy as np  # lazy: numpy, only for a proposal

    model, highs = _highs_model(capacity)
    keep = keep.copy()
    added: list[NDArray[np.int64]] = []
    new = np.nonzero(keep)[0]
    while True:
        _add_couples(model, gain, end_a, end_b, new)
        added.append(new)
        values, duals = _highs_solve(model, highs)
        slack = gain - duals[end_a] - duals[end_b]
        priced_in = ~keep & (slack > tolerance)
        if not priced_in.any():
            return np.concatenate(added), values, duals
        keep |= priced_in
        new = np.nonzero(priced_in)[0]


def _highs_model(capacity: NDArray[np.float64]) -> tuple[Any, Any]:
    """A HiGHS model (``highspy``, the HiGHS project's own bindings: the same solver SciPy's
    ``linprog`` runs) that maximises, with one row per member: at most their capacity."""
    # lazy: highspy and numpy, only for a proposal
    import highspy  # type: ignore[import-untyped]
    import numpy as np

    highs = highspy._core
    members = len(capacity)
    model = highs._Highs()
    model.setOptionValue("output_flag", False)
    model.addRows(
        members,
        np.full(members, -np.inf),
        capacity,
        0,
        np.zeros(members, dtype=np.int32),
        np.zeros(0, dtype=np.int32),
        np.zeros(0),
    )
    model.changeObjectiveSense(highs.ObjSense.kMaximize)
    return model, highs


def _add_couples(
    model: Any,
    gain: NDArray[np.float64],
    end_a: NDArray[np.int64],
    end_b: NDArray[np.int64],
    couples: NDArray[np.int64],
    cuts: Sequence[NDArray[np.bool_]] = (),
) -> None:
    """The couples as columns of the model: worth their gain, between 0 and 1, one unit of
    each of their two members' capacity, and in each blossom inequality of ``cuts`` (rows
    after the members', each given as its set of members) that holds both members."""
    import numpy as np  # lazy: numpy, only for a proposal

    count = len(couples)
    a, b = end_a[couples], end_b[couples]
    entries = [a, b]
    members = model.getNumRow() - len(cuts)
    for k, inside in enumerate(cuts):
        entries.append(np.where(inside[a] & inside[b], members + k, -1))
    table = np.stack(entries, axis=1)  # a column's rows, -1 where it is not in a cut
    present = table >= 0
    ends = table[present].astype(np.int32)
    starts = np.concatenate([[0], np.cumsum(present.sum(axis=1))[:-1]]).astype(np.int32)
    model.addCols(
        count,
        gain[couples],
        np.zeros(count),
        np.ones(count),
        len(ends),
        starts,
        ends,
        np.ones(len(ends)),
    )


def _highs_solve(model: Any, highs: Any) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """Each column's value and each member's dual (at least 0) at the model's optimum."""
    import numpy as np  # lazy: numpy, only for a proposal

    model.run()
    if model.getModelStatus() != highs.HighsModelStatus.kOptimal:  # pragma: no cover
        raise RuntimeError("matching: the linear relaxation failed")
    solution = model.getSolution()
    duals = np.maximum(np.asarray(solution.row_dual, dtype=np.float64), 0.0)
    return np.asarray(solution.col_value, dtype=np.float64), duals


def _b_matching(
    edges: list[tuple[int, int, int]], room: list[int]
) -> tuple[list[int], list[int] | None]:
    """The edges (indexes into ``edges``: (a, b, positive integer weight)) of a
    maximum-weight set in which each vertex v is in at most ``room[v]`` edges, and the
    optimal dual of each vertex (the least of its copies'; 0 for a vertex without edges),
    or None if the duals could not be read as a certificate.

    Each vertex becomes ``room[v]`` copies. An edge between two vertices that both have two
    copies or more would then appear several times: it becomes a path a - p - q - b whose
    three edges weigh w. Taking p - q alone is worth w (the edge is not used); a - p and
    q - b are worth 2 w (the edge is used once)."""
    present = sorted({v for a, b, _w in edges for v in (a, b)})
    copies: dict[int, list[int]] = {}
    vertices = 0
    for v in present:
        copies[v] = list(range(vertices, vertices + room[v]))
        vertices += room[v]
    graph: list[tuple[int, int, int]] = []
    direct: dict[tuple[int, int], int] = {}  # (copy, copy) -> edge
    through: list[tuple[int, int, int]] = []  # (p, q, edge)
    for k, (a, b, w) in enumerate(edges):
        if not copies[a] or not copies[b]:
            continue
        if len(copies[a]) == 1 or len(copies[b]) == 1:
            for x in copies[a]:
                for y in copies[b]:
                    direct[(x, y)] = k
                    graph.append((x, y, w))
        else:
            p, q = vertices, vertices + 1
            vertices += 2
            through.append((p, q, k))
            graph += [(x, p, w) for x in copies[a]]
            graph.append((p, q, w))
            graph += [(q, y, w) for y in copies[b]]
    mate, dual = max_weight_matching(vertices, graph)
    taken = [k for (x, y), k in direct.items() if mate[x] == y]
    copy_of = {c for cs in copies.values() for c in cs}
    for p, q, k in through:
        if mate[p] in copy_of and mate[q] in copy_of:
            taken.append(k)
    certified = all(d >= 0 for d in dual) and all(
        dual[v] == 0 for v in range(vertices) if mate[v] == -1
    )
    duals = None
    if certified:
        duals = [0] * len(room)
        for v, cs in copies.items():
            duals[v] = min((dual[c] for c in cs), default=0)
    return sorted(taken), duals
