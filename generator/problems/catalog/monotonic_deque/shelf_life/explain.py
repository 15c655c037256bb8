"""A sample's explanation from its input: reads {"input", "output", "language", "params"} as JSON.
Day i's need is bought on the cheapest of days i-K+1..i (earlier purchases have spoiled by day i)."""
import json
import sys

NATIVE = ("첫", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉", "열")


def nth(k):
    """Korean ordinal: 첫 번째, 두 번째, ..., 열 번째, then 11번째 ("1번째" does not read)."""
    return f"{NATIVE[k - 1]} 번째" if 1 <= k <= len(NATIVE) else f"{k}번째"


case = json.load(sys.stdin)
ko = case["language"] == "ko"
nums = list(map(int, case["input"].split()))
n, k = nums[0], nums[1]
p, c = nums[2:2 + n], nums[2 + n:2 + 2 * n]

best = [min(p[max(0, i - k + 1):i + 1]) for i in range(n)]
total = sum(ci * b for ci, b in zip(c, best))
# The first day whose cheapest price so far can no longer be used: a day-j price lasts until day j+K-1 (j is the
# latest day with that price, so no day offers it later).
spoiled = None
for i in range(n):
    j = min(range(i + 1), key=lambda d: (p[d], -d))  # the cheapest day so far (the latest on ties)
    if p[j] < best[i]:
        spoiled = (i + 1, j + 1, p[j])
        break
terms = " + ".join(f"{ci}×{b}" for ci, b in zip(c, best))
prices = ", ".join(map(str, best))
if ko:
    note = ""
    if spoiled is not None:
        day, was, price = spoiled
        note = (f"예를 들어 {nth(was)} 날의 가격 {price}에 산 것은 {nth(was + k - 1)} 날까지만 쓸 수 있으므로, "
                f"{nth(day)} 날에는 그 가격에 살 수 없습니다. ")
    print(f"$i$번째 날에 쓸 것은 $\\max(1, i-K+1)$번째 날부터 $i$번째 날까지(그 이전에 산 것은 상함) 중 가장 싼 날에 사면 됩니다. "
          f"{note}날마다 쓸 수 있는 가장 싼 가격은 첫 번째 날부터 차례로 {prices}입니다. "
          f"따라서 총비용은 {terms} = {total}입니다.")
else:
    note = ""
    if spoiled is not None:
        day, was, price = spoiled
        note = (f"For example, what is bought on day {was} at price {price} lasts only until day {was + k - 1}, "
                f"so day {day} cannot use that price. ")
    print(f"What day $i$ uses is best bought on the cheapest of days $\\max(1, i-K+1)$ to $i$ (anything bought earlier has "
          f"spoiled). {note}The cheapest usable prices, day by day, are {prices}, so the total cost is {terms} = "
          f"{total}.")
