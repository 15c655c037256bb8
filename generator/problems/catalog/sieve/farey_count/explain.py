"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys
from math import gcd

case = json.load(sys.stdin)
ko = case["language"] == "ko"
ns = list(map(int, case["input"].split()[1:]))
answers = case["output"].split()
n = min(ns)
listed = ", ".join(f"{p}/{q}" for q in range(2, n + 1) for p in range(1, q) if gcd(p, q) == 1)
if ko:
    first = f"N = {n}일 때 기약분수는 {listed}입니다." if listed else f"N = {n}일 때 기약분수는 없습니다."
    print(first + " 답: " + ", ".join(f"N = {a} → {b}" for a, b in zip(ns, answers)) + ".")
else:
    first = f"For N = {n} the fractions are {listed}." if listed else f"For N = {n} there is no fraction."
    print(first + " Answers: " + ", ".join(f"N = {a} → {b}" for a, b in zip(ns, answers)) + ".")
