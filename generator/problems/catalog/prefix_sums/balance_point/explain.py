"""A sample's explanation: the two sides of the balance point (samples are tiny)."""
import json
import sys


case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = list(map(int, case["input"].split()))
n = data[0]
a = data[1:1 + n]
p = int(case["output"].split()[0])


def side(values):
    """The sum written out with its total; an empty side totals 0."""
    if not values:
        return "(비어 있음) 0" if ko else "nothing, 0"
    return " + ".join(f"({v})" if v < 0 else str(v) for v in values) + f" = {sum(values)}"


if p == -1:
    print("어느 위치에서도 앞쪽 합과 뒤쪽 합이 같지 않으므로 답은 -1입니다." if ko else
          "No position has equal totals before and after it, so the answer is -1.")
else:
    left, right = a[:p - 1], a[p:]
    print(f"{p}번째 위치의 앞쪽 합은 {side(left)}, 뒤쪽 합은 {side(right)}(으)로 같고, "
          f"그보다 앞에는 이런 위치가 없습니다." if ko else
          f"Before position {p}: {side(left)}; after it: {side(right)}. The sides are "
          f"equal, and no earlier position balances.")
