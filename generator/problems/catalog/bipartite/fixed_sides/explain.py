"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON
(texts: the theme's words for the links between the things)."""
import json
import sys
from collections import deque

case = json.load(sys.stdin)
texts = case.get("texts") or {}  # the theme's words, as in the statement
ko = case["language"] == "ko"
edge = texts.get("edge", "간선" if ko else "edge")
edges = texts.get("edges", "edges")
tokens = [int(t) for t in case["input"].split()]
answer = case["output"].split()[0]
n, m, k = tokens[0], tokens[1], tokens[2]
adj = [[] for _ in range(n + 1)]
for i in range(m):
    u, v = tokens[3 + 2 * i], tokens[4 + 2 * i]
    adj[u].append(v)
    adj[v].append(u)
want = [0] * (n + 1)
for i in range(k):
    want[tokens[3 + 2 * m + 2 * i]] = tokens[4 + 2 * m + 2 * i]
seen = [False] * (n + 1)
parts = []
for s in range(1, n + 1):
    if not seen[s]:
        seen[s] = True
        part, queue = [s], deque([s])
        while queue:
            x = queue.popleft()
            for y in adj[x]:
                if not seen[y]:
                    seen[y] = True
                    part.append(y)
                    queue.append(y)
        parts.append(sorted(part))
free = [p for p in parts if not any(want[v] for v in p)]
shown = ", ".join("{" + ", ".join(map(str, p)) + "}" for p in parts)
if answer == "0":
    if ko:
        print(f"연결된 부분은 {shown}입니다. 어느 부분에서 {edge}의 조건이나 정해진 자리끼리 서로 맞지 않아 방법이 없으므로 "
              "0입니다.")
    else:
        print(f"The connected parts are {shown}. In one of them the {edges} or the decided sides contradict each "
              "other, so there is no way: 0.")
else:
    if ko:
        print(f"연결된 부분은 {shown}입니다. 부분마다 나누는 방법은 한 가지를 통째로 뒤집은 두 가지뿐이고, 정해진 자리가 있는 "
              f"부분은 그중 하나로 정해집니다. 정해진 자리가 없는 부분이 {len(free)}개이므로 답은 2^{len(free)} = {answer}입니다.")
    else:
        print(f"The connected parts are {shown}. Each part has exactly two splits, one the swap of the other, and a "
              f"decided side picks one of them. {len(free)} parts have no decided side, so the answer is "
              f"2^{len(free)} = {answer}.")
