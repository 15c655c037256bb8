"""A sample's explanation, computed from the sample: one cheapest round trip (every order tried; samples are tiny)
or why none exists."""
import json
import sys
from itertools import permutations

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = list(map(int, case["input"].split()))
n = data[0]
w = [data[1 + i * n:1 + (i + 1) * n] for i in range(n)]
best = None
for order in permutations(range(1, n)):
    tour = (0, *order, 0)
    legs = [w[a][b] for a, b in zip(tour, tour[1:])]
    if all(legs) and (best is None or sum(legs) < sum(best[1])):
        best = (tour, legs)
if best is None:
    print("모든 곳을 거쳐 1번으로 돌아오는 순회가 없으므로 -1입니다." if ko
          else "No round trip visits every place and returns to place 1, so the answer is -1.")
else:
    route = " → ".join(str(v + 1) for v in best[0])
    terms = " + ".join(map(str, best[1]))
    total = sum(best[1])
    print(f"가장 싼 순회는 {route}이고, 비용은 {terms} = {total}입니다." if ko
          else f"The cheapest round trip is {route}, costing {terms} = {total}.")
