"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
ns = list(map(int, case["input"].split()[1:]))
answers = [line.split() for line in case["output"].strip().split("\n")]
n = min((a for a in ns if a >= 6), default=max(ns))  # the smallest bound that is not trivial
best, count = map(int, answers[ns.index(n)])
divisors = ", ".join(str(d) for d in range(1, best + 1) if best % d == 0)
if ko:
    print(f"N = {n}이면 {n} 이하에서 약수가 가장 많은 가장 작은 수는 {best}이고, 약수는 {divisors}의 {count}개입니다. "
          + "; ".join(f"N = {a} → {m} (약수 {c}개)" for a, (m, c) in zip(ns, answers)) + ".")
else:
    print(f"For N = {n}, the smallest number up to {n} with the most divisors is {best}, with divisors {divisors}. "
          + "; ".join(f"N = {a} → {m} ({c} divisor{'' if c == '1' else 's'})" for a, (m, c) in zip(ns, answers)) + ".")
