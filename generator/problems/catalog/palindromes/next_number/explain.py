"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
x = case["input"].split()[1]
answer = case["output"].split()[0]
n = len(x)
if x == "9" * n:
    text = (f"X의 숫자가 모두 9이므로 같은 자릿수의 팰린드롬 가운데 X보다 큰 것은 없습니다. 답은 한 자리 더 긴 {answer}입니다." if ko
            else f"{x} has only 9s, so no palindrome of {n} digits is larger; the answer {answer} has one digit more.")
else:
    gap = int(answer) - int(x) - 1  # the numbers between X and the answer, none of them a palindrome
    if ko:
        between = (f" {int(x) + 1}부터 {int(answer) - 1}까지의 수는 팰린드롬이 아닙니다." if gap > 1 else
                   f" 그 사이의 {int(x) + 1}은(는) 팰린드롬이 아닙니다." if gap == 1 else "")
        text = f"{x}보다 큰 가장 작은 팰린드롬은 {answer}입니다.{between}"
    else:
        between = (f" None of {int(x) + 1} to {int(answer) - 1} is a palindrome." if gap > 1 else
                   f" {int(x) + 1}, in between, is not a palindrome." if gap == 1 else "")
        text = f"The smallest palindrome larger than {x} is {answer}.{between}"
print(text)
