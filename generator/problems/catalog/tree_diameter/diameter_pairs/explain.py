"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON.
Lists, for a small sample, the diameter and the pairs that reach it."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
tokens = [int(t) for t in case["input"].split()]
n = tokens[0]
adj = [[] for _ in range(n + 1)]
for i in range(n - 1):
    u, v = tokens[1 + 2 * i], tokens[2 + 2 * i]
    adj[u].append(v)
    adj[v].append(u)
dist = {}
for s in range(1, n + 1):
    seen = {s: 0}
    queue = [s]
    for x in queue:
        for y in adj[x]:
            if y not in seen:
                seen[y] = seen[x] + 1
                queue.append(y)
    for t in range(s + 1, n + 1):
        dist[(s, t)] = seen[t]
best = max(dist.values(), default=0)
pairs = [p for p, d in dist.items() if d == best]
answer = case["output"].strip()
if not pairs:
    print("정점이 하나뿐이라 쌍이 없으므로 답은 0입니다." if ko else "With a single vertex there is no pair: the answer is 0.")
else:
    shown = ", ".join(f"({a}, {b})" for a, b in pairs[:8]) + (" …" if len(pairs) > 8 else "")
    print(f"가장 긴 거리는 {best}이고, 그 거리에 있는 쌍은 모두 {answer}개입니다: {shown}." if ko else
          f"The largest distance is {best}; the pairs at that distance are {shown}, {answer} in all.")
