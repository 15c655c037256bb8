"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
nums = list(map(int, case["input"].split()))
queries = [tuple(nums[i:i + 3]) for i in range(1, 3 * nums[0] + 1, 3)]
answers = case["output"].split()


def distinct_primes(x):
    count, d = 0, 2
    while d * d <= x:
        if x % d == 0:
            count += 1
            while x % d == 0:
                x //= d
        d += 1
    return count + (x > 1)


a, b, k = min(queries, key=lambda t: t[1] - t[0])
found = [x for x in range(a, b + 1) if distinct_primes(x) == k]
shown = ", ".join(map(str, found)) if len(found) <= 15 else ", ".join(map(str, found[:10])) + ", …"
if ko:
    first = f"[{a}, {b}]에서 서로 다른 소인수가 정확히 {k}개인 수: {shown}." if found else f"[{a}, {b}]에는 서로 다른 소인수가 정확히 {k}개인 수가 없습니다."
else:
    factors = "distinct prime factor" if k == 1 else "distinct prime factors"
    if not found:
        first = f"No number in [{a}, {b}] has exactly {k} {factors}."
    elif len(found) == 1:
        first = f"In [{a}, {b}] the only number with exactly {k} {factors} is {shown}."
    else:
        first = f"In [{a}, {b}] the numbers with exactly {k} {factors} are {shown}."
print(first + " " + "; ".join(f"{q[0]} {q[1]} {q[2]} → {ans}" for q, ans in zip(queries, answers)) + ".")
