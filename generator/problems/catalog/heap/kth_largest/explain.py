"""A sample's explanation from its input alone: reads {"input", "language", "texts", ...} as JSON."""
import json
import sys


case = json.load(sys.stdin)
ko = case["language"] == "ko"
tokens = [int(t) for t in case["input"].split()]
n, k = tokens[0], tokens[1]
values = tokens[2:2 + n]
steps = []
for i in range(1, min(n, 8) + 1):
    top = sorted(values[:i], reverse=True)[:k]
    if i < k:
        steps.append(f"{values[i - 1]}: -1")
    elif k == 1:
        steps.append(f"{values[i - 1]}: {top[0]}")
    else:
        steps.append(f"{values[i - 1]}: {', '.join(map(str, top))} → {top[-1]}")
more = "; ..." if n > 8 else ""
ordinal = f"{k}{'th' if k % 100 in (11, 12, 13) else {1: 'st', 2: 'nd', 3: 'rd'}.get(k % 10, 'th')}"
if ko:
    shape = "지금까지 가장 큰 값" if k == 1 else f"지금까지 가장 큰 {k}개 → {k}번째로 큰 값"
    print(f"K = {k}일 때 값을 받을 때마다 '받은 값: {shape}'을 쓰면 "
          + "; ".join(steps) + more + "입니다."
          + (f" 처음 {k - 1}개를 받았을 때는 아직 {k}개가 되지 않아 -1입니다." if k > 1 else ""))
else:
    shape = "the largest so far" if k == 1 else f"the {k} largest so far → the {ordinal} largest"
    print(f"With K = {k}, after each arrival (arrived value: {shape}): "
          + "; ".join(steps) + more + "."
          + (f" Until {k} values have arrived the answer is -1." if k > 1 else ""))
