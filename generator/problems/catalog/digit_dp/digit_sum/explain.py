"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON.
A short range lists its numbers with digit sum S; a long one gives its count, and its smallest and
largest numbers with digit sum S are named (found by binary search on the count: a witness of the answer's ends)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
nums = list(map(int, case["input"].split()))
queries = [tuple(nums[1 + 3 * i:4 + 3 * i]) for i in range(nums[0])]
answers = list(map(int, case["output"].split()))
SHORT = 300  # ranges up to this long: the numbers are listed
MAXS = 9 * 18 + 1
ways = [[1] + [0] * MAXS]
for _ in range(18):
    ways.append([sum(ways[-1][s - x] for x in range(10) if s >= x) for s in range(MAXS + 1)])


def count(n, s):
    """How many of 1..n have digit sum s (s >= 1)."""
    digits = list(map(int, str(n)))
    total, prefix = 0, 0
    for i, c in enumerate(digits):
        for x in range(c):
            if 0 <= s - prefix - x:
                total += ways[len(digits) - 1 - i][s - prefix - x]
        prefix += c
    return total + (1 if prefix == s else 0)


def kth(k, s):
    """The k-th number (from 1) with digit sum s."""
    lo, hi = 1, 10 ** 19
    while lo < hi:
        mid = (lo + hi) // 2
        if count(mid, s) >= k:
            hi = mid
        else:
            lo = mid + 1
    return lo


def listed(values):
    values = list(map(str, values))
    if len(values) > 8:
        values = values[:3] + ["…"] + values[-2:]
    return ", ".join(values)


def why(a, b, s, answer):
    head = f"A = {a}, B = {b}, S = {s}: "
    if b - a < SHORT:
        found = [x for x in range(a, b + 1) if sum(map(int, str(x))) == s]
        if not found:
            return head + (f"{a}부터 {b}까지 자릿수의 합이 {s}인 수가 없으므로 답은 0입니다" if ko else
                           f"no number from {a} to {b} has digit sum {s}, so 0")
        return head + (f"자릿수의 합이 {s}인 수는 {listed(found)}의 {answer}개입니다" if ko else
                       f"the numbers with digit sum {s} are {listed(found)}: {answer}")
    below, upto_b = count(a - 1, s), count(b, s)
    # The count and the two ends of what qualifies, checkable against the rule; not the count up to B minus the count
    # up to A - 1, which is the method (and whose two counts no reader can check either).
    if not answer:
        return head + (f"{a}부터 {b}까지 자릿수의 합이 {s}인 수가 없으므로 답은 0입니다" if ko else
                       f"no number from {a} to {b} has digit sum {s}, so 0")
    first, last = kth(below + 1, s), kth(upto_b, s)
    if ko:
        return head + (f"{a}부터 {b}까지 자릿수의 합이 {s}인 수는 {answer}개이며, 가장 작은 수는 {first}, "
                       f"가장 큰 수는 {last}입니다")
    return head + (f"{answer} numbers from {a} to {b} have digit sum {s}; the smallest is {first}, "
                   f"the largest {last}")


shown = [why(a, b, s, answer) for (a, b, s), answer in zip(queries, answers)][:4]
if ko:
    tail = " 나머지 질문도 같은 방법으로 구합니다." if len(queries) > 4 else ""
    print(". ".join(shown) + "." + tail)
else:
    tail = " The other questions are answered the same way." if len(queries) > 4 else ""
    print("; ".join(shown) + "." + tail)
