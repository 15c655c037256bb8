"""A sample's explanation: the values after each correction (samples are tiny)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = list(map(int, case["input"].split()))
n, q = data[0], data[1]
a = data[2:2 + n]
steps = []
for j in range(q):
    l, r, x = data[2 + n + 3 * j: 5 + n + 3 * j]
    a = [v + x if l <= i + 1 <= r else v for i, v in enumerate(a)]
    steps.append(f"({l}, {r}, {x}) → [{' '.join(map(str, a))}]")
shown = "; ".join(steps[:4]) + (" …" if q > 4 else "")
print(f"정정을 차례로 적용한 결과: {shown}. 최종 값은 {case['output'].strip()}입니다." if ko else
      f"Applying the corrections in order: {shown}. The final values are {case['output'].strip()}.")
