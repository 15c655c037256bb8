"""A sample's explanation from its input: a cheapest order with its finishing times and total cost (found by the
exchange rule, which is the task and is not printed)."""
import json
import sys
from functools import cmp_to_key

case = json.load(sys.stdin)
ko = case["language"] == "ko"
toks = case["input"].split()
n = int(toks[0])
jobs = [(int(toks[1 + 2 * i]), int(toks[2 + 2 * i]), i + 1) for i in range(n)]
jobs.sort(key=cmp_to_key(lambda a, b: a[0] * b[1] - b[0] * a[1]))
clock, parts = 0, []
for t, w, _ in jobs:
    clock += t
    parts.append(f"{w}·{clock}")
order = ", ".join(str(i) for _, _, i in jobs)
if ko:
    print(f"{order}번 순서로 처리하면 총비용은 {' + '.join(parts)} = {case['output'].strip()}이고, 이보다 작은 "
          "총비용을 내는 순서는 없습니다.")
else:
    print(f"Handling them in the order {order} costs {' + '.join(parts)} = {case['output'].strip()}; no order costs "
          "less.")
