"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
ns = list(map(int, case["input"].split()[1:]))
answers = [line.split() for line in case["output"].strip().split("\n")]
n = min(ns)
best = int(answers[ns.index(n)][0])
divisors = ", ".join(str(d) for d in range(1, best + 1) if best % d == 0)
if ko:
    print(f"N = {n}이면 {best}의 약수 {divisors}가 가장 많습니다. "
          + "; ".join(f"N = {a} → {m} (약수 {c}개)" for a, (m, c) in zip(ns, answers)) + ".")
else:
    print(f"For N = {n}, {best} has the most divisors: {divisors}. "
          + "; ".join(f"N = {a} → {m} ({c} divisors)" for a, (m, c) in zip(ns, answers)) + ".")
