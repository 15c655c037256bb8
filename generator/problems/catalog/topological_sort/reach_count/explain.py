"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = case["input"].split()
n, m = int(data[0]), int(data[1])
edges = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(m)]
counts = [int(t) for t in case["output"].split()]
best = max(range(1, n + 1), key=lambda v: counts[v - 1])
seen, stack = {best}, [best]
while stack:
    x = stack.pop()
    for u, v in edges:
        if u == x and v not in seen:
            seen.add(v)
            stack.append(v)
waiting = sorted(seen - {best})
if not waiting:
    print("선행 관계가 없어서 모든 항목의 답이 0입니다." if ko else "There are no pairs, so every answer is 0.")
elif ko:
    print(f"예를 들어 {best}번을 기다리는 항목은 {', '.join(map(str, waiting))}번으로 {len(waiting)}개입니다. "
          f"여러 경로로 닿는 항목도 한 번만 셉니다.")
else:
    print(f"For example, {', '.join(map(str, waiting))} wait for {best}: {len(waiting)} items. An item reached along "
          f"several routes is counted once.")
