"""A sample's explanation from its executed answer: reads {"input", "output", "language"} as JSON. Shows
parentheses that reach the answer (one pair after every '-' up to the next '-') and the value, not the rule."""
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
else:
    # The value as the parentheses make it, not the rule that places them ("every number after the first - is
    # subtracted" gave the whole solution away).
    first = sum(map(int, groups[0].split("+")))
    rest = sum(int(t) for g in groups[1:] for t in g.split("+"))
    value = f"{first} − {rest} = {answer}"
    if shown == expr:
        print(f"괄호를 치지 않아도 값은 {value}이고, 이보다 작게 만들 수는 없습니다." if ko else
              f"Without any parentheses the value is {value}; no placement makes it smaller.")
    else:
        print(f"`{shown}`처럼 괄호를 치면 값은 {value}이고, 이보다 작게 만들 수는 없습니다." if ko else
              f"With the parentheses `{shown}` the value is {value}; no placement makes it smaller.")
