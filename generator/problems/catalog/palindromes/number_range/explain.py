"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
a, b = map(int, case["input"].split())
answer = case["output"].split()[0]
found = [str(x) for x in range(a, b + 1) if str(x) == str(x)[::-1]]
shown = ", ".join(found[:12]) + (" …" if len(found) > 12 else "")
if ko:
    text = f"{a}부터 {b}까지의 팰린드롬은 {shown}입니다. 모두 {answer}개입니다." if found else "팰린드롬이 없으므로 답은 0입니다."
else:
    text = f"The palindromes from {a} to {b} are {shown}: {answer} in all." if found else "There is none, so the answer is 0."
print(text)
