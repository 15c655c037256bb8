"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys
from collections import deque

case = json.load(sys.stdin)
ko = case["language"] == "ko"


tokens = [int(t) for t in case["input"].split()]
answers = case["output"].split()
n, m = tokens[0], tokens[1]
adj = [[] for _ in range(n + 1)]
for i in range(m):
    u, v = tokens[2 + 2 * i], tokens[3 + 2 * i]
    adj[u].append(v)
    adj[v].append(u)
color, comp, groups = [-1] * (n + 1), [0] * (n + 1), []
for s in range(1, n + 1):
    if color[s] == -1:
        color[s], comp[s] = 0, len(groups)
        groups.append([[s], []])
        queue = deque([s])
        while queue:
            x = queue.popleft()
            for y in adj[x]:
                if color[y] == -1:
                    color[y], comp[y] = color[x] ^ 1, comp[s]
                    groups[comp[s]][color[y]].append(y)
                    queue.append(y)
shown = "; ".join("{" + ", ".join(map(str, sorted(a))) + "} / {" + ", ".join(map(str, sorted(b))) + "}"
                  if b else "{" + ", ".join(map(str, sorted(a))) + "}" for a, b in groups)
pos = 2 + 2 * m
u, v = tokens[pos + 1], tokens[pos + 2]
if ko:
    print(f"연결된 부분마다 두 편은 {shown}(으)로 정해지고, 편 전체를 맞바꾸는 것만 자유롭습니다. "
          f"첫 질문의 {u}번과 {v}번은 "
          + ("서로 다른 부분에 있어 어느 쪽도 가능하므로 UNKNOWN입니다." if comp[u] != comp[v] else
             ("같은 편이므로 SAME입니다." if color[u] == color[v] else "반대 편이므로 DIFFERENT입니다.")))
else:
    print(f"In every connected part the two sides are fixed up to a swap: {shown}. In the first question, "
          f"{u} and {v} "
          + ("lie in different parts, so either is possible: UNKNOWN." if comp[u] != comp[v] else
             ("are on the same side: SAME." if color[u] == color[v] else "are on opposite sides: DIFFERENT.")))
