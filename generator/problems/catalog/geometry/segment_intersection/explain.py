"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
nums = list(map(int, case["input"].split()))
answers = case["output"].split()


def ccw(a, b, c):
    v = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
    return (v > 0) - (v < 0)


def name(p):
    return f"({p[0]}, {p[1]})"


parts = []
for i in range(nums[0]):
    v = nums[1 + 8 * i:9 + 8 * i]
    a, b, c, d = (v[0], v[1]), (v[2], v[3]), (v[4], v[5]), (v[6], v[7])
    s = [ccw(a, b, c), ccw(a, b, d), ccw(c, d, a), ccw(c, d, b)]
    head = f"{i + 1}번: " if ko else f"Pair {i + 1}: "
    signs = f"CCW(A, B, C) = {s[0]}, CCW(A, B, D) = {s[1]}, CCW(C, D, A) = {s[2]}, CCW(C, D, B) = {s[3]}"
    if s == [0, 0, 0, 0]:
        lo1, hi1 = sorted((a, b))
        lo2, hi2 = sorted((c, d))
        why = (f"네 점이 한 직선 위에 있으므로 직선을 따라 두 구간을 비교합니다. {name(lo1)}–{name(hi1)}, "
               f"{name(lo2)}–{name(hi2)}: {'겹치거나 닿습니다' if answers[i] == '1' else '떨어져 있습니다'}" if ko else
               f"all four points lie on one line, so compare the stretches {name(lo1)}–{name(hi1)} and "
               f"{name(lo2)}–{name(hi2)} along it: they {'overlap or touch' if answers[i] == '1' else 'are apart'}")
    elif answers[i] == "1":
        why = ("두 곱 CCW(A, B, C)·CCW(A, B, D)와 CCW(C, D, A)·CCW(C, D, B)가 모두 0 이하이므로 만납니다" if ko else
               "both products CCW(A, B, C)·CCW(A, B, D) and CCW(C, D, A)·CCW(C, D, B) are at most 0, so they meet")
    else:
        why = ("한 선분의 두 끝점이 다른 선분의 직선에 대해 같은 쪽에 있으므로 만나지 않습니다" if ko else
               "both ends of one segment lie on the same side of the other's line, so they do not meet")
    parts.append(f"{head}{signs}; {why}")
lead = ("각 쌍에서 첫 선분을 A–B, 둘째 선분을 C–D라고 합니다. " if ko else
        "In each pair call the first segment A–B and the second C–D. ")
print(lead + ". ".join(parts[:4]) + ".")
