"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
thing = case["texts"]["thing"]
nums = list(map(int, case["input"].split()))
n = nums[0]
poly = [(nums[1 + 2 * i], nums[2 + 2 * i]) for i in range(n)]
q = nums[1 + 2 * n]
qs = [(nums[2 + 2 * n + 2 * k], nums[3 + 2 * n + 2 * k]) for k in range(q)]
answers = case["output"].split()
parts = []
for k, ((px, py), ans) in enumerate(zip(qs, answers)):
    where = f"({px}, {py})"
    if ans == "ON":
        edge = next(i for i in range(n) if (lambda a, b: (b[0] - a[0]) * (py - a[1]) - (b[1] - a[1]) * (px - a[0]) == 0
                    and min(a[0], b[0]) <= px <= max(a[0], b[0]) and min(a[1], b[1]) <= py <= max(a[1], b[1]))(
                        poly[i], poly[(i + 1) % n]))
        a, b = poly[edge], poly[(edge + 1) % n]
        parts.append(f"{where}: 변 ({a[0]}, {a[1]})–({b[0]}, {b[1]}) 위에 있으므로 ON" if ko else
                     f"{where} lies on the edge ({a[0]}, {a[1]})–({b[0]}, {b[1]}): ON")
        continue
    crossed = []
    for i in range(n):
        (ax, ay), (bx, by) = poly[i], poly[(i + 1) % n]
        cross = (bx - ax) * (py - ay) - (by - ay) * (px - ax)
        if (ay > py) != (by > py) and (cross > 0) == (by > ay):
            crossed.append(f"({ax}, {ay})–({bx}, {by})")
    crossings = len(crossed)
    edges = ", ".join(crossed[:3]) + (" …" if crossings > 3 else "")
    if ko:
        parts.append(f"{where}: 오른쪽으로 뻗은 반직선이 경계를 지나지 않으므로 {ans}" if not crossed else
                     f"{where}: 오른쪽으로 뻗은 반직선이 변 {edges}에서 경계를 {crossings}번 지나므로 {ans}")
    else:
        parts.append(f"{where}: a ray to the right never crosses the border, so {ans}" if not crossed else
                     f"{where}: a ray to the right crosses the border {crossings} time{'s' if crossings != 1 else ''} "
                     f"(edge{'s' if crossings != 1 else ''} {edges}), so {ans}")
through_vertex = any(ans != "ON" and any(vy == py and vx > px for vx, vy in poly)
                     for (px, py), ans in list(zip(qs, answers))[:6])
lead = ("반직선이 꼭짓점을 지날 때는 한 끝이 점보다 높고 다른 끝은 높지 않은 변만 셉니다. 그래서 경계가 꼭짓점에서 "
        "반직선을 가로지르면 1번, 닿기만 하고 되돌아가면 0번이나 2번으로 셉니다. " if ko else
        "Where a ray passes through a vertex, only an edge with one end above the point and the other not counts: a "
        "border that crosses the ray at a vertex counts once, one that only touches it counts 0 or 2 times. ") \
    if through_vertex else ""
print(lead + ". ".join(parts[:6]) + "." + ((f" 나머지 {thing}도 같은 방법으로 구합니다." if ko else
                                   " The others are found the same way.") if len(parts) > 6 else ""))
