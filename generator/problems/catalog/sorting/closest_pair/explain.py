"""A sample's explanation from its input: the sorted positions and the smallest neighbouring gap."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
toks = case["input"].split()
n = int(toks[0])
a = sorted(map(int, toks[1:1 + n]))
i = min(range(n - 1), key=lambda k: a[k + 1] - a[k])
shown = ", ".join(map(str, a))
if ko:
    print(f"정렬하면 {shown}이고, 이웃한 값의 차이 중 가장 작은 것은 {a[i + 1]} − {a[i]} = {a[i + 1] - a[i]}입니다.")
else:
    print(f"Sorted: {shown}; the smallest gap between neighbours is {a[i + 1]} − {a[i]} = {a[i + 1] - a[i]}.")
