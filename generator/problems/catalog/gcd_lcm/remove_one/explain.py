"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys
from math import gcd

case = json.load(sys.stdin)
ko = case["language"] == "ko"
values = list(map(int, case["input"].split()[1:]))
best, index = map(int, case["output"].split())
parts = []
for i in range(len(values)):
    g = 0
    for j, v in enumerate(values):
        if j != i:
            g = gcd(g, v)
    parts.append(f"{i + 1}: {g}")
listing = ", ".join(parts)
if ko:
    print(f"각 번호를 뺐을 때 남은 수의 최대공약수는 {listing}입니다. 가장 큰 값은 {best}이고, 그 값을 주는 번호 중 가장 작은 것은 {index}입니다.")
else:
    print(f"Removing each index leaves these gcds: {listing}. The largest is {best}, first reached by index {index}.")
