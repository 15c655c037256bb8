"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
cell = case["texts"]["cell"]
nums = list(map(int, case["input"].split()))
n, r, c = nums[0], nums[2], nums[3]
answer = case["output"].split()[0]
names = (["왼쪽 위", "오른쪽 위", "왼쪽 아래", "오른쪽 아래"] if ko else
         ["top-left", "top-right", "bottom-left", "bottom-right"])
steps, terms = [], []
rr, cc = r, c
for level in range(n - 1, -1, -1):
    half = 1 << level
    quarter = 2 * (rr >= half) + (cc >= half)
    rr, cc = rr % half, cc % half
    skipped = quarter * half * half
    side = 2 * half
    if ko:
        steps.append(f"{side} × {side}에서는 {names[quarter]} (앞의 {quarter}개 부분 × {half * half}칸 = {skipped})")
    else:
        steps.append(f"in the {side} × {side} square it is {names[quarter]} ({quarter} quarter"
                     f"{'' if quarter == 1 else 's'} of {half * half} before it: {skipped})")
    terms.append(str(skipped))
if ko:
    print(f"첫 질문의 {cell} ({r}, {c})의 자리: " + ", ".join(steps) + f". 번호는 {' + '.join(terms)} = {answer}입니다.")
else:
    print(f"The first question's {cell} ({r}, {c}): " + "; ".join(steps) + f". Its number is {' + '.join(terms)} = "
          f"{answer}.")
