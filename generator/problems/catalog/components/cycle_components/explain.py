"""A sample's explanation from its executed answer: reads {"input", "output", "language"} as JSON.

Names the ring groups and, for every other group of 3 or more vertices, one vertex whose degree is not 2."""
import json
import sys

case = json.load(sys.stdin)
k = int(case["output"].split()[0])
tok = case["input"].split()
n, m = int(tok[0]), int(tok[1])
adj = [[] for _ in range(n + 1)]
for i in range(m):
    u, v = int(tok[2 + 2 * i]), int(tok[3 + 2 * i])
    adj[u].append(v)
    adj[v].append(u)
seen = [False] * (n + 1)
rings, others = [], []
for s in range(1, n + 1):
    if seen[s]:
        continue
    seen[s] = True
    group, stack = [], [s]
    while stack:
        u = stack.pop()
        group.append(u)
        for v in adj[u]:
            if not seen[v]:
                seen[v] = True
                stack.append(v)
    group.sort()
    if len(group) < 3:
        continue
    odd = [u for u in group if len(adj[u]) != 2]
    if odd:
        others.append((group, odd[0], len(adj[odd[0]])))
    else:
        rings.append(group)
ko = case["language"] == "ko"


def names(group):
    return "{" + ", ".join(map(str, group)) + "}"


parts = []
if ko:
    parts.append(f"고리인 무리는 {k}개입니다" + (": " + ", ".join(names(g) for g in rings) + "." if rings else "."))
    for group, u, d in others:
        parts.append(f"{names(group)} 무리는 {u}번 정점의 간선이 {d}개라서 고리가 아닙니다.")
else:
    parts.append(f"{k} group{'s are rings' if k != 1 else ' is a ring'}"
                 + (": " + ", ".join(names(g) for g in rings) + "." if rings else "."))
    for group, u, d in others:
        parts.append(f"The group {names(group)} is not a ring: vertex {u} has {d} edge{'s' if d != 1 else ''}.")
print(" ".join(parts))
