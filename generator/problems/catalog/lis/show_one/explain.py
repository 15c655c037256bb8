"""A sample's explanation from its executed answer: reads {"input", "output", "language"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
answer = case["output"].split()
best, shown = answer[0], ", ".join(answer[1:])
if ko:
    print(f"가장 긴 증가하는 부분 수열의 길이는 {best}이고, 그 예는 {shown}입니다. 길이가 같은 다른 부분 수열을 출력해도 정답입니다.")
else:
    print(f"A longest strictly increasing subsequence has length {best}, for example {shown}. Any other one of the "
          f"same length is accepted as well.")
