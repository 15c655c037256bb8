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
        steps.append(f"{a[i]}(a)")
        i += 1
    else:
        steps.append(f"{b[j]}(b)")
        j += 1
tail = a[i:] if i < n else b[j:]
if ko:
    rest = "첫 번째" if i < n else "두 번째"
    print(f"앞에서부터 더 작은 값을 고르면 {' '.join(steps)} 순서가 되고(a는 첫 번째, b는 두 번째에서 온 값), "
          f"{rest}에 남은 {' '.join(map(str, tail))}을(를) 그대로 붙입니다.")
else:
    rest = "first" if i < n else "second"
    print(f"Taking the smaller front value each time gives {' '.join(steps)} (a: from the first, b: from the "
          f"second); then the rest of the {rest}, {' '.join(map(str, tail))}, is copied as it is.")
