"""Edmonds' blossom algorithm: a maximum-weight matching of a general graph, with the duals
that prove it optimal (used by ``solver._b_matching``)."""

from __future__ import annotations


def max_weight_matching(
    vertices: int, edges: list[tuple[int, int, int]]
) -> tuple[list[int], list[int]]:
    """A maximum-weight matching (not necessarily of maximum size) of a general graph, and
    the vertex duals that prove it optimal: ``mate[v]`` is v's partner, or -1. Edges are
    (v, w, weight) with integer weights; the duals are doubled (an edge's slack is
    ``dual[v] + dual[w] - 2 * weight``, never negative; single vertices end at zero).

    Edmonds' blossom algorithm in its primal-dual O(n^3) form (as described by Galil, 1986):
    stages grow alternating trees from every single vertex along tight edges, shrinking odd
    cycles into blossoms, and either augment the matching or change the duals. With integer
    weights every quantity stays an integer (vertex duals are kept doubled)."""
    n = vertices
    if not edges or n == 0:
        return [-1] * n, [0] * n
    endpoint = [v for edge in edges for v in edge[:2]]
    weight = [w for _v, _w, w in edges]
    weight2 = [2 * w for w in weight]
    neighbours: list[list[int]] = [[] for _ in range(n)]
    for k, (v, w, _wt) in enumerate(edges):
        neighbours[v].append(2 * k + 1)  # remote endpoints
        neighbours[w].append(2 * k)
    mate = [-1] * n  # the remote endpoint of a vertex's matched edge
    label = [0] * (2 * n)  # 0 free, 1 S (outer), 2 T (inner); bit 4 marks a scan
    labelend = [-1] * (2 * n)
    inblossom = list(range(n))
    parent = [-1] * (2 * n)
    childs: list[list[int]] = [[] for _ in range(2 * n)]
    base = list(range(n)) + [-1] * n
    endps: list[list[int]] = [[] for _ in range(2 * n)]
    bestedge = [-1] * (2 * n)
    bestedges: list[list[int] | None] = [None] * (2 * n)
    unused = list(range(n, 2 * n))
    dual = [max(weight)] * n + [0] * n
    allowed = [-1] * len(edges)  # the stage in which the edge was found tight
    stage = 0
    queue: list[int] = []

    def slack(k: int) -> int:
        return dual[endpoint[2 * k]] + dual[endpoint[2 * k + 1]] - weight2[k]

    def leaves(b: int) -> list[int]:
        if b < n:
            return [b]
        found: list[int] = []
        stack = [b]
        while stack:
            t = stack.pop()
            if t < n:
                found.append(t)
            else:
                stack.extend(childs[t])
        return found

    def assign_label(w: int, t: int, p: int) -> None:
        while True:
            b = inblossom[w]
            label[w] = label[b] = t
            labelend[w] = labelend[b] = p
            bestedge[w] = bestedge[b] = -1
            if t == 1:
                queue.extend(leaves(b))
                return
            # T: the base's mate becomes S.
            mate_end = mate[base[b]]
            w, t, p = endpoint[mate_end], 1, mate_end ^ 1

    def scan_blossom(v: int, w: int) -> int:
        """The base of the new blossom if v and w are in one tree, else -1."""
        path = []
        found = -1
        while v != -1 or w != -1:
            b = inblossom[v]
            if label[b] & 4:
                found = base[b]
                break
            path.append(b)
            label[b] = 5
            if labelend[b] == -1:
                v = -1  # reached a root
            else:
                v = endpoint[labelend[b]]
                b = inblossom[v]
                v = endpoint[labelend[b]]
            if w != -1:
                v, w = w, v
        for b in path:
            label[b] = 1
        return found

    def add_blossom(found_base: int, k: int) -> None:
        v, w = endpoint[2 * k], endpoint[2 * k + 1]
        bb = inblossom[found_base]
        bv = inblossom[v]
        bw = inblossom[w]
        b = unused.pop()
        base[b] = found_base
        parent[b] = -1
        parent[bb] = b
        path: list[int] = []
        ends: list[int] = []
        while bv != bb:
            parent[bv] = b
            path.append(bv)
            ends.append(labelend[bv])
            v = endpoint[labelend[bv]]
            bv = inblossom[v]
        path.append(bb)
        path.reverse()
        ends.reverse()
        ends.append(2 * k)
        while bw != bb:
            parent[bw] = b
            path.append(bw)
            ends.append(labelend[bw] ^ 1)
            w = endpoint[labelend[bw]]
            bw = inblossom[w]
        childs[b] = path
        endps[b] = ends
        label[b] = 1
        labelend[b] = labelend[bb]
        dual[b] = 0
        for leaf in leaves(b):
            if label[inblossom[leaf]] == 2:
                queue.append(leaf)  # a T-vertex becomes an S-vertex
            inblossom[leaf] = b
        best_to = [-1] * (2 * n)
        for child in path:
            listed = bestedges[child]
            if listed is None:
                candidates = [p // 2 for leaf in leaves(child) for p in neighbours[leaf]]
            else:
                candidates = listed
            for e in candidates:
                i, j = endpoint[2 * e], endpoint[2 * e + 1]
                if inblossom[j] == b:
                    i, j = j, i
                bj = inblossom[j]
                if (
                    bj != b
                    and label[bj] == 1
                    and (best_to[bj] == -1 or slack(e) < slack(best_to[bj]))
                ):
                    best_to[bj] = e
            bestedges[child] = None
            bestedge[child] = -1
        kept = [e for e in best_to if e != -1]
        bestedges[b] = kept
        bestedge[b] = -1
        for e in kept:
            if bestedge[b] == -1 or slack(e) < slack(bestedge[b]):
                bestedge[b] = e

    def expand_blossom(b: int, endstage: bool) -> None:
        for s in childs[b]:
            parent[s] = -1
            if s < n:
                inblossom[s] = s
            elif endstage and dual[s] == 0:
                expand_blossom(s, endstage)
            else:
                for leaf in leaves(s):
                    inblossom[leaf] = s
        if not endstage and label[b] == 2:
            # A T-blossom expanded in mid-stage: relabel the sub-blossoms on the path
            # from the entry to the base.
            entry = inblossom[endpoint[labelend[b] ^ 1]]
            j = childs[b].index(entry)
            if j & 1:
                j -= len(childs[b])
                step, trick = 1, 0
            else:
                step, trick = -1, 1
            p = labelend[b]
            while j != 0:
                label[endpoint[p ^ 1]] = 0
                label[endpoint[endps[b][j - trick] ^ trick ^ 1]] = 0
                assign_label(endpoint[p ^ 1], 2, p)
                allowed[endps[b][j - trick] // 2] = stage
                j += step
                p = endps[b][j - trick] ^ trick
                allowed[p // 2] = stage
                j += step
            bv = childs[b][j]
            label[endpoint[p ^ 1]] = label[bv] = 2
            labelend[endpoint[p ^ 1]] = labelend[bv] = p
            bestedge[bv] = -1
            j += step
            while childs[b][j] != entry:
                bv = childs[b][j]
                if label[bv] == 1:
                    j += step
                    continue
                reached = next((leaf for leaf in leaves(bv) if label[leaf] != 0), -1)
                if reached != -1:
                    label[reached] = 0
                    label[endpoint[mate[base[bv]]]] = 0
                    assign_label(reached, 2, labelend[reached])
                j += step
        label[b] = labelend[b] = -1
        childs[b] = []
        endps[b] = []
        base[b] = -1
        bestedges[b] = None
        bestedge[b] = -1
        unused.append(b)

    def augment_blossom(b: int, v: int) -> None:
        t = v
        while parent[t] != b:
            t = parent[t]
        if t >= n:
            augment_blossom(t, v)
        i = j = childs[b].index(t)
        if i & 1:
            j -= len(childs[b])
            step, trick = 1, 0
        else:
            step, trick = -1, 1
        while j != 0:
            j += step
            t = childs[b][j]
            p = endps[b][j - trick] ^ trick
            if t >= n:
                augment_blossom(t, endpoint[p])
            j += step
            t = childs[b][j]
            if t >= n:
                augment_blossom(t, endpoint[p ^ 1])
            mate[endpoint[p]] = p ^ 1
            mate[endpoint[p ^ 1]] = p
        childs[b] = childs[b][i:] + childs[b][:i]
        endps[b] = endps[b][i:] + endps[b][:i]
        base[b] = base[childs[b][0]]

    def augment_matching(k: int) -> None:
        v, w = endpoint[2 * k], endpoint[2 * k + 1]
        for s, p in ((v, 2 * k + 1), (w, 2 * k)):
            while True:
                bs = inblossom[s]
                if bs >= n:
                    augment_blossom(bs, s)
                mate[s] = p
                if labelend[bs] == -1:
                    break
                t = endpoint[labelend[bs]]
                bt = inblossom[t]
                s = endpoint[labelend[bt]]
                j = endpoint[labelend[bt] ^ 1]
                if bt >= n:
                    augment_blossom(bt, j)
                mate[j] = labelend[bt]
                p = labelend[bt] ^ 1

    for stage in range(n):
        label[:] = [0] * (2 * n)
        bestedge[:] = [-1] * (2 * n)
        bestedges[n:] = [None] * n
        queue.clear()
        for v in range(n):
            if mate[v] == -1 and label[inblossom[v]] == 0:
                assign_label(v, 1, -1)
        augmented = False
        while True:
            while queue and not augmented:
                v = queue.pop()
                dual_v = dual[v]
                for p in neighbours[v]:
                    w = endpoint[p]
                    bw = inblossom[w]
                    if inblossom[v] == bw:
                        continue
                    k = p >> 1
                    kslack = 0
                    if allowed[k] != stage:
                        kslack = dual_v + dual[w] - weight2[k]
                        if kslack <= 0:
                            allowed[k] = stage
                    if allowed[k] == stage:
                        if label[bw] == 0:
                            assign_label(w, 2, p ^ 1)
                        elif label[bw] == 1:
                            found = scan_blossom(v, w)
                            if found >= 0:
                                add_blossom(found, k)
                            else:
                                augment_matching(k)
                                augmented = True
                                break
                        elif label[w] == 0:
                            label[w] = 2
                            labelend[w] = p ^ 1
                    elif label[bw] == 1:
                        b = inblossom[v]
                        if bestedge[b] == -1 or kslack < slack(bestedge[b]):
                            bestedge[b] = k
                    elif label[w] == 0 and (bestedge[w] == -1 or kslack < slack(bestedge[w])):
                        bestedge[w] = k
            if augmented:
                break
            # No augmenting path on tight edges: change the duals.
            delta_type = 1
            delta = min(dual[:n])
            delta_edge = delta_blossom = -1
            for v in range(n):
                if label[inblossom[v]] == 0 and bestedge[v] != -1:
                    d = slack(bestedge[v])
                    if d < delta:
                        delta, delta_type, delta_edge = d, 2, bestedge[v]
            for b in range(2 * n):
                if parent[b] == -1 and label[b] == 1 and bestedge[b] != -1:
                    d = slack(bestedge[b]) // 2
                    if d < delta:
                        delta, delta_type, delta_edge = d, 3, bestedge[b]
            for b in range(n, 2 * n):
                if base[b] >= 0 and parent[b] == -1 and label[b] == 2 and dual[b] < delta:
                    delta, delta_type, delta_blossom = dual[b], 4, b
            for v in range(n):
                top = label[inblossom[v]]
                if top == 1:
                    dual[v] -= delta
                elif top == 2:
                    dual[v] += delta
            for b in range(n, 2 * n):
                if base[b] >= 0 and parent[b] == -1:
                    if label[b] == 1:
                        dual[b] += delta
                    elif label[b] == 2:
                        dual[b] -= delta
            if delta_type == 1:
                break  # optimum: every single vertex has a zero dual
            if delta_type in (2, 3):
                allowed[delta_edge] = stage
                i, j = endpoint[2 * delta_edge], endpoint[2 * delta_edge + 1]
                if label[inblossom[i]] == 0:
                    i, j = j, i
                queue.append(i)
            else:
                expand_blossom(delta_blossom, False)
        if not augmented:
            break
        for b in range(n, 2 * n):
            if parent[b] == -1 and base[b] >= 0 and label[b] == 1 and dual[b] == 0:
                expand_blossom(b, True)
    return [endpoint[p] if p >= 0 else -1 for p in mate], dual[:n]
