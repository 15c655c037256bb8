"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON.
A range with few multiples of K lists the numbers counted; a long one gives its count, and its
smallest and largest counted numbers are named with their digit sums (found by binary search on the count: a
witness of the answer's ends)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
nums = list(map(int, case["input"].split()))
t, k = nums[0], nums[1]
queries = [(nums[2 + 2 * i], nums[3 + 2 * i]) for i in range(t)]
answers = list(map(int, case["output"].split()))
FEW = 2000  # ranges with up to this many multiples of K: the numbers are listed

table = [[[0] * k for _ in range(k)]]
table[0][0][0] = 1
for length in range(1, 19):
    rows = [[0] * k for _ in range(k)]
    for r in range(k):
        for s in range(k):
            if table[-1][r][s]:
                for x in range(10):
                    rows[(x * pow(10, length - 1, k) + r) % k][(s + x) % k] += table[-1][r][s]
    table.append(rows)


def digit_sum(x):
    return sum(map(int, str(x)))


def count(n):
    """How many of 1..n are divisible by k with a digit sum divisible by k."""
    digits = list(map(int, str(n)))
    total = value = dsum = 0
    for i, c in enumerate(digits):
        rest = len(digits) - 1 - i
        for x in range(c):
            total += table[rest][-(value * 10 + x) * pow(10, rest, k) % k][-(dsum + x) % k]
        value, dsum = (value * 10 + c) % k, (dsum + c) % k
    return total + (1 if value == 0 and dsum == 0 else 0) - 1  # 0 is not in 1..n


def kth(j):
    """The j-th counted number from 1 on."""
    lo, hi = 1, 10 ** 19
    while lo < hi:
        mid = (lo + hi) // 2
        if count(mid) >= j:
            hi = mid
        else:
            lo = mid + 1
    return lo


def shown_number(x):
    return (f"{x}(= {k} × {x // k}, 자릿수의 합 {digit_sum(x)})" if ko else
            f"{x} (= {k} × {x // k}, digit sum {digit_sum(x)})")


def listed(values):
    if len(values) > 4:
        return ", ".join(map(shown_number, values[:2])) + ", …, " + ", ".join(map(shown_number, values[-2:]))
    return ", ".join(map(shown_number, values))


def why(a, b, answer):
    head = f"A = {a}, B = {b}: "
    if b // k - (a - 1) // k <= FEW:
        found = [x for x in range((a + k - 1) // k * k, b + 1, k) if digit_sum(x) % k == 0]
        if not found:
            return head + (f"{a}부터 {b}까지 조건을 만족하는 수가 없으므로 답은 0입니다" if ko else
                           f"no number from {a} to {b} qualifies, so 0")
        return head + (f"조건을 만족하는 수는 {listed(found)}의 {answer}개입니다" if ko else
                       f"the numbers that qualify are {listed(found)}: {answer}")
    below, upto_b = count(a - 1), count(b)
    # The count and the two ends of what qualifies, checkable against the rule; not the count up to B minus the count
    # up to A - 1, which is the method (and whose two counts no reader can check either).
    if not answer:
        return head + (f"{a}부터 {b}까지 조건을 만족하는 수가 없으므로 답은 0입니다" if ko else
                       f"no number from {a} to {b} qualifies, so 0")
    first, last = kth(below + 1), kth(upto_b)
    if ko:
        return head + (f"{a}부터 {b}까지 조건을 만족하는 수는 {answer}개이며, 가장 작은 수는 {shown_number(first)}, "
                       f"가장 큰 수는 {shown_number(last)}입니다")
    return head + f"{answer} numbers from {a} to {b} qualify; the smallest is {shown_number(first)}, the largest {shown_number(last)}"


shown = [why(a, b, answer) for (a, b), answer in zip(queries, answers)][:4]
if ko:
    tail = " 나머지 질문도 같은 방법으로 구합니다." if len(queries) > 4 else ""
    print(f"K = {k}. " + ". ".join(shown) + "." + tail)
else:
    tail = " The other questions are answered the same way." if len(queries) > 4 else ""
    print(f"K = {k}. " + "; ".join(shown) + "." + tail)
