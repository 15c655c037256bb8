"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
n, k, low = map(int, case["input"].split())
ans = case["output"].strip()
rest = n - k * low
if rest < 0:
    print(f"{k}명에게 {low}개씩 주려면 {k * low}개가 필요하므로 방법이 없습니다." if ko
          else f"Giving {low} to each of {k} people needs {k * low} items, more than {n}: no way.")
elif ko:
    print(f"먼저 {k}명에게 {low}개씩 주면 {rest}개가 남고, 이를 나누는 방법은 C({rest} + {k - 1}, {k - 1}) = {ans}가지입니다.")
else:
    who = "the only person" if k == 1 else f"each of the {k} people"
    left = "nothing is left, which leaves" if rest == 0 else \
        f"the remaining {rest} {'is' if rest == 1 else 'are'} shared in"
    print(f"First give {low} to {who}; {left} C({rest} + {k - 1}, {k - 1}) = {ans} {'way' if ans == '1' else 'ways'}.")
