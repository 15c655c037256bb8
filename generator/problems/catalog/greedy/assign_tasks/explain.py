"""A sample's explanation: one largest pairing (found greedily: weakest helper first, easiest open job), shown
without the rule."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = list(map(int, case["input"].split()))
n, m = data[0], data[1]
helpers = sorted(data[2:2 + n])
jobs = sorted(data[2 + n:2 + n + m])
pairs, done = [], 0
for s in helpers:
    if done < m and s >= jobs[done]:
        pairs.append(f"{s}≥{jobs[done]}")
        done += 1
answer = int(case["output"].split()[0])
if not pairs:
    print("어떤 짝도 만들 수 없으므로 0입니다." if ko else "No pair is possible, so the answer is 0.")
else:
    shown = ", ".join(pairs)
    # One best pairing and its size, not the rule that finds it ("pairing from the smallest" gave it away).
    print(f"예를 들어 {shown}처럼 짝지으면 짝이 {answer}개이고, 이보다 많이 만들 수는 없습니다." if ko
          else f"For example, the pairs {shown} make {answer}; no pairing makes more.")
