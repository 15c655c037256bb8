"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys
from math import gcd

case = json.load(sys.stdin)
ko = case["language"] == "ko"


values = list(map(int, case["input"].split()[1:]))
answer = case["output"].strip()
pairs = [f"({a_i}, {a_j})" for i, a_i in enumerate(values) for a_j in values[i + 1:] if gcd(a_i, a_j) == 1]
listing = ", ".join(pairs) if pairs else "-"
if ko:
    print(f"서로소인 값의 쌍은 {listing}(으)로, 모두 {answer}개입니다.")
else:
    print(f"The coprime pairs of values are {listing}: {answer} in all.")
