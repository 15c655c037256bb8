"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
tokens = [int(t) for t in case["input"].split()]
n, p = tokens[0], [0] + tokens[1:]
seen, loops = [False] * (n + 1), []
for start in range(1, n + 1):
    if not seen[start]:
        loop, v = [], start
        while not seen[v]:
            seen[v] = True
            loop.append(v)
            v = p[v]
        loops.append(" → ".join(map(str, loop + [start])))
shown = ", ".join(loops)
if ko:
    print(f"고리는 모두 {len(loops)}개입니다: {shown}.")
else:
    print(f"The loops are {shown}: {len(loops)} in all.")
