"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"


n = int(case["input"].split()[0])
primes = [k for k in range(2, n + 1) if all(k % d for d in range(2, int(k ** 0.5) + 1))]
pairs = [f"({p}, {p + 2})" for p in primes if p + 2 in primes]
shown = ", ".join(pairs) if len(pairs) <= 12 else ", ".join(pairs[:5]) + ", …, " + pairs[-1]
if ko:
    print(f"{n} 이하의 쌍둥이 소수는 {shown}(으)로 {len(pairs)}쌍입니다." if pairs else f"{n} 이하에는 쌍둥이 소수가 없습니다.")
else:
    print(f"The twin pairs up to {n} are {shown}: {len(pairs)} in all." if pairs else f"There is no twin pair up to {n}.")
