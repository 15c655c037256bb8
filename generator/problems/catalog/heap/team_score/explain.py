"""A sample's explanation: the best team found by brute force over the sample (small), with its score."""
import json
import sys
from itertools import combinations

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = case["input"].split()
n, k = int(data[0]), int(data[1])
pairs = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(n)]
best, team = -1, ()
for size in range(1, k + 1):
    for chosen in combinations(range(n), size):
        score = sum(pairs[i][0] for i in chosen) * min(pairs[i][1] for i in chosen)
        if score > best:
            best, team = score, chosen
texts = case.get("texts") or {}
member = texts.get("member", "팀원" if ko else "member")
members = texts.get("members", "members")
speeds = " + ".join(str(pairs[i][0]) for i in team)
low = min(pairs[i][1] for i in team)
names = ", ".join(str(i + 1) for i in team)
total = f"({speeds})" if len(team) > 1 else speeds
if ko:
    print(f"{names}번 {member}을(를) 고르면 점수는 {total} × {low} = {best}이고, 이보다 큰 점수는 없습니다.")
elif len(team) == 1:
    print(f"Choosing {member} {names} alone gives {speeds} × {low} = {best}, the largest.")
else:
    listed = ", ".join(str(i + 1) for i in team[:-1]) + f" and {team[-1] + 1}"
    print(f"Choosing {members} {listed} gives {total} × {low} = {best}, the largest.")
