"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON.
A short range lists its smooth numbers; a long one gives its count, and its smallest and largest
smooth numbers are named (found by binary search on the count: a witness of the answer's ends)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
nums = list(map(int, case["input"].split()))
queries = [tuple(nums[1 + 3 * i:4 + 3 * i]) for i in range(nums[0])]
answers = list(map(int, case["output"].split()))
SHORT = 300  # ranges up to this long: the numbers are listed


def smooth(x, k):
    s = str(x)
    return all(abs(int(s[i]) - int(s[i + 1])) <= k for i in range(len(s) - 1))


def count(n, k):
    """How many of 1..n are smooth."""
    follow = [[1] * 10]
    for _ in range(18):
        follow.append([sum(follow[-1][x] for x in range(10) if abs(x - p) <= k) for p in range(10)])
    digits = list(map(int, str(n)))
    total = sum(follow[length - 1][x] for length in range(1, len(digits)) for x in range(1, 10))
    prev = None
    for i, c in enumerate(digits):
        total += sum(follow[len(digits) - 1 - i][x] for x in range(0 if i else 1, c)
                     if prev is None or abs(x - prev) <= k)
        if prev is not None and abs(c - prev) > k:
            return total
        prev = c
    return total + 1


def kth(j, k):
    """The j-th smooth number (from 1)."""
    lo, hi = 1, 10 ** 19
    while lo < hi:
        mid = (lo + hi) // 2
        if count(mid, k) >= j:
            hi = mid
        else:
            lo = mid + 1
    return lo


def listed(values):
    values = list(map(str, values))
    if len(values) > 8:
        values = values[:3] + ["…"] + values[-2:]
    return ", ".join(values)


def why(a, b, k, answer):
    head = f"A = {a}, B = {b}, K = {k}: "
    if b - a < SHORT:
        found = [x for x in range(a, b + 1) if smooth(x, k)]
        if not found:
            return head + (f"{a}부터 {b}까지 조건을 만족하는 수가 없으므로 답은 0입니다" if ko else
                           f"no number from {a} to {b} qualifies, so 0")
        return head + (f"조건을 만족하는 수는 {listed(found)}의 {answer}개입니다" if ko else
                       f"the numbers that qualify are {listed(found)}: {answer}")
    below, upto_b = count(a - 1, k), count(b, k)
    # The count and the two ends of what qualifies, checkable against the rule; not the count up to B minus the count
    # up to A - 1, which is the method (and whose two counts no reader can check either).
    if not answer:
        return head + (f"{a}부터 {b}까지 조건을 만족하는 수가 없으므로 답은 0입니다" if ko else
                       f"no number from {a} to {b} qualifies, so 0")
    first, last = kth(below + 1, k), kth(upto_b, k)
    if ko:
        return head + (f"{a}부터 {b}까지 조건을 만족하는 수는 {answer}개이며, 가장 작은 수는 {first}, "
                       f"가장 큰 수는 {last}입니다")
    return head + f"{answer} numbers from {a} to {b} qualify; the smallest is {first}, the largest {last}"


shown = [why(a, b, k, answer) for (a, b, k), answer in zip(queries, answers)][:4]
if ko:
    head = "한 자리 수는 이웃한 자릿수가 없으므로 항상 조건을 만족합니다."
    tail = " 나머지 질문도 같은 방법으로 구합니다." if len(queries) > 4 else ""
    print(head + " " + ". ".join(shown) + "." + tail)
else:
    head = "A one-digit number has no neighbouring digits, so it always qualifies."
    tail = " The other questions are answered the same way." if len(queries) > 4 else ""
    print(head + " " + "; ".join(shown) + "." + tail)
