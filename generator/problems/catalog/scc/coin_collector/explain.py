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
coins = [0] + tokens[2:2 + n]
edges = [(tokens[2 + n + 2 * i], tokens[3 + n + 2 * i]) for i in range(m)]
adj = [[] for _ in range(n + 1)]
for u, v in edges:
    adj[u].append(v)
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
    if group not in groups:
        groups.append(group)
shown = ", ".join("{" + ", ".join(map(str, g)) + "}" + f" = {sum(coins[v] for v in g)}" for g in groups)
if ko:
    print(f"서로 오갈 수 있는 {node}끼리 묶으면 {shown}입니다. 한 묶음 안의 {node}은(는) 모두 들를 수 있으므로 "
          f"묶음의 점수 합을 얻고, 묶음 사이를 잇는 {edge}에는 사이클이 없으므로 묶음 점수의 합이 가장 큰 경로를 고르면 "
          f"{answer}점입니다.")
else:
    print(f"Grouping {nodes} that can reach each other gives {shown}. {'An' if thing[:1] in 'aeiou' else 'A'} {thing} "
          f"can visit every {node} of a group, so a group is worth its total, and the {edges_word} between groups form "
          f"no cycle: the best path through the groups collects {answer} points.")
