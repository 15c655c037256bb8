"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys
from math import gcd

case = json.load(sys.stdin)
ko = case["language"] == "ko"


g, l = map(int, case["input"].split())
answer = case["output"].split()
if answer == ["-1"]:
    print(f"{l}은(는) {g}의 배수가 아니므로 그런 쌍은 없습니다." if ko else f"{l} is not a multiple of {g}, so no pair exists.")
else:
    x, y = map(int, answer)
    k = l // g
    splits = [(a, k // a) for a in range(1, int(k ** 0.5) + 1) if k % a == 0 and gcd(a, k // a) == 1]
    listed = ", ".join(f"({g * a}, {g * b})" for a, b in splits)
    if ko:
        print(f"L / G = {k}을(를) 서로소인 두 수의 곱으로 나누면 가능한 쌍은 {listed}이고, 합이 가장 작은 쌍은 ({x}, {y})입니다.")
    else:
        print(f"Splitting L / G = {k} into two coprime factors gives the pairs {listed}; the smallest sum is ({x}, {y}).")
