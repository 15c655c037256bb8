"""A sample's explanation: the first few years' names, then the answer."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"


p, q, r, e, s, m = map(int, case["input"].split())
answer = int(case["output"].split()[0])
if answer == -1:
    print(f"어느 해도 ({e}, {s}, {m})이(가) 되지 않으므로 -1입니다." if ko else f"No year is named ({e}, {s}, {m}), so the answer is -1.")
else:
    print(f"{answer}년이 처음으로 ({e}, {s}, {m})이(가) 되는 해입니다." if ko else f"Year {answer} is the first year named ({e}, {s}, {m}).")
