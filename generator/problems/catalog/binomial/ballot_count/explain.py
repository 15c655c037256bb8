"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON.

Shows what each question counts (the good orders themselves when there are few, else how many of all the orders are
good), not how to count them: the reflection argument is the task's idea."""
import json
import sys
from itertools import combinations
from math import comb

LISTED = 8  # at most this many good orders are written out
ENUMERATED = 5000  # orders are enumerated only up to this many
MOD = 10**9 + 7
case = json.load(sys.stdin)
ko = case["language"] == "ko"
nums = list(map(int, case["input"].split()[1:]))
answers = case["output"].strip().split("\n")


def good_orders(a, b):
    found = []
    for spots in combinations(range(a + b), b):
        order, lead, ok = ["A"] * (a + b), 0, True
        for s in spots:
            order[s] = "B"
        for letter in order:
            lead += 1 if letter == "A" else -1
            if lead < 0:
                ok = False
                break
        if ok:
            found.append("".join(order))
    return sorted(found)


parts = []
for i, ans in enumerate(answers):
    a, b = nums[2 * i], nums[2 * i + 1]
    head = f"a = {a}, b = {b}: "
    total = comb(a + b, b)
    if b > a:
        parts.append(head + ("B의 표가 더 많아 개표가 끝날 때 A가 뒤지므로 0" if ko else
                             "B has more votes, so A is behind once all are counted: 0"))
    elif a + b == 0:
        parts.append(head + ("빈 순서 하나뿐이므로 1" if ko else "only the empty order, so 1"))
    elif total <= ENUMERATED and int(ans) <= LISTED:
        shown = ", ".join(good_orders(a, b))
        parts.append(head + (f"A가 한 번도 뒤지지 않는 순서는 {shown}의 {ans}가지" if ko else
                             f"the orders where A is never behind are {shown}: {ans} of them"))
    elif total < MOD:
        parts.append(head + (f"가능한 순서 {total}가지 중 {ans}가지에서 A가 한 번도 뒤지지 않습니다" if ko else
                             f"A is never behind in {ans} of the {total} counting orders"))
    else:
        parts.append(head + (f"순서가 매우 많아 그 수를 10^9 + 7로 나눈 나머지 {ans}" if ko else
                             f"far too many orders to list; their number modulo 10^9 + 7 is {ans}"))
print("; ".join(parts) + ".")
