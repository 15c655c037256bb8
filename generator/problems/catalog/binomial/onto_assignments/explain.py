"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys
from math import comb

case = json.load(sys.stdin)
ko = case["language"] == "ko"
n, k = map(int, case["input"].split())
ans = case["output"].strip()
terms = " ".join(f"{'-' if i % 2 else '+'} C({k}, {i})·{k - i}^{n}" for i in range(k + 1)).lstrip("+ ")
values = sum((-1) ** i * comb(k, i) * (k - i) ** n for i in range(k + 1))
if ko:
    print(f"노는 일꾼의 집합에 대해 포함-배제를 하면 {terms} = {values}이고, 10^9 + 7로 나눈 나머지는 {ans}입니다.")
else:
    print(f"Inclusion-exclusion over the set of idle workers gives {terms} = {values}, which is {ans} modulo 10^9 + 7.")
