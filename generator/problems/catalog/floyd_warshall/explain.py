"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON
(texts: the theme's words for the places and the links between them)."""
import json
import sys

case = json.load(sys.stdin)
texts = case.get("texts") or {}  # the theme's words, as in the statement
ko = case["language"] == "ko"
node = texts.get("node", "정점" if ko else "vertex")
nodes = texts.get("nodes", "vertices")
edge = texts.get("edge", "간선" if ko else "edge")
edges = texts.get("edges", "edges")


variant = case["params"]["variant"]
out = case["output"].split("\n")
lines = case["input"].split("\n")
head = [int(t) for t in lines[0].split()]
if variant == "distance_table":
    n = head[0]
    table = [row.split() for row in out[:n]]
    finite = [(int(x), i + 1, j + 1) for i, row in enumerate(table) for j, x in enumerate(row) if x != "INF" and i != j]
    missing = sum(row.count("INF") for row in table)
    parts = []
    if finite:
        d, i, j = max(finite)
        parts.append(f"가장 먼 것은 {i}번에서 {j}번까지이며, 그 거리는 {d}입니다." if ko else
                     f"The largest finite entry is {d}, from {node} {i} to {node} {j}.")
    parts.append(f"경로가 없는 순서쌍 {missing}개에는 INF를 씁니다." if ko else
                 f"{missing} ordered {'pair has' if missing == 1 else 'pairs have'} no route (INF).")
    print(" ".join(parts))
elif variant == "distance_queries":
    n, m, q = head
    queries = lines[1 + m:1 + m + q]
    said = []
    for query, answer in list(zip(queries, out))[:3]:
        a, b = query.split()
        if answer == "-1":
            said.append(f"{a}번에서 {b}번으로 가는 경로가 없으므로 -1입니다." if ko else
                        f"No route joins {a} and {b}, so -1.")
        else:
            said.append(f"{a}번에서 {b}번까지의 최소 시간은 {answer}입니다." if ko else
                        f"From {a} to {b} the minimum time is {answer}.")
    print(" ".join(said))
elif variant == "known_rank":
    k = int(out[0])
    if k == 0:
        print("순위가 확정된 대상이 없습니다." if ko else "No position is known.")
    else:
        who = out[1].split()
        print(f"{', '.join(who)}번은 결과를 이어 보면 다른 모든 대상과 비교되므로 순위가 확정됩니다." if ko else
              f"Following chains of results, {', '.join(who)} {'is' if k == 1 else 'are'} compared with every other "
              f"one, so {'its position is' if k == 1 else 'their positions are'} known.")
else:  # new_roads
    sums = [int(x) for x in out if x.strip()]
    said = [f"첫 번째 새 {edge} 뒤의 합은 {sums[0]}입니다." if ko else f"After the first new {edge} the sum is {sums[0]}."]
    for t in range(1, len(sums)):
        if sums[t] == sums[t - 1]:
            said.append(f"{t + 1}번째 새 {edge}은(는) 어떤 최단 시간도 줄이지 못합니다." if ko else
                        f"New {edge} {t + 1} shortens no route, so the sum stays {sums[t]}.")
            break
    print(" ".join(said))
