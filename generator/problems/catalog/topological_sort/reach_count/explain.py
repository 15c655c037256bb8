"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case["texts"]
item = texts["item"]
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
    print(f"선행 관계가 없어서 모든 {item}의 답이 0입니다." if ko else "There are no pairs, so every answer is 0.")
elif ko:
    print(f"예를 들어 {item} {best}번을 기다리는 {item}은(는) {', '.join(map(str, waiting))}번으로 {len(waiting)}개입니다. "
          f"여러 경로로 닿는 {item}도 한 번만 셉니다.")
else:
    article = "An" if item[:1] in "aeiou" else "A"
    many = len(waiting) > 1
    who = f"{texts['items'] if many else item} {', '.join(map(str, waiting))} {'wait' if many else 'waits'}"
    print(f"For example, {who} for {item} {best}: {len(waiting)} {texts['items'] if many else item}. "
          f"{article} {item} reached along several routes is counted once.")
