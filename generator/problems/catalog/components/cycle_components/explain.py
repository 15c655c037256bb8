"""A sample's explanation from its executed answer: reads {"input", "output", "language", "texts"} as JSON (texts: the
theme's words for the things and the links between them).

Names the ring groups and, for every other group of 3 or more things, one whose number of links is not 2."""
import json
import sys

case = json.load(sys.stdin)
texts = case.get("texts") or {}  # the theme's words, as in the statement
ko = case["language"] == "ko"
node = texts.get("node", "정점" if ko else "vertex")
nodes = texts.get("nodes", "vertices")
edge = texts.get("edge", "간선" if ko else "edge")
edges = texts.get("edges", "edges")


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


def names(group):
    return "{" + ", ".join(map(str, group)) + "}"


parts = []
if ko:
    parts.append(f"고리인 묶음은 {k}개입니다" + (": " + ", ".join(names(g) for g in rings) + "." if rings else "."))
    for group, u, d in others:
        parts.append(f"{names(group)} 묶음은 {u}번 {node}에 닿은 {edge}이(가) {d}개라서 고리가 아닙니다.")
else:
    parts.append(f"{k} group{'s are rings' if k != 1 else ' is a ring'}"
                 + (": " + ", ".join(names(g) for g in rings) + "." if rings else "."))
    for group, u, d in others:
        parts.append(f"The group {names(group)} is not a ring: {node} {u} has {d} {edge if d == 1 else edges}.")
print(" ".join(parts))
