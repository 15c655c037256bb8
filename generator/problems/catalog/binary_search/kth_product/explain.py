"""A sample's explanation: the sorted table up to the K-th value (samples are tiny)."""
import json
import sys


case = json.load(sys.stdin)
ko = case["language"] == "ko"
n, m, k = map(int, case["input"].split())
values = sorted(i * j for i in range(1, n + 1) for j in range(1, m + 1))
x = int(case["output"].split()[0])
shown = ", ".join(map(str, values[:k]))
if ko:
    print(f"곱을 작은 순서로 늘어놓으면 {shown} … 이므로 {k}번째 값은 {x}입니다.")
else:
    print(f"In increasing order the products are {shown}, …, so the value at position {k} is {x}.")
