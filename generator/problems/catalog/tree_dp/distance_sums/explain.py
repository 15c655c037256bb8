"""A sample's explanation from its executed answer: reads {"input", "output", "language"} as JSON and spells out
the distances from the first two vertices."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}
node = texts.get("node", "정점" if ko else "vertex")
nodes = texts.get("nodes", node + "s")
edge = texts.get("edge", "간선" if ko else "edge")
tokens = [int(t) for t in case["input"].split()]
n = tokens[0]
adj = [[] for _ in range(n + 1)]
for i in range(n - 1):
    u, v = tokens[1 + 2 * i], tokens[2 + 2 * i]
    adj[u].append(v)
    adj[v].append(u)
parts = []
for src in range(1, min(n, 2) + 1):
    dist = [-1] * (n + 1)
    dist[src] = 0
    queue = [src]
    for x in queue:
        for y in adj[x]:
            if dist[y] < 0:
                dist[y] = dist[x] + 1
                queue.append(y)
    terms = " + ".join(str(d) for d in dist[1:])
    parts.append(f"{node} {src}에서 {node} 1..{n}까지의 거리는 {terms} = {sum(dist[1:])}입니다." if ko else
                 f"From {node} {src}, the distances to {nodes} 1..{n} are {terms} = {sum(dist[1:])}.")
print(" ".join(parts))
