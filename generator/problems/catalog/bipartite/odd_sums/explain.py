"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON
(texts: the theme's words for the links between the things). The positive case shows each connected group with its
number of ways, not the formula that gives it (that is the task)."""
import json
import sys
from collections import deque

case = json.load(sys.stdin)
texts = case.get("texts") or {}  # the theme's words, as in the statement
ko = case["language"] == "ko"
node = texts.get("node", "정점" if ko else "vertex")
edge = texts.get("edge", "간선" if ko else "edge")
edges = texts.get("edges", "edges")
nodes = texts.get("nodes", "vertices")
tokens = [int(t) for t in case["input"].split()]
answer = case["output"].split()[0]
n, m = tokens[0], tokens[1]
adj = [[] for _ in range(n + 1)]
for i in range(m):
    u, v = tokens[2 + 2 * i], tokens[3 + 2 * i]
    adj[u].append(v)
    adj[v].append(u)
color = [-1] * (n + 1)
groups = []  # (the group's things, its number of ways: counted here, the way of counting is the task)
for s in range(1, n + 1):
    if color[s] == -1:
        color[s] = 0
        size, part = [1, 0], [s]
        queue = deque([s])
        while queue:
            x = queue.popleft()
            for y in adj[x]:
                if color[y] == -1:
                    color[y] = color[x] ^ 1
                    size[color[y]] += 1
                    part.append(y)
                    queue.append(y)
        groups.append((sorted(part), 2 ** size[0] + 2 ** size[1]))
if answer == "0":
    if ko:
        print(f"{edge}에 있는 두 {node} 중 정확히 한쪽만 2를 받아야 하므로 2를 받는 쪽과 1 또는 3을 받는 쪽이 두 편으로 "
              f"나뉘어야 합니다. 그런데 {edge}을(를) 따라 한 바퀴 도는 길이가 홀수인 순환이 있어 그렇게 나눌 수 없으므로 "
              "답은 0입니다.")
    else:
        print(f"Of the two {nodes} in every {edge}, exactly one must hold the 2, so the 2s and the odd numbers must "
              f"form the two sides of a split. But some {edges} form a cycle of odd length, so no split exists and the "
              "answer is 0.")
else:
    SHOWN = 6
    listed = ", ".join("{" + ", ".join(map(str, part)) + f"}}: {ways}" + ("가지" if ko else "")
                       for part, ways in groups[:SHOWN]) + (", …" if len(groups) > SHOWN else "")
    total = 1
    for _, ways in groups:
        total *= ways
    product = " × ".join(str(ways) for _, ways in groups) + " = " if 1 < len(groups) <= SHOWN else ""
    exact = total == int(answer)
    if ko:
        print(f"{edge}(으)로 이어진 {node}의 무리마다 조건을 지키는 경우를 세면 {listed}이고, 무리끼리는 서로 영향을 주지 "
              f"않으므로 답은 {product}{answer}입니다." + ("" if exact else " (998 244 353으로 나눈 나머지)"))
    else:
        print(f"Counting the ways that keep the rule in each group of {nodes} joined by {edges}: {listed}. The groups do "
              f"not affect each other, so the answer is {product}{answer}." + ("" if exact else " (modulo 998 244 353)"))
