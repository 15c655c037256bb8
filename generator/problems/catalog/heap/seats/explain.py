"""A sample's explanation: the free numbers at each arrival and the one taken."""
import heapq
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
lines = case["input"].split("\n")
freed, next_new, steps = [], 1, []
for line in lines[1:1 + int(lines[0])]:
    if line == "+":
        if freed:
            x = heapq.heappop(freed)
            steps.append(f"{x}" + (" (비어 있던 번호 중 가장 작음)" if ko else " (smallest freed)"))
        else:
            x, next_new = next_new, next_new + 1
            steps.append(f"{x}" + (" (새 번호)" if ko else " (new)"))
    else:
        heapq.heappush(freed, int(line[2:]))
print(("도착 순서대로: " if ko else "Arrivals in order: ") + ", ".join(steps) + ".")
