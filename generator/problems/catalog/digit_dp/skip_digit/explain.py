"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON.
A small N lists the numbers that hold the digit (the ones left out); a large N splits the count into the numbers
shorter than N and those as long as N, and names the largest number counted (a witness that the count reaches it)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
nums = list(map(int, case["input"].split()))
queries = [(nums[1 + 2 * i], nums[2 + 2 * i]) for i in range(nums[0])]
answers = case["output"].split()
SMALL = 60  # N up to this: the numbers holding D are listed


def listed(values):
    values = list(map(str, values))
    if len(values) > 8:
        values = values[:3] + ["…"] + values[-2:]
    return ", ".join(values)


def largest_without(n, d):
    """The largest number <= n with no digit d, or 0 if there is none."""
    s = str(n)
    if str(d) not in s:
        return n
    fill = "8" if d == 9 else "9"
    for j in range(s.index(str(d)), -1, -1):
        for x in range(int(s[j]) - 1, 0 if j == 0 else -1, -1):
            if x != d:
                return int(s[:j] + str(x) + fill * (len(s) - j - 1))
    return int(fill * (len(s) - 1)) if len(s) > 1 else 0


def shorter(n, d):
    """How many numbers with fewer digits than n have no digit d."""
    first = 9 if d == 0 else 8
    return sum(first * 9 ** (length - 1) for length in range(1, len(str(n))))


def why(n, d, answer):
    if n <= SMALL:
        held = [x for x in range(1, n + 1) if str(d) in str(x)]
        if not held:
            return (f"N = {n}, D = {d}: 1부터 {n}까지 숫자 {d}이(가) 들어 있는 수가 없으므로 답은 {answer}입니다" if ko else
                    f"N = {n}, D = {d}: no number from 1 to {n} holds the digit {d}, so {answer}")
        return (f"N = {n}, D = {d}: 1부터 {n}까지 중 숫자 {d}이(가) 들어 있는 수는 {listed(held)}의 {len(held)}개이므로 "
                f"답은 {n} − {len(held)} = {answer}입니다" if ko else
                (f"N = {n}, D = {d}: of 1 to {n}, the {len(held)} numbers {listed(held)} hold the digit {d}, "
                 if len(held) > 1 else f"N = {n}, D = {d}: of 1 to {n}, only {held[0]} holds the digit {d}, ")
                + f"so {n} − {len(held)} = {answer}")
    few = shorter(n, d)
    top = largest_without(n, d)
    length = len(str(n))
    if ko:
        return (f"N = {n}, D = {d}: {length - 1}자리 이하의 수 중 숫자 {d}이(가) 없는 수가 {few}개, {length}자리이면서 N 이하인 수 중 "
                f"{int(answer) - few}개로 모두 {answer}개이며, 그중 가장 큰 수는 {top}입니다")
    return (f"N = {n}, D = {d}: {few} numbers of at most {length - 1} digits and {int(answer) - few} of {length} digits "
            f"up to N have no digit {d}, {answer} in all; the largest of them is {top}")


shown = [why(n, d, a) for (n, d), a in zip(queries, answers)][:4]
if ko:
    head = "수는 앞에 0을 붙이지 않고 씁니다."
    tail = " 나머지 질문도 같은 방법으로 구합니다." if len(queries) > 4 else ""
    print(head + " " + ". ".join(shown) + "." + tail)
else:
    head = "Numbers are written without leading zeros."
    tail = " The other questions are answered the same way." if len(queries) > 4 else ""
    print(head + " " + "; ".join(shown) + "." + tail)
