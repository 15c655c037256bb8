"""A sample's explanation: the best window and its sum."""
import json
import sys


case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = list(map(int, case["input"].split()))
n, k = data[0], data[1]
a = data[2:2 + n]
best = int(case["output"].split()[0])
start = next(i for i in range(n - k + 1) if sum(a[i:i + k]) == best)
terms = " + ".join(f"({x})" if x < 0 else str(x) for x in a[start:start + k])
if ko and k == 1:
    print(f"K = 1이므로 값 하나가 구간입니다. 가장 큰 값은 {start + 1}번째 값 {best}입니다.")
elif ko:
    print(f"{start + 1}번째부터 {start + k}번째까지의 합 {terms} = {best}이(가) 가장 큽니다.")
elif k == 1:
    print(f"With K = 1 every window is one value; the largest is position {start + 1}'s {best}.")
else:
    print(f"Positions {start + 1} to {start + k} give {terms} = {best}, the largest window sum.")
