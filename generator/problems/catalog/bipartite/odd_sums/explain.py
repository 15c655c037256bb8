"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON
(texts: the theme's words for the links between the things)."""
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
terms = []
for s in range(1, n + 1):
    if color[s] == -1:
        color[s] = 0
        size = [1, 0]
        queue = deque([s])
        while queue:
            x = queue.popleft()
            for y in adj[x]:
                if color[y] == -1:
                    color[y] = color[x] ^ 1
                    size[color[y]] += 1
                    queue.append(y)
        terms.append(f"(2^{size[0]} + 2^{size[1]})")
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
    product = " × ".join(terms)
    if ko:
        print(f"{edge}에 있는 두 {node} 중 정확히 한쪽만 2를 받아야 하므로, {edge}(으)로 이어진 무리마다 두 편 중 한 편이 "
              f"모두 2를 받고 다른 편은 각자 1 또는 3을 고릅니다. 두 편의 크기가 a, b인 무리는 2^a + 2^b가지이므로 답은 "
              f"{product} = {answer}입니다.")
    else:
        print(f"Of the two {nodes} in every {edge}, exactly one holds the 2, so in each connected group one side gets "
              f"all the 2s and every {node} of the other side picks 1 or 3. A group with sides of sizes a and b gives "
              f"2^a + 2^b ways, "
              f"so the answer is {product} = {answer}.")
