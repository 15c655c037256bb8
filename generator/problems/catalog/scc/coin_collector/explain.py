"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
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
    print(f"서로 오갈 수 있는 정점끼리 묶으면 {shown}입니다. 한 묶음 안의 정점은 모두 들를 수 있으므로 묶음의 점수 합을 "
          f"얻고, 묶음 사이의 간선은 사이클이 없으므로 묶음 점수의 합이 가장 큰 경로를 고르면 {answer}점입니다.")
else:
    print(f"Grouping vertices that can reach each other gives {shown}. A walk can visit every vertex of a group, so a "
          f"group is worth its total, and the groups form a graph without cycles: the best path through them collects "
          f"{answer} points.")
