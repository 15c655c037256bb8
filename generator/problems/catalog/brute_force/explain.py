"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys
from itertools import combinations

case = json.load(sys.stdin)
toks, res = case["input"].split(), case["output"].split()
ko = case["language"] == "ko"
variant = case["params"]["variant"]

if variant == "three_cards":
    n, m = int(toks[0]), int(toks[1])
    a = list(map(int, toks[2:2 + n]))
    best = int(res[0])
    trio = next((c for c in combinations(a, 3) if sum(c) == best), None)
    shown = " + ".join(map(str, trio)) + f" = {best}" if trio else str(best)
    print(f"{shown}: M = {m} 이하인 합 중 가장 큽니다." if ko else f"{shown} is the largest sum that does not exceed {m}.")
elif variant in ("subset_count", "subset_count_mitm"):
    n, s = int(toks[0]), int(toks[1])
    a = list(map(int, toks[2:2 + n]))
    count = int(res[0])
    listed = ""
    if 0 < count <= 12 and n <= 12:
        # by positions, so that subsets of equal numbers on different items are told apart
        found = [c for r in range(1, n + 1) for c in combinations(range(n), r) if sum(a[i] for i in c) == s]
        said = "; ".join("{" + ", ".join(str(i + 1) for i in c) + "}: " + (str(s) if len(c) == 1 else " + ".join(
            f"({a[i]})" if a[i] < 0 else str(a[i]) for i in c) + f" = {s}") for c in found)
        listed = f" (고른 위치: {said})" if ko else f" (positions chosen: {said})"
    if ko:
        print(f"합이 {s}인 부분집합은 {count}개입니다{listed}.")
    else:
        print(f"{count} non-empty {'subset sums' if count == 1 else 'subsets sum'} to {s}{listed}.")
else:
    n = int(toks[0])
    a = list(map(int, toks[1:1 + n]))
    counts = list(map(int, toks[1 + n:5 + n]))
    shown = []
    if n <= 6:  # the samples: show an expression of each result, step by step, left to right
        from itertools import permutations
        signs = "+-×÷"

        def steps(order):
            value, said, toward_zero = a[0], [], None
            for op, x in zip(order, a[1:]):
                if op == 0:
                    new = value + x
                elif op == 1:
                    new = value - x
                elif op == 2:
                    new = value * x
                else:
                    new = abs(value) // x * (1 if value >= 0 else -1)
                said.append(f"{value} {signs[op]} {x} = {new}")
                if op == 3 and value < 0 and value % x and toward_zero is None:
                    toward_zero = said[-1]
                value = new
            return value, said, toward_zero

        ops = [op for op in range(4) for _ in range(counts[op])]
        found = {}
        for order in sorted(set(permutations(ops))):
            value, said, toward_zero = steps(order)
            if value not in found or (toward_zero and not found[value][1]):  # rather one that shows the rule
                found[value] = (said, toward_zero)
        for target in (int(res[0]), int(res[1])):
            said, toward_zero = found[target]
            shown.append((", ".join(said), toward_zero))
    if shown:
        (top, tz_top), (low, tz_low) = shown
        note = tz_top or tz_low
        if ko:
            print(f"가장 큰 결과: {top}. 가장 작은 결과: {low}."
                  + (f" 나눗셈은 몫의 정수 부분만 남기므로 음수를 나누어도 0 쪽으로 버립니다: {note}." if note else ""))
        else:
            print(f"Largest result: {top}. Smallest result: {low}."
                  + (f" Division keeps only the integer part, so a negative quotient is rounded toward zero: {note}."
                     if note else ""))
    else:
        print(f"만들 수 있는 식의 결과 중 최댓값은 {res[0]}, 최솟값은 {res[1]}입니다." if ko else
              f"Over all orders of the operators, the largest result is {res[0]} and the smallest is {res[1]}.")
