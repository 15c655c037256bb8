"""A sample's explanation: the longest shared part, computed from the sample."""
import json
import sys


case = json.load(sys.stdin)
ko = case["language"] == "ko"
a, b = case["input"].split()
overlap = next((L for L in range(min(len(a), len(b)), 0, -1) if a.endswith(b[:L])), 0)
answer = a + b[overlap:]
if overlap == 0:
    print(f"`{a}`의 어떤 끝부분도 `{b}`의 앞부분과 같지 않으므로 그대로 이어 붙인 `{answer}`이(가) 답입니다." if ko
          else f"No ending of `{a}` is a beginning of `{b}`, so the answer is the two glued together: `{answer}`.")
elif ko:
    print(f"`{a}`의 마지막 {overlap}글자 `{b[:overlap]}`이(가) `{b}`의 처음 {overlap}글자와 같고 더 길게는 겹칠 수 없으므로, "
          f"답은 길이 {len(answer)}의 `{answer}`입니다.")
else:
    print(f"The last {overlap} letters of `{a}` are `{b[:overlap]}`, the first {overlap} letters of `{b}`, and no "
          f"longer overlap works, so the answer is `{answer}` of length {len(answer)}.")
