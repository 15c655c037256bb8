"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
tokens = case["input"].split()
n = int(tokens[0])
parent = [0, 0] + [int(x) for x in tokens[1:n]]
value = [0] + [int(x) for x in tokens[n:2 * n]]
children = [[] for _ in range(n + 1)]
for v in range(2, n + 1):
    children[parent[v]].append(v)
parts, level, depth = [], [1], 0
while level:
    depth += 1
    members = " + ".join(f"({value[v]})" if value[v] < 0 else str(value[v]) for v in sorted(level))
    parts.append(f"{depth}: {members} = {sum(value[v] for v in level)}")
    level = sorted(c for v in level for c in children[v])
best_level, best_sum = case["output"].split()
if ko:
    print(f"레벨별 합은 {'; '.join(parts)}입니다. 가장 큰 합은 {best_sum}이고, 그 레벨 중 가장 작은 것은 {best_level}입니다.")
else:
    print(f"The level sums are {'; '.join(parts)}. The largest total is {best_sum}, first reached at level {best_level}.")
