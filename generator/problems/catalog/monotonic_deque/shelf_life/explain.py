"""A sample's explanation from its input: reads {"input", "output", "language", "params"} as JSON.
Shows one cheapest plan (which day buys for which days) and its total."""
import json
import sys


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
texts = case.get("texts") or {}  # the theme's words, as in the statement
unit = texts.get("unit", "개" if ko else "unit")
# The witness: each day's need bought on the latest cheapest usable day; purchases grouped by the day they are made.
buy_day = [max(range(max(0, i - k + 1), i + 1), key=lambda d: (-p[d], d)) for i in range(n)]
plan = {}
for i in range(n):
    if c[i]:
        plan.setdefault(buy_day[i], []).append(i)
SHOW = 6
shown = []
for j in sorted(plan)[:SHOW]:
    days = plan[j]
    amount = sum(c[i] for i in days)
    if ko:
        if days == [j]:
            shown.append(f"{j + 1}번째 날에 {unit}당 {p[j]}에 {amount}{unit}을(를) 사서 그날 씁니다")
        else:
            uses = ", ".join(f"{i + 1}번째 날에 쓸 {c[i]}{unit}" for i in days)
            shown.append(f"{j + 1}번째 날에 {unit}당 {p[j]}에 {amount}{unit}을(를) 삽니다({uses})")
    else:
        plural = "" if amount == 1 else "s"
        if days == [j]:
            shown.append(f"on day {j + 1} buy {amount} {unit}{plural} at {p[j]} each for that day")
        else:
            uses = ", ".join(f"{c[i]} for day {i + 1}" for i in days)
            shown.append(f"on day {j + 1} buy {amount} {unit}{plural} at {p[j]} each ({uses})")
more = len(plan) > SHOW
terms = " + ".join(f"{sum(c[i] for i in plan[j])}×{p[j]}" for j in sorted(plan))
if ko:
    note = ""
    if spoiled is not None:
        day, was, price = spoiled
        note = (f" {was}번째 날의 가격 {price}에 산 것은 {was + k - 1}번째 날까지만 쓸 수 있으므로, "
                f"{day}번째 날에 쓸 것은 그 가격에 살 수 없습니다.")
    print("가장 싸게 사는 방법 하나: " + "; ".join(shown) + (" …" if more else "") + "."
          + note + f" 총비용은 {terms} = {total}입니다.")
else:
    note = ""
    if spoiled is not None:
        day, was, price = spoiled
        note = (f" What is bought on day {was} at price {price} lasts only until day {was + k - 1}, "
                f"so what day {day} uses cannot be bought at that price.")
    print("One cheapest way to buy: " + "; ".join(shown) + (" …" if more else "") + "."
          + note + f" The total cost is {terms} = {total}.")
