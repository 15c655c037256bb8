"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON.
A witness, not the method: each binomial coefficient's exact value (samples keep n small) and its remainder; a
coefficient too long to show is named by its number of digits, and a remainder 0 by how often p divides it."""
import json
import sys
from math import comb

case = json.load(sys.stdin)
ko = case["language"] == "ko"
nums = list(map(int, case["input"].split()))
p = nums[1]
answers = case["output"].split()


def times(m):
    """how often p divides m! (Legendre)"""
    count = 0
    while m:
        m //= p
        count += m
    return count


parts = []
for i, x in enumerate(answers):
    n, k = nums[2 + 2 * i], nums[3 + 2 * i]
    if k > n:
        parts.append(f"C({n}, {k}) = 0 (k > n)")
        continue
    value = comb(n, k)
    if len(str(value)) <= 24:
        shown = f"C({n}, {k}) = {value}"
    else:
        shown = f"C({n}, {k})은(는) {len(str(value))}자리 수" if ko else f"C({n}, {k}) has {len(str(value))} digits"
    if x == "0" and len(str(value)) > 24:
        top, bottom = times(n), times(k) + times(n - k)
        shown += (f"이고, 소인수 {p}이(가) {n}!에는 {top}번, {k}! · {n - k}!에는 {bottom}번 들어 있어 {p}의 배수 → 0" if ko else
                  f"; the prime {p} divides {n}! {top} times but {k}! · {n - k}! only {bottom} times, so it is a "
                  f"multiple of {p} → 0")
    else:
        shown += (f"이고, {p}(으)로 나눈 나머지는 {x}" if ko and shown.endswith("수") else
                  f", {p}(으)로 나눈 나머지는 {x}" if ko else f", which leaves {x} modulo {p}")
    parts.append(shown)
print(("; ".join(parts) + ".") if not ko else ("; ".join(parts) + "입니다."))
