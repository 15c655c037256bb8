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
    if 0 < count <= 4 and n <= 12:
        found = [c for r in range(1, n + 1) for c in combinations(a, r) if sum(c) == s]
        listed = " (" + "; ".join("{" + ", ".join(map(str, c)) + "}" for c in found) + ")"
    if ko:
        print(f"합이 {s}인 부분집합은 {count}개입니다{listed}.")
    else:
        print(f"{count} non-empty {'subset sums' if count == 1 else 'subsets sum'} to {s}{listed}.")
else:
    print(f"만들 수 있는 식의 결과 중 최댓값은 {res[0]}, 최솟값은 {res[1]}입니다." if ko else
          f"Over all orders of the operators, the largest result is {res[0]} and the smallest is {res[1]}.")
