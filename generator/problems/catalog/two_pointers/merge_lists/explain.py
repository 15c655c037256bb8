"""A sample's explanation: which list each merged value comes from (computed from the sample)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
toks = case["input"].split()
n, m = int(toks[0]), int(toks[1])
a = [int(v) for v in toks[2:2 + n]]
b = [int(v) for v in toks[2 + n:2 + n + m]]
i = j = 0
steps = []
while i < n and j < m:
    if a[i] <= b[j]:
        steps.append(f"{a[i]}(A)")
        i += 1
    else:
        steps.append(f"{b[j]}(B)")
        j += 1
rest = "A" if i < n else "B"
tail = a[i:] if i < n else b[j:]
if ko:
    print(f"앞에서부터 더 작은 값을 고르면 {' '.join(steps)} 순서가 되고, 남은 {rest}의 {' '.join(map(str, tail))}을 그대로 붙입니다.")
else:
    print(f"Taking the smaller front value each time gives {' '.join(steps)}; then the rest of {rest}, "
          f"{' '.join(map(str, tail))}, is copied as it is.")
