"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys
from collections import defaultdict

case = json.load(sys.stdin)
ko = case["language"] == "ko"
nums = list(map(int, case["input"].split()))
m, n = nums[0], nums[1]
groups = defaultdict(list)
for i in range(m):
    row = nums[2 + i * n:2 + (i + 1) * n]
    rank = {v: r + 1 for r, v in enumerate(sorted(set(row)))}
    groups[tuple(rank[v] for v in row)].append(i + 1)
answer = case["output"].split()[0]
if ko:
    parts = [f"수열 {', '.join(map(str, rows))}의 압축된 모양은 ({' '.join(map(str, shape))})" for shape, rows in groups.items()]
    text = " ".join(p + "입니다." for p in parts) + f" 같은 모양끼리의 쌍은 모두 {answer}개입니다."
else:
    parts = [f"sequence{'s' if len(rows) > 1 else ''} {', '.join(map(str, rows))} compress{'' if len(rows) > 1 else 'es'} to ({' '.join(map(str, shape))})" for shape, rows in groups.items()]
    text = "; ".join(parts) + f". Pairs within the same shape: {answer}."
    text = text[0].upper() + text[1:]
print(text)
