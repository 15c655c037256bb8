"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys
from math import comb

case = json.load(sys.stdin)
ko = case["language"] == "ko"
nums = list(map(int, case["input"].split()[1:]))
answers = case["output"].strip().split("\n")
parts = []
for i, ans in enumerate(answers):
    a, b = nums[2 * i], nums[2 * i + 1]
    if b > a:
        parts.append(f"a = {a}, b = {b}: " + ("B가 더 많으므로 0" if ko else "B has more votes, so 0"))
    else:
        bad = comb(a + b, b - 1) if b else 0
        parts.append(f"a = {a}, b = {b}: C({a + b}, {b}) - C({a + b}, {b - 1}) = {comb(a + b, b)} - {bad} = {ans}")
# A bad order of a sample to show the swap on: A, then B twice (A is first behind after three letters), then the
# other letters; with one B, just that B first.
example = ""
for i in range(len(answers)):
    a, b = nums[2 * i], nums[2 * i + 1]
    if 1 <= b <= a and a + b <= 12:
        head = "ABB" if b >= 2 else "B"
        rest = "A" * (a - head.count("A")) + "B" * (b - head.count("B"))
        swapped = head.translate(str.maketrans("AB", "BA"))
        example = (head, rest, swapped)
        break
if ko:
    shown = ""
    if example:
        head, rest, swapped = example
        shown = f"(예: {head}{rest}에서는 {head} 다음에 A가 처음 뒤지고, 이 부분을 바꾸면 {swapped}{rest})"
    print("순서는 모두 C(a + b, b)가지이고(B의 표가 나오는 순간을 고르는 방법), 여기서 A가 한 번이라도 뒤지는 나쁜 순서를 "
          "뺍니다. 나쁜 순서에서 A가 처음으로 뒤지는 순간에는 B가 정확히 한 표 앞섭니다. 그 순간까지의 글자를 모두 A ↔ B로 "
          f"맞바꾸면{shown} 그 부분은 A가 한 표 더 많아지므로, 전체는 A가 a + 1표, B가 b - 1표인 순서가 됩니다. 거꾸로 "
          "A가 a + 1표, B가 b - 1표인 순서는 끝에서 A가 두 표 이상 앞서므로 중간에 A가 정확히 한 표 앞서는 순간이 있고, "
          "그 첫 순간까지를 다시 맞바꾸면 원래의 나쁜 순서로 돌아갑니다. 그래서 나쁜 순서의 수는 B가 b - 1표인 순서의 수 "
          "C(a + b, b - 1)과 같습니다. " + "; ".join(parts) + ".")
else:
    shown = ""
    if example:
        head, rest, swapped = example
        shown = f" (for example, in {head}{rest} A is first behind after {head}, which becomes {swapped}: {swapped}{rest})"
    print("There are C(a + b, b) orders in all (choose the moments of B's ballots); subtract the bad ones, where A is "
          "behind at some moment. At the first such moment B leads by exactly one. Swap A and B in every letter up to "
          f"that moment{shown}: that part then has one more A than B, so the whole order now has a + 1 letters A and "
          "b - 1 letters B. Going back, an order with a + 1 A and b - 1 B ends with A ahead by at least two, so at some "
          "moment A leads by exactly one, and swapping up to the first such moment gives the bad order back. So the "
          "bad orders are as many as the orders with b - 1 letters B, C(a + b, b - 1): " + "; ".join(parts) + ".")
