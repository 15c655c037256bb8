"""A sample's explanation, computed from the sample: the three values that make the answer, or why none does."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = list(map(int, case["input"].split()))
x = sorted(data[1:1 + data[0]])
answer = int(case["output"].split()[0])


if answer > 0:
    a, b, c = next((a, b, c) for a in x for b in x if b >= a for c in x if c >= b and a + b + c == answer)
    larger = [v for v in x if v > answer]
    rest = (f" 더 큰 {', '.join(map(str, larger))}은(는) 세 값의 합이 될 수 없습니다." if larger else "") if ko else \
        (f" No total of three gives {', '.join(map(str, larger))}." if larger else "")
    print(f"{answer} = {a} + {b} + {c}이므로 {answer}은(는) 세 값의 합입니다.{rest}" if ko
          else f"{answer} = {a} + {b} + {c} is a total of three values.{rest}")
else:
    low = 3 * x[0]
    print(f"가장 작은 값이 {x[0]}이므로 세 값의 합은 {low} 이상인데, {low} 이상인 값 중 세 값의 합인 것이 없습니다. 따라서 답은 -1입니다." if ko
          else f"The smallest value is {x[0]}, so every total of three is at least {low}, and no value of at least {low} is such a total; the answer is -1.")
