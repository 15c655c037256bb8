"""A sample's explanation from its executed answer: reads {"input", "output", "language"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
n, m, v = map(int, case["input"].split()[:3])
dfs, bfs = (line.split() for line in case["output"].strip().split("\n")[:2])
missing = n - len(dfs)
split = next((i for i, (a, b) in enumerate(zip(dfs, bfs)) if a != b), None)
if case["language"] == "ko":
    text = (f"DFS는 {v}번에서 출발해 아직 방문하지 않은 이웃 중 번호가 가장 작은 쪽으로 더 갈 수 없을 때까지 들어가고, "
            f"BFS는 {v}번에서 가까운 것부터 방문합니다.")
    if split is not None:
        text += f" 두 순서는 {split + 1}번째 방문부터 달라집니다(DFS는 {dfs[split]}, BFS는 {bfs[split]})."
    if missing:
        text += f" {v}번에서 갈 수 없는 {missing}개는 출력하지 않습니다."
else:
    text = (f"The DFS goes from {v} as deep as it can, always into the smallest unvisited neighbour; the BFS visits "
            f"the nearest ones first.")
    if split is not None:
        text += f" The two orders part at visit {split + 1} (DFS {dfs[split]}, BFS {bfs[split]})."
    if missing:
        text += f" The {missing} that cannot be reached from {v} are not printed."
print(text)
