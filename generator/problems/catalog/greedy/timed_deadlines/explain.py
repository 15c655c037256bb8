"""A sample's explanation: one best set of tasks (the one the greedy keeps), done in deadline order, with their finishing
times; the words do not name the order's rule (a hard task)."""
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
    texts = case.get("texts") or {}
    task = texts.get("task", "일" if ko else "task")
    tasks = texts.get("tasks", "tasks") if answer != 1 else task
    if ko:
        print(f"예를 들어 다음 순서로 하면 (번호: 끝나는 시각 ≤ 마감) {shown}이므로 {task} {answer}개를 제때 끝낼 수 "
              f"있습니다. {answer + 1}개를 제때 끝내는 방법은 없습니다." if answer < n else
              f"예를 들어 다음 순서로 하면 (번호: 끝나는 시각 ≤ 마감) {shown}이므로 {task} {answer}개를 모두 제때 끝낼 "
              f"수 있습니다.")
    else:
        print(f"For example, in this order (number: finishing time ≤ deadline) {shown}, so {answer} {tasks} "
              f"{'finishes' if answer == 1 else 'finish'} in time; no order finishes {answer + 1}." if answer < n else
              f"For example, in this order (number: finishing time ≤ deadline) {shown}, so all {answer} {tasks} "
              f"finish in time.")
