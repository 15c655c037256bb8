"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys
from collections import deque

case = json.load(sys.stdin)
ko = case["language"] == "ko"
nums = list(map(int, case["input"].split()))
n, length, limit = nums[0], nums[1], nums[2]
weights = nums[3:3 + n]
# replay the reference's clock jumps, recording when each one gets on
on_bridge: deque[tuple[int, int]] = deque()
load, time, entries = 0, -1, []
for weight in weights:
    time += 1
    while on_bridge and on_bridge[0][0] <= time:
        load -= on_bridge.popleft()[1]
    while load + weight > limit:
        exit_time, gone = on_bridge.popleft()
        time = max(time, exit_time)
        load -= gone
    on_bridge.append((time + length, weight))
    load += weight
    entries.append(time)
times = ", ".join(map(str, entries))
if ko:
    print(f"올라가는 시각은 차례로 {times}이고, 마지막은 시각 {entries[-1]} + {length} = {entries[-1] + length}에 내려옵니다.")
else:
    print(f"They get on at times {times}; the last one gets off at {entries[-1]} + {length} = {entries[-1] + length}.")
