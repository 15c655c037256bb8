"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON.
Each one's end point after t seconds, from the left by starting point (computed as walking through each other, which
gives the same set of points in the same order; the explanation does not say so: that is the whole solution)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}
walkers = texts.get("walkers", "walkers")
walker = texts.get("walker", "개미" if ko else "walker")
rod = texts.get("rod", "막대" if ko else "rod")
head, *rows = case["input"].strip().split("\n")
n, length, t = map(int, head.split())
starts = [(int(p), d) for p, d in (r.split() for r in rows[:n])]
ghosts = sorted(p + t if d == "R" else p - t for p, d in starts)
order = sorted(p for p, _ in starts)
fallen = [g for g in ghosts if not 0 <= g <= length]
SHOWN = 6
# Where each one is after t seconds (from the left, by starting point), not why: "walk through each other instead of
# turning", which the explanation said before, is the whole solution.
fell = "떨어짐(-1)" if ko else "fallen off (-1)"
pairs = ", ".join(f"{p} → {g if 0 <= g <= length else fell}" for p, g in zip(order[:SHOWN], ghosts)) + (
    ", …" if n > SHOWN else "")
seconds = "second" if t == 1 else "seconds"
if ko:
    text = f"{t}초 뒤 {walker}들의 위치는 왼쪽부터 출발 지점 → 도착 지점으로 {pairs}입니다."
    if fallen:
        text += f" 0보다 작거나 {length}보다 큰 곳에 이르는 {walker}은(는) {rod}에서 떨어집니다."
else:
    text = f"After {t} {seconds}, the {walkers} from the left, start → end: {pairs}."
    if fallen:
        text += f" Any {walker} that goes past 0 or {length} falls off the {rod}."
print(text)
