"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON.
Shared by the mst graph tasks (params variant = total | two_villages | some_mst)."""
import json
import sys

case = json.load(sys.stdin)
variant, ko = case["params"]["variant"], case["language"] == "ko"
data = [int(t) for t in case["input"].split()]
n, m = data[0], data[1]
edges = [(data[2 + 3 * i], data[3 + 3 * i], data[4 + 3 * i]) for i in range(m)]
answer = case["output"].split()
parent = list(range(n + 1))


def find(x):
    while parent[x] != x:
        x = parent[x]
    return x


tree = []
for u, v, w in sorted(edges, key=lambda e: e[2]):
    a, b = find(u), find(v)
    if a != b:
        parent[a] = b
        tree.append((u, v, w))
shown = ", ".join(f"{u}-{v} ({w})" for u, v, w in tree)
total = sum(w for _, _, w in tree)
if variant == "total":
    print(f"고른 간선: {shown}. 이 간선들로 모두 연결되고 비용의 합은 {total}입니다." if ko else
          f"Taking {shown} connects everything for a total cost of {total}.")
elif variant == "two_villages":
    heaviest = max(tree, key=lambda e: e[2])
    print(f"최소 스패닝 트리의 간선: {shown}. 비용의 합은 {total}입니다. 그중 가장 비싼 간선 {heaviest[0]}-{heaviest[1]} "
          f"(비용 {heaviest[2]}) 하나를 빼면 두 무리로 나뉘고, 남은 비용의 합이 답 {answer[0]}입니다." if ko else
          f"A minimum spanning tree is {shown} with cost {total}; dropping its most expensive edge "
          f"{heaviest[0]}-{heaviest[1]} ({heaviest[2]}) leaves two groups for a cost of {answer[0]}.")
else:
    no = [i + 1 for i, a in enumerate(answer) if a == "NO"]
    listed = ", ".join(map(str, no)) if no else ("없음" if ko else "none")
    print(f"최소 스패닝 트리의 한 예: {shown}, 비용의 합 {total}. 어떤 최소 스패닝 트리에도 들어가지 않는 간선 번호: {listed}." if ko else
          f"One minimum spanning tree is {shown} (cost {total}). Edges in no minimum spanning tree (by input position): {listed}.")
