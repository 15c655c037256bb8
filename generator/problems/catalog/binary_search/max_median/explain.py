"""A sample's explanation: the sorted values, the cost of the answer and of one more (samples are tiny)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = list(map(int, case["input"].split()))
n, k = data[0], data[1]
a = sorted(data[2:2 + n])
m = int(case["output"].split()[0])


def cost(target):
    return sum(max(0, target - v) for v in a[n // 2:])


shown = ", ".join(map(str, a))
if ko:
    print(f"정렬하면 {shown}입니다. 중앙값을 {m}(으)로 만들려면 가운데와 그 뒤의 값을 올리는 데 {cost(m)}번이 들고 "
          f"(≤ {k}), {m + 1}(으)로 만들려면 {cost(m + 1)}번이 들어 {k}번을 넘습니다.")
else:
    print(f"Sorted: {shown}. Making the median {m} costs {cost(m)} increments on the middle value and those above "
          f"it (≤ {k}); making it {m + 1} would cost {cost(m + 1)} > {k}.")
