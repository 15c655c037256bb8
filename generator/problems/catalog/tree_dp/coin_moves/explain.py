"""A sample's explanation from its executed answer: reads {"input", "output", "language", "texts"} as JSON and lists
how many coins cross each link (texts: the theme's word for it) (the imbalance of the subtree below it)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
edge = (case.get("texts") or {}).get("edge", "간선" if ko else "edge")  # the theme's word, as in the statement
tokens = [int(t) for t in case["input"].split()]
n = tokens[0]
excess = [0] + [t - 1 for t in tokens[1:n + 1]]
adj = [[] for _ in range(n + 1)]
for i in range(n - 1):
    u, v = tokens[n + 1 + 2 * i], tokens[n + 2 + 2 * i]
    adj[u].append(v)
    adj[v].append(u)
parent = [0] * (n + 1)
parent[1] = -1
order = [1]
for x in order:
    for y in adj[x]:
        if parent[y] == 0:
            parent[y] = x
            order.append(y)
for x in reversed(order):
    if parent[x] > 0:
        excess[parent[x]] += excess[x]
parts, total = [], 0
for x in order[1:]:
    e = excess[x]
    total += abs(e)
    if e:
        a, b = (x, parent[x]) if e > 0 else (parent[x], x)
        parts.append(f"{a}→{b} 방향으로 {abs(e)}개" if ko else f"{abs(e)} from {a} to {b}")
skipped = len(parts) < n - 1
if ko:
    print(f"1번을 맨 위에 두면, 각 {edge}을(를) 건너는 동전 수는 그 {edge} 아래쪽 부분에서 남거나 모자라는 동전 수입니다: "
          f"{', '.join(parts) or '모두 0개'}"
          + (f" (동전이 건너지 않는 {edge}은(는) 뺐습니다)" if parts and skipped else "") + f". 합은 {total}입니다.")
else:
    print(f"With 1 at the top, the coins crossing each {edge} are the surplus or shortage of the part below it: "
          f"{', '.join(parts) or 'none'}" + (f" ({edge}s no coin crosses are left out)" if parts and skipped else "")
          + f"; {total} moves in all.")
