"""A sample's explanation: the best team found by brute force over the sample (small), with its score."""
import json
import sys
from itertools import combinations

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = case["input"].split()
n, k = int(data[0]), int(data[1])
members = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(n)]
best, team = -1, ()
for size in range(1, k + 1):
    for chosen in combinations(range(n), size):
        score = sum(members[i][0] for i in chosen) * min(members[i][1] for i in chosen)
        if score > best:
            best, team = score, chosen
speeds = " + ".join(str(members[i][0]) for i in team)
low = min(members[i][1] for i in team)
names = ", ".join(str(i + 1) for i in team)
if ko:
    print(f"{names}번을 고를 때의 점수 ({speeds}) × {low} = {best}, 이것이 최댓값입니다.")
else:
    print(f"Choosing members {names} gives ({speeds}) × {low} = {best}, the largest.")
