"""Obviously correct on small trees: the inorder list built by a recursive definition, each vertex's level by
walking up its parents, and every level's width taken from the definition."""
import sys

sys.setrecursionlimit(10000)
data = list(map(int, sys.stdin.read().split()))
n = data[0]
kids = {data[1 + 3 * i]: (data[2 + 3 * i], data[3 + 3 * i]) for i in range(n)}
parent = {}
for v, (l, r) in kids.items():
    for c in (l, r):
        if c:
            parent[c] = v
root = [v for v in kids if v not in parent][0]


def inorder(v):
    if v == 0:
        return []
    return inorder(kids[v][0]) + [v] + inorder(kids[v][1])


column = {v: i + 1 for i, v in enumerate(inorder(root))}


def level(v):
    k = 1
    while v in parent:
        v, k = parent[v], k + 1
    return k


answer = None
for d in range(1, n + 1):
    cols = [column[v] for v in kids if level(v) == d]
    if cols:
        width = max(cols) - min(cols) + 1
        if answer is None or width > answer[1]:
            answer = (d, width)
print(*answer)
