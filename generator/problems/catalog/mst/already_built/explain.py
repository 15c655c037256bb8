"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}
node = texts.get("node", "정점" if ko else "vertex")
edge = texts.get("edge", "간선" if ko else "edge")
edges_word = texts.get("edges", edge + "s")
data = [int(t) for t in case["input"].split()]
n, k, m = data[0], data[1], data[2]
built = [(data[3 + 2 * i], data[4 + 2 * i]) for i in range(k)]
base = 3 + 2 * k
roads = [(data[base + 3 * i], data[base + 3 * i + 1], data[base + 3 * i + 2]) for i in range(m)]
parent = list(range(n + 1))


def find(x):
    while parent[x] != x:
        x = parent[x]
    return x


for u, v in built:
    parent[find(u)] = find(v)
chosen = []
for u, v, w in sorted(roads, key=lambda e: e[2]):
    a, b = find(u), find(v)
    if a != b:
        parent[a] = b
        chosen.append((u, v, w))
shown = ", ".join(f"{u}-{v} ({w})" for u, v, w in chosen) or ("없음" if ko else "none")
answer = case["output"].split()[0]
if answer == "-1":
    # The groups left when every built and every buildable edge is used: no edge at all joins two of them.
    groups = {}
    for u, v in built:
        parent[find(u)] = find(v)
    for u, v, _ in roads:
        parent[find(u)] = find(v)
    for x in range(1, n + 1):
        groups.setdefault(find(x), []).append(x)
    parts = sorted(groups.values())
    listed = ", ".join("{" + ", ".join(map(str, g)) + "}" for g in parts)
    nodes_word = texts.get("nodes", node + "s")
    print(f"이미 놓인 것과 놓을 수 있는 것을 모두 써도 {node}들은 {len(parts)}개의 무리로 나뉩니다: {listed}. "
          f"서로 다른 무리를 잇는 {edge}이(가) 하나도 없으므로 답은 -1입니다." if ko else
          f"Even with every built and buildable {edge} the {nodes_word} fall into {len(parts)} groups: {listed}. "
          f"No {edge} joins two different groups, so the answer is -1.")
else:
    print(f"이미 놓인 {k}개는 비용 없이 먼저 묶고, 남은 것은 싼 것부터 사이클을 만들지 않게 고릅니다: {shown}. 비용의 합은 {answer}입니다." if ko else
          f"The {k} built {edge + ' is' if k == 1 else edges_word + ' are'} used first, for free; then the cheapest buildable "
          f"{edges_word} that join two separate "
          f"groups are added: {shown}. They cost {answer} in total.")
