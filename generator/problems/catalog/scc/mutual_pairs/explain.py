"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON
(texts: the theme's words for the places, the one-way links and what moves along them)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}  # the theme's words, as in the statement
node = texts.get("node", "정점" if ko else "vertex")
nodes = texts.get("nodes", "vertices")
edge = texts.get("edge", "간선" if ko else "edge")
edges_word = texts.get("edges", "edges")
thing = texts.get("thing", "탐색" if ko else "walk")


tokens = [int(t) for t in case["input"].split()]
answer = case["output"].split()[0]
n, m = tokens[0], tokens[1]
adj = [[] for _ in range(n + 1)]
for i in range(m):
    adj[tokens[2 + 2 * i]].append(tokens[3 + 2 * i])
reach = [{v} for v in range(n + 1)]
for s in range(1, n + 1):
    queue = [s]
    for x in queue:
        for y in adj[x]:
            if y not in reach[s]:
                reach[s].add(y)
                queue.append(y)
groups = []
for v in range(1, n + 1):
    group = sorted(u for u in reach[v] if v in reach[u])
    if len(group) > 1 and group not in groups:
        groups.append(group)
shown = ", ".join("{" + ", ".join(map(str, g)) + "}" for g in groups)
counts = " + ".join(f"{len(g)}·{len(g) - 1}/2" for g in groups)  # s(s-1)/2 pairs in a group of s
if not groups:
    print(f"서로 오갈 수 있는 두 {node}이(가) 없으므로 답은 0입니다." if ko else
          f"No two {nodes} reach each other, so the answer is 0.")
elif ko:
    print(f"서로 오갈 수 있는 {node}끼리 묶으면 {node}이(가) 둘 이상인 묶음은 {shown}입니다. 묶음 안의 어느 두 {node}도 서로 오갈 수 "
          f"있고 다른 묶음의 {node}과(와)는 그렇지 않으므로, 크기가 s인 묶음마다 s·(s-1)/2쌍씩 세어 답은 {counts} = "
          f"{answer}입니다.")
else:
    print(f"Grouping the {nodes} that reach each other, the groups of two or more are {shown}. Any two {nodes} of "
          f"a group reach each other and no two {nodes} of different groups do; a group of s {nodes} holds s·(s-1)/2 "
          f"pairs, so the answer is {counts} = {answer}.")
