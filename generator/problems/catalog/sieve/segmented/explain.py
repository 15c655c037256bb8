"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys
from math import isqrt

case = json.load(sys.stdin)
ko = case["language"] == "ko"
lo, hi = map(int, case["input"].split())
count = int(case["output"].split()[0])
found = [n for n in range(max(lo, 2), hi + 1) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
listed = " (" + ", ".join(map(str, found)) + ")" if 0 < count <= 15 else ""
# A window far from 1 around the square of the prime p = isqrt(R): that square is the composite to point at.
p = isqrt(hi)
square = ""
if lo > p and lo <= p * p <= hi and all(p % d for d in range(2, int(p ** 0.5) + 1)):
    square = (f" {p * p} = {p} × {p}도 구간 안에 있지만 소수가 아닙니다." if ko else
              f" {p * p} = {p} × {p} is in the range too, but it is not a prime.")
if ko:
    print(f"{lo} 이상 {hi} 이하의 소수는 {count}개입니다{listed}.{square}")
else:
    print(f"There {'is' if count == 1 else 'are'} {count} {'prime' if count == 1 else 'primes'} from {lo} to {hi}{listed}.{square}")
