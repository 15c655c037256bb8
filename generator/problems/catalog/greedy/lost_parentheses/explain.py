"""A sample's explanation from its executed answer: reads {"input", "output", "language"} as JSON. Shows the
parentheses that reach the answer: one pair after every '-' up to the next '-'."""
import json
import sys

case = json.load(sys.stdin)
expr = case["input"].split()[0]
answer = case["output"].split()[0]
groups = expr.split("-")
shown = groups[0] + "".join("-(" + g + ")" if "+" in g else "-" + g for g in groups[1:])
ko = case["language"] == "ko"
if len(groups) == 1:
    print("`-`가 없으므로 괄호를 어떻게 쳐도 모든 수를 더하게 되어 답은 " + answer + "입니다." if ko else
          f"There is no `-`, so every number is added however the parentheses go: the answer is {answer}.")
elif shown == expr:
    print(f"첫 `-` 뒤의 수는 모두 이미 빼지므로 괄호가 필요 없고, 값은 {answer}입니다." if ko else
          f"Every number after the first `-` is already subtracted, so no parentheses are needed: {answer}.")
else:
    print(f"`{shown}`처럼 괄호를 치면 첫 `-` 뒤의 수를 모두 빼게 되어 값이 {answer}입니다." if ko else
          f"With the parentheses `{shown}` every number after the first `-` is subtracted, giving {answer}.")
