"""Obviously correct (tiny graphs): the score is unbounded iff some vertex c that 1 reaches and that reaches N
lies on a closed walk of at most N edges with a positive total (walk DP by exact length from c). Otherwise the best
route is a simple path, so the best walk from 1 to N with at most N - 1 edges."""
import sys

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
edges = [(int(data[2 + 3 * e]), int(data[3 + 3 * e]), int(data[4 + 3 * e])) for e in range(m)]


def reach(start, forward):
    seen = {start}
    todo = [start]
    while todo:
        a = todo.pop()
        for u, v, _ in edges:
            b = v if forward and u == a else u if not forward and v == a else None
            if b is not None and b not in seen:
                seen.add(b)
                todo.append(b)
    return seen


def walks(start, steps):
    """best[k][v]: the largest total of a walk from start to v with exactly k edges (None: no such walk)."""
    rows = [{start: 0}]
    for _ in range(steps):
        nxt = {}
        for u, v, x in edges:
            if u in rows[-1] and (v not in nxt or rows[-1][u] + x > nxt[v]):
                nxt[v] = rows[-1][u] + x
        rows.append(nxt)
    return rows


relevant = reach(1, True) & reach(n, False)
if any(any(row.get(c, 0) > 0 for row in walks(c, n)[1:]) for c in relevant):
    print("INFINITE")
else:
    print(max(row[n] for row in walks(1, n - 1) if n in row))
