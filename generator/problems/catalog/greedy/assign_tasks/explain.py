"""A sample's explanation: the pairs the greedy forms (weakest helper first, easiest open job)."""
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
    print(f"작은 값부터 짝지으면 {shown}: 짝 {answer}개가 최대입니다." if ko
          else f"Pairing from the smallest values: {shown}, so {answer} {'pair is' if answer == 1 else 'pairs is'} the most.")
