"""Checker (Kattis output validator) for topological_sort.direct_pairs:
python checker.py input_file answer_file feedback_dir < contestant_output; exit 42 accept, 43 reject.

Whether a choice exists is decided here: it does exactly when the fixed pairs alone have no cycle (then ordering
the free pairs along a topological order of the fixed ones works). NO is right exactly then; otherwise YES
followed by the M pairs in input order, each fixed pair unchanged, each free pair written in the chosen
direction, and all of them together acyclic. A jury answer that disagrees is a jury defect (exit 1)."""
import sys
from collections import deque


def reject(reason):
    print(reason, file=sys.stderr)
    sys.exit(43)


def acyclic(n, arcs):
    adj = [[] for _ in range(n + 1)]
    indeg = [0] * (n + 1)
    for u, v in arcs:
        adj[u].append(v)
        indeg[v] += 1
    queue = deque(v for v in range(1, n + 1) if indeg[v] == 0)
    done = 0
    while queue:
        u = queue.popleft()
        done += 1
        for v in adj[u]:
            indeg[v] -= 1
            if indeg[v] == 0:
                queue.append(v)
    return done == n


def main():
    data = open(sys.argv[1]).read().split()
    n, m = int(data[0]), int(data[1])
    pairs = [(int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])) for i in range(m)]
    possible = acyclic(n, [(u, v) for t, u, v in pairs if t == 1])
    jury = open(sys.argv[2]).read().split()
    if not jury or (jury[0] == "YES") != possible:
        print("jury answer contradicts the input", file=sys.stderr)
        sys.exit(1)

    tokens = sys.stdin.read().split()
    if not tokens:
        reject("empty output")
    if tokens[0] not in ("YES", "NO"):
        reject("the first word must be YES or NO")
    if not possible:
        if tokens != ["NO"]:
            reject("the fixed pairs form a cycle: expected exactly NO")
        sys.exit(42)
    if tokens[0] == "NO":
        reject("printed NO but the pairs can be directed")
    if len(tokens) != 1 + 2 * m:
        reject(f"expected YES and {m} pairs, got {len(tokens) - 1} more words")
    arcs = []
    for i, (t, u, v) in enumerate(pairs):
        a, b = tokens[1 + 2 * i], tokens[2 + 2 * i]
        # ASCII digits only: str.isdigit() also takes '١' and '１' (which int() reads as 1) and '²' (which it rejects).
        if not (a.isascii() and a.isdigit() and b.isascii() and b.isdigit()):
            reject(f"pair {i + 1}: two item numbers expected")
        a, b = int(a), int(b)
        if t == 1 and (a, b) != (u, v):
            reject(f"pair {i + 1}: the fixed pair {u} {v} must be printed unchanged")
        if t == 0 and (a, b) not in ((u, v), (v, u)):
            reject(f"pair {i + 1}: expected {u} {v} or {v} {u}")
        arcs.append((a, b))
    if not acyclic(n, arcs):
        reject("the chosen directions form a cycle")
    sys.exit(42)


main()
