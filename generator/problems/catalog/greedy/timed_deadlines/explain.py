"""A sample's explanation: the tasks kept by the greedy, done in deadline order, with their finishing times."""
import heapq
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = list(map(int, case["input"].split()))
n = data[0]
tasks = sorted((data[2 + 2 * i], data[1 + 2 * i], i + 1) for i in range(n))  # (deadline, duration, number)
kept, total = [], 0
for deadline, duration, number in tasks:
    heapq.heappush(kept, (-duration, -number, deadline))
    total += duration
    if total > deadline:
        total += heapq.heappop(kept)[0]
answer = int(case["output"].split()[0])
if answer == 0:
    print("제때 끝낼 수 있는 것이 없으므로 0입니다." if ko else "Nothing can be finished in time, so the answer is 0.")
else:
    chosen = sorted((d, -t, -k) for t, k, d in kept)
    clock, steps = 0, []
    for d, t, k in chosen:
        clock += t
        steps.append(f"{k}: {clock} ≤ {d}")
    shown = ", ".join(steps)
    print(f"마감이 빠른 순서로 하면 (번호: 끝나는 시각 ≤ 마감) {shown}입니다. 이렇게 {answer}개를 제때 끝낼 수 있습니다." if ko
          else f"Done in deadline order (number: finishing time ≤ deadline): {shown}. The answer is {answer}.")
