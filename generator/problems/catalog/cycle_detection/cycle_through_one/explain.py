"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON
(texts: the theme's words for the things and the links between them)."""
import json
import sys
from collections import deque

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}  # the theme's words, as in the statement
node = texts.get("node", "정점" if ko else "vertex")
nodes = texts.get("nodes", "vertices")
edge = texts.get("edge", "간선" if ko else "edge")
edges_word = texts.get("edges", "edges")


def article(word):
    return ("an " if word[:1] in "aeiou" else "a ") + word


tokens = [int(t) for t in case["input"].split()]
answer = int(case["output"].split()[0])
n, m = tokens[0], tokens[1]
adj = [[] for _ in range(n + 1)]
into_one = []
for i in range(m):
    u, v = tokens[2 + 2 * i], tokens[3 + 2 * i]
    adj[u].append(v)
    if v == 1:
        into_one.append(u)
parent = [0] * (n + 1)
dist = [-1] * (n + 1)
dist[1] = 0
queue = deque([1])
while queue:
    x = queue.popleft()
    for y in sorted(adj[x]):
        if dist[y] == -1:
            dist[y], parent[y] = dist[x] + 1, x
            queue.append(y)
if answer == -1:
    if ko:
        print(f"{node} 1에서 갈 수 있는 {node} 중 {node} 1로 바로 가는 {edge}이(가) 있는 곳이 없으므로 답은 "
              "-1입니다.")
    else:
        print(f"No {node} reachable from {node} 1 has {article(edge)} straight back to {node} 1, so the answer is -1.")
else:
    last = min((v for v in into_one if dist[v] != -1), key=lambda v: (dist[v], v))
    path, v = [], last
    while v != 1:
        path.append(v)
        v = parent[v]
    route = " → ".join(map(str, [1] + path[::-1] + [1]))
    if ko:
        # The route ends in 1 (일), so the particle is 로.
        print(f"가장 짧은 왕복 여행은 {route}(으)로, {edge} {answer}개를 지납니다. {node} 1에서 {node} "
              f"{last}까지는 적어도 {edge} {dist[last]}개를 지나야 하고, {node} {last}에서 {node} 1로 바로 가는 "
              f"{edge}이(가) 있습니다.")
    else:
        print(f"A shortest round trip is {route}, {answer} {edges_word}: {node} {last} is at least {dist[last]} "
              f"{edge if dist[last] == 1 else edges_word} away from {node} 1 and has {article(edge)} straight back to "
              f"{node} 1.")
