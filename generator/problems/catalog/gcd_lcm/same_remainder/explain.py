"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON.
Shows every number's remainder for the answer M, and for M + 1 two numbers whose remainders differ."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
values = list(map(int, case["input"].split()[1:]))
answer = case["output"].split()
if answer == ["-1"]:
    print("모든 수가 같으므로 어떤 M으로 나누어도 나머지가 같습니다." if ko else
          "All numbers are equal, so they leave the same remainder for every M.")
else:
    m, r = map(int, answer)
    rems = ", ".join(f"{v} mod {m} = {r}" for v in values)
    bigger = m + 1
    other = next(v for v in values if v % bigger != values[0] % bigger)
    differ = f"{values[0]} mod {bigger} = {values[0] % bigger}, {other} mod {bigger} = {other % bigger}"
    if ko:
        print(f"M = {m}일 때 모든 수의 나머지가 {r}입니다: {rems}. M = {bigger}일 때는 나머지가 같지 않습니다"
              f"({differ}). M이 {m}보다 크면 언제나 이처럼 나머지가 다른 두 수가 있으므로, 답은 M = {m}, r = {r}입니다.")
    else:
        print(f"With M = {m} every number leaves {r}: {rems}. With M = {bigger} they do not agree ({differ}), and "
              f"every M larger than {m} likewise leaves two numbers with different remainders, so the answer is "
              f"M = {m}, r = {r}.")
