"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
point = case["texts"]["point"]
nums = list(map(int, case["input"].split()))
n = nums[0]
pts = sorted((nums[1 + 2 * i], nums[2 + 2 * i]) for i in range(n))


def cross(o, a, b):
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def chain(points):
    h = []
    for p in points:
        while len(h) >= 2 and cross(h[-2], h[-1], p) <= 0:
            h.pop()
        h.append(p)
    return h


hull = chain(pts)[:-1] + chain(pts[::-1])[:-1]
on_edge = [p for p in pts if p not in hull and any(
    cross(hull[i], hull[(i + 1) % len(hull)], p) == 0
    and min(hull[i][0], hull[(i + 1) % len(hull)][0]) <= p[0] <= max(hull[i][0], hull[(i + 1) % len(hull)][0])
    and min(hull[i][1], hull[(i + 1) % len(hull)][1]) <= p[1] <= max(hull[i][1], hull[(i + 1) % len(hull)][1])
    for i in range(len(hull)))]
corners = " → ".join(f"({x}, {y})" for x, y in hull)
edge = ", ".join(f"({x}, {y})" for x, y in on_edge)
answer = case["output"].strip()
if ko:
    text = f"반시계 방향으로 돈 볼록 껍질의 꼭짓점은 {corners}입니다."
    if on_edge:
        text += f" {edge}도 껍질의 경계 위에 있지만 두 꼭짓점 사이의 곧은 부분에 있으므로 꼭짓점이 아닙니다."
    inner = n - len(hull) - len(on_edge)
    if inner:
        text += f" 나머지 {point} {inner}개는 껍질 안쪽에 있습니다."
    print(text + f" 답은 {answer}입니다.")
else:
    text = f"Going counterclockwise, the corners of the convex hull are {corners}."
    if on_edge:
        text += f" {edge} {'lies' if len(on_edge) == 1 else 'lie'} on the hull's boundary too, but on a straight stretch between two corners, so {'it is not a corner' if len(on_edge) == 1 else 'they are not corners'}."
    inner = n - len(hull) - len(on_edge)
    if inner:
        text += f" The other {inner} {'one lies' if inner == 1 else 'lie'} inside the hull."
    print(text + f" The answer is {answer}.")
