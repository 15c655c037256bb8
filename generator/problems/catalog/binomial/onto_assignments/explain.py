"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON.
A witness, not the method: the assignments grouped by how many jobs each worker gets (every worker at least one),
each group counted by its arrangements of the counts times the ways to hand out the jobs."""
import json
import sys
from collections import Counter
from math import factorial

case = json.load(sys.stdin)
ko = case["language"] == "ko"
n, k = map(int, case["input"].split())
ans = case["output"].strip()


def shapes(total, parts, top):
    """the ways to split `total` into `parts` positive counts, largest first, none above `top`"""
    if parts == 0:
        if total == 0:
            yield ()
        return
    for first in range(min(top, total - parts + 1), 0, -1):
        if first * parts < total:
            break
        for rest in shapes(total - first, parts - 1, first):
            yield (first,) + rest


groups, total = [], 0
for shape in shapes(n, k, n):
    orders = factorial(k)
    for same in Counter(shape).values():
        orders //= factorial(same)
    deals = factorial(n)
    for c in shape:
        deals //= factorial(c)
    groups.append((shape, orders, deals))
    total += orders * deals
if not groups:
    print(f"일꾼 {k}명이 모두 일을 하나 이상 맡으려면 일이 {k}개 이상 있어야 하므로 0입니다." if ko else
          f"{k} workers with at least one job each need at least {k} jobs, so the answer is 0.")
    sys.exit()

def item(i, shape, orders, deals):
    counts = f"({', '.join(map(str, shape))})"
    if i == 0:
        return (f"맡는 수의 구성 {counts}: 일꾼에게 배치하는 순서 {orders}가지 × 일을 나누어 주는 방법 {deals}가지 = "
                f"{orders * deals}가지" if ko else
                f"counts {counts}: {orders} order{'s' if orders != 1 else ''} among the workers × {deals} "
                f"way{'s' if deals != 1 else ''} to hand out the jobs = {orders * deals}")
    return f"{counts}: {orders} × {deals} = {orders * deals}" + ("가지" if ko else "")


parts = [item(i, *g) for i, g in enumerate(groups[:3])]
more = (f" 이런 구성이 {len(groups) - 3}가지 더 있습니다." if ko else f" There are {len(groups) - 3} more such splits.") \
    if len(groups) > 3 else ""
tail = "" if str(total) == ans else (f"이고, 10^9 + 7로 나눈 나머지는 {ans}" if ko else f", which is {ans} modulo 10^9 + 7")
print(f"일꾼마다 맡는 일의 수로 나누어 셉니다. {'; '.join(parts)}.{more} 모두 {total}가지{tail}입니다." if ko else
      f"Counted by how many jobs each worker gets: {'; '.join(parts)}.{more} In all {total}{tail}.")
