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
    parts = [f"수열 {', '.join(map(str, rows))}의 순위는 ({' '.join(map(str, shape))})" for shape, rows in groups.items()]
    text = ("각 수를 그 수열 안에서 몇 번째로 작은 값인지로 바꾸면(같은 값은 같은 순위) 모양이 같은 수열끼리 순위가 같습니다. "
            + " ".join(p + "입니다." for p in parts) + f" 같은 모양인 수열의 쌍은 모두 {answer}개입니다.")
else:
    parts = [f"sequence{'s' if len(rows) > 1 else ''} {', '.join(map(str, rows))} become{'' if len(rows) > 1 else 's'} ({' '.join(map(str, shape))})" for shape, rows in groups.items()]
    text = ("Replacing each number by its rank among the values of its own sequence (equal values get equal ranks) gives "
            "sequences of the same shape the same ranks: " + "; ".join(parts)
            + f". Pairs of sequences with the same shape: {answer}.")
print(text)
