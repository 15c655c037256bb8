"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = [int(t) for t in case["input"].split()]
n, f = data[0], [0] + data[1:]
answer = case["output"].split()
# The cycles, each listed once from its smallest vertex.
cycles, seen = [], set()
for s in range(1, n + 1):
    walk, x = [], s
    while x not in walk:
        walk.append(x)
        x = f[x]
    cycle = walk[walk.index(x):]
    key = min(cycle)
    if key not in seen:
        seen.add(key)
        start = cycle.index(key)
        cycles.append(cycle[start:] + cycle[:start])
shown = ", ".join(" → ".join(map(str, c + [c[0]])) for c in cycles)
s = max(range(1, n + 1), key=lambda v: (int(answer[v - 1]), -v))
walk, x = [], s
while x not in walk:
    walk.append(x)
    x = f[x]
path = " → ".join(map(str, walk + [x]))
print(f"사이클: {shown}. 예를 들어 {s}번에서 출발하면 {path} 순서로 서로 다른 정점 {answer[s - 1]}개를 지난 뒤 이미 지난 정점으로 돌아옵니다." if ko else
      f"Cycles: {shown}. For example, starting at {s} the walk {path} visits {answer[s - 1]} different vertices before it repeats one.")
