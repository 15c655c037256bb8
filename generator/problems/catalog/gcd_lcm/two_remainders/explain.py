"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys
from math import gcd

case = json.load(sys.stdin)
ko = case["language"] == "ko"

nums = list(map(int, case["input"].split()[1:]))
answers = case["output"].split()
parts = []
for i, answer in enumerate(answers):
    m, a, n, b = nums[4 * i:4 * i + 4]
    g = gcd(m, n)
    head = f"x mod {m} = {a}, x mod {n} = {b}: "
    if answer == "-1":
        parts.append(head + (f"{m}과(와) {n}의 최대공약수 {g}이(가) 두 나머지의 차 {abs(b - a)}을(를) 나누지 않으므로 -1" if ko
                             else f"gcd({m}, {n}) = {g} does not divide the difference {abs(b - a)} of the remainders, "
                                  f"so -1"))
        continue
    walk = [a + m * k for k in range(int(answer) // m + 1)]
    if len(walk) <= 6:
        shown = ", ".join(f"{x} (mod {n}: {x % n})" for x in walk)
        listed = f"{a}, {a + m}, {a + 2 * m}, ..."
        parts.append(head + (f"{m}(으)로 나눈 나머지가 {a}인 {listed} 중 처음으로 {n}(으)로 나눈 나머지가 {b}인 수: "
                             f"{shown} → {answer}" if ko
                             else f"among {listed} (remainder {a} mod {m}) the first with remainder {b} mod {n}: "
                                  f"{shown} → {answer}"))
    else:
        parts.append(head + answer)
print(("각 질문: " if ko else "Each question: ") + "; ".join(parts) + ".")
