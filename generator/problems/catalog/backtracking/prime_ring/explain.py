"""A sample's explanation, computed from the sample: one valid seating (the first in input order of choices),
with its neighbour sums, and the count."""
import json
import sys
from itertools import permutations

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = list(map(int, case["input"].split()))
n, a = data[0], data[1:1 + data[0]]
count = case["output"].strip()


def is_prime(v):
    return v > 1 and all(v % d for d in range(2, int(v ** 0.5) + 1))


ring = next(((a[0], *rest) for rest in permutations(a[1:])
             if all(is_prime(x + y) for x, y in zip((a[0], *rest), (*rest, a[0])))), None)
if ring is None:
    print("이웃한 두 수의 합이 모두 소수가 되게 앉히는 방법이 없으므로 0입니다." if ko
          else "No seating makes every neighbour sum prime, so the answer is 0.")
else:
    # The list ends the sentence, so no particle has to agree with its last number ("23로" would be wrong).
    sums = ", ".join(f"{x}+{y}={x + y}" for x, y in zip(ring, (*ring[1:], ring[0])))
    order = " ".join(map(str, ring))
    if ko:
        print(f"예를 들어 {order} 순서로 앉으면 이웃한 합이 모두 소수입니다: {sums}. 이런 방법은 모두 {count}가지입니다.")
    else:
        print(f"For example, the order {order} gives the neighbour sums {sums}, all prime. There are {count} such orders.")
