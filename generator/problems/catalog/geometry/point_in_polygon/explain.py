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
    crossings = 0
    for i in range(n):
        (ax, ay), (bx, by) = poly[i], poly[(i + 1) % n]
        cross = (bx - ax) * (py - ay) - (by - ay) * (px - ax)
        if (ay > py) != (by > py) and (cross > 0) == (by > ay):
            crossings += 1
    parts.append(f"{where}: 오른쪽으로 뻗은 반직선이 경계를 {crossings}번 지나므로 {ans}" if ko else
                 f"{where}: a ray to the right crosses the border {crossings} time{'s' if crossings != 1 else ''}, so {ans}")
lead = ("한 끝은 점보다 높고 다른 끝은 높지 않은 변만 세므로, 반직선이 꼭짓점을 지나도 두 번 세지 않습니다. 홀수 번이면 안쪽입니다. " if ko else
        "An edge counts when one of its ends is above the point and the other is not, so a ray through a vertex never "
        "counts it twice; an odd count means inside. ")
print(lead + ". ".join(parts[:6]) + "." + ((f" 나머지 {thing}도 같은 방법으로 구합니다." if ko else
                                            " The others are found the same way.") if len(parts) > 6 else ""))
