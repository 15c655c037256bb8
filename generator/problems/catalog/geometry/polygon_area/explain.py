"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON.
Cuts the polygon along diagonals into triangles (found by clipping ears) and lists each with its area, so the reader
can check the pieces one by one and add them up."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
field = (case.get("texts") or {}).get("field", "다각형" if ko else "polygon")
nums = list(map(int, case["input"].split()))
n = nums[0]
pts = [(nums[1 + 2 * i], nums[2 + 2 * i]) for i in range(n)]


def cross(o, a, b):
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def inside_or_on(p, a, b, c):  # a, b, c counterclockwise
    return cross(a, b, p) >= 0 and cross(b, c, p) >= 0 and cross(c, a, p) >= 0


twice = sum(pts[i][0] * pts[(i + 1) % n][1] - pts[(i + 1) % n][0] * pts[i][1] for i in range(n))
ring = list(range(n)) if twice > 0 else list(range(n))[::-1]
triangles = []
while len(ring) > 3:
    for k in range(len(ring)):
        a, b, c = (pts[ring[(k + j) % len(ring)]] for j in (-1, 0, 1))
        turn = cross(a, b, c)
        if turn == 0:  # b lies on the straight line from a to c: no piece to cut off
            break
        if turn > 0 and not any(inside_or_on(pts[v], a, b, c) for v in ring if pts[v] not in (a, b, c)):
            triangles.append((a, b, c, turn))
            break
    del ring[k]
a, b, c = (pts[v] for v in ring)
if cross(a, b, c):
    triangles.append((a, b, c, cross(a, b, c)))
triangles.sort(key=lambda t: sorted(pts.index(p) for p in t[:3]))


def half(x):
    return f"{x // 2}" if x % 2 == 0 else f"{x // 2}.5"


def corner(p):
    return f"({p[0]}, {p[1]})"


answer = case["output"].strip()
pieces = [f"{corner(a)}–{corner(b)}–{corner(c)}" for a, b, c, _ in triangles]
areas = [half(t) for *_, t in triangles]
added = " + ".join(areas) + f" = {answer}"
if ko:
    listed = ", ".join(f"{p}의 넓이는 {s}" for p, s in zip(pieces, areas))
    print(f"꼭짓점끼리 잇는 선분으로 {field} 안을 자르면 삼각형 {len(triangles)}개가 됩니다. {listed}이고, "
          f"모두 더하면 {added}입니다.")
else:
    listed = "; ".join(f"{p} (area {s})" for p, s in zip(pieces, areas))
    print(f"Cutting the {field} along segments between its corners gives {len(triangles)} triangles: {listed}. "
          f"Their areas add up to {added}.")
