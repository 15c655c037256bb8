"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = [int(t) for t in case["input"].split()]
n, m = data[0], data[1]
cost = data[2:2 + n]
base = 2 + n
edges = [(data[base + 3 * i + 2], data[base + 3 * i], data[base + 3 * i + 1]) for i in range(m)]
edges += [(c, 0, i + 1) for i, c in enumerate(cost)]
parent = list(range(n + 1))


def find(x):
    while parent[x] != x:
        x = parent[x]
    return x


stations, cables = [], []
for w, u, v in sorted(edges):
    a, b = find(u), find(v)
    if a != b:
        parent[a] = b
        (stations if u == 0 else cables).append((u, v, w))
where = ", ".join(f"{v} ({w})" for _, v, w in stations)
links = ", ".join(f"{u}-{v} ({w})" for u, v, w in cables) or ("없음" if ko else "none")
answer = case["output"].split()[0]
print(f"발전기를 가상의 정점 0과 잇는 간선(비용 c_i)으로 보면 N+1개 정점의 최소 스패닝 트리가 답입니다. 발전기: {where}; "
      f"연결: {links}. 비용의 합은 {answer}입니다." if ko else
      f"Treat a generator at i as an edge from an extra vertex 0 costing c_i; the answer is a minimum spanning tree "
      f"of the N+1 vertices. Generators at {where}; links {links}. Total cost {answer}.")
