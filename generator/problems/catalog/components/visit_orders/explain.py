"""A sample's explanation from its executed answer: reads {"input", "output", "language"} as JSON."""
import json
import sys


case = json.load(sys.stdin)
n, m, v = map(int, case["input"].split()[:3])
dfs, bfs = (line.split() for line in case["output"].strip().split("\n")[:2])
missing = n - len(dfs)
split = next((i for i, (a, b) in enumerate(zip(dfs, bfs)) if a != b), None)
adj = {x: [] for x in range(1, n + 1)}
for line in case["input"].split("\n")[1:1 + m]:
    a, b = map(int, line.split()[:2])
    adj[a].append(b)
    adj[b].append(a)
came_from, stack, seen = {}, [v], set()  # the DFS as the statement runs it: where it was when it entered each one
while stack:
    x = stack[-1]
    if x not in seen:
        seen.add(x)
    nxt = next((y for y in sorted(adj[x]) if y not in seen), None)
    if nxt is None:
        stack.pop()
    else:
        came_from[nxt] = x
        stack.append(nxt)
dist, order = {v: 0}, [v]
for x in order:
    for y in adj[x]:
        if y not in dist:
            dist[y] = dist[x] + 1
            order.append(y)
if case["language"] == "ko":
    text = (f"DFS는 {v}번에서 출발해 아직 방문하지 않은 이웃 중 번호가 가장 작은 쪽으로 더 갈 수 없을 때까지 들어가고, "
            f"BFS는 {v}번에서 가까운 것부터 방문합니다.")
    if split is not None:
        d, b = int(dfs[split]), int(bfs[split])
        text += (f" 두 순서는 {split + 1}번째 방문부터 달라집니다. DFS는 {came_from[d]}번에서 아직 방문하지 않은 가장 작은 "
                 f"이웃 {d}번(으)로 들어가고, BFS는 {v}번에서 {dist[b]}걸음 떨어진 {b}번을 "
                 f"{dist[d]}걸음 떨어진 {d}번보다 먼저 방문합니다." if dist[b] < dist[d] else
                 f" 두 순서는 {split + 1}번째 방문부터 달라집니다(DFS는 {d}, BFS는 {b}).")
    if missing:
        text += f" {v}번에서 갈 수 없는 {missing}개는 출력하지 않습니다."
else:
    text = (f"The DFS goes from {v} as deep as it can, always into the smallest unvisited neighbour; the BFS visits "
            f"the nearest ones first.")
    if split is not None:
        d, b = int(dfs[split]), int(bfs[split])
        text += (f" The two orders part at visit {split + 1}: the DFS goes on from {came_from[d]} to its smallest "
                 f"unvisited neighbour {d}, while the BFS takes {b}, {dist[b]} {'step' if dist[b] == 1 else 'steps'} "
                 f"from {v}, before {d}, {dist[d]} steps away." if dist[b] < dist[d] else
                 f" The two orders part at visit {split + 1} (DFS {d}, BFS {b}).")
    if missing:
        text += (f" The one that cannot be reached from {v} is not printed." if missing == 1 else
                 f" The {missing} that cannot be reached from {v} are not printed.")
print(text)
