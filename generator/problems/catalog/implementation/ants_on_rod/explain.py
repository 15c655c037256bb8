"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON.
Walking through each other instead of turning gives the same set of points; the order along the rod never changes,
so the k-th from the left (by starting point) takes the k-th point, and the explanation pairs them up."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}
walkers = texts.get("walkers", "walkers")
walker = texts.get("walker", "개미" if ko else "walker")
head, *rows = case["input"].strip().split("\n")
n, length, t = map(int, head.split())
starts = [(int(p), d) for p, d in (r.split() for r in rows[:n])]
ghosts = sorted(p + t if d == "R" else p - t for p, d in starts)
order = sorted(p for p, _ in starts)
fallen = [g for g in ghosts if not 0 <= g <= length]
SHOWN = 6
pairs = ", ".join(f"{p} → {g}" for p, g in zip(order[:SHOWN], ghosts)) + (", …" if n > SHOWN else "")
points = ", ".join(map(str, ghosts[:SHOWN])) + (", …" if n > SHOWN else "")
if ko:
    text = (f"만날 때 방향을 바꾸는 대신 서로 지나간다고 보면 {t}초 뒤의 지점은 {points}입니다. 방향을 바꿔도 "
            f"{walker}끼리의 순서는 바뀌지 않으므로 왼쪽부터 차례로 짝지으면 출발 지점 → 도착 지점은 {pairs}입니다.")
    if fallen:
        text += (f" 도착 지점이 0보다 작거나 {length}보다 큰 {walker}은(는) 떨어진 것이므로 -1입니다"
                 f"(도착 지점 {', '.join(map(str, fallen))}).")
else:
    text = (f"Letting them walk through each other instead of turning gives the points {points} after {t} "
            f"{'second' if t == 1 else 'seconds'}. Turning never changes the order of the {walkers}, so pairing "
            f"them from the left, start → end: {pairs}.")
    if fallen:
        many = len(fallen) > 1
        ends = ", ".join(map(str, fallen[:-1])) + " and " + str(fallen[-1]) if many else str(fallen[0])
        text += (f" The {walker if not many else walkers} ending at {ends}, outside "
                 f"0..{length}, {'have' if many else 'has'} fallen off (-1).")
print(text)
