"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON.

Each pair gets a witness, not the method: the point where the two segments meet (or the stretch they share), else
where the lines through them cross and which segment misses that point, or that they are parallel, or how two
segments on one line stay apart. The orientation test is what the task teaches, so it is not spelled out here."""
import json
import sys
from fractions import Fraction

case = json.load(sys.stdin)
ko = case["language"] == "ko"
one = case["texts"]["segment"]  # the theme's word: road, cable, pipe
many = case["texts"].get("segments", one)
nums = list(map(int, case["input"].split()))
answers = case["output"].split()


def cross(p, q):
    return p[0] * q[1] - p[1] * q[0]


def minus(p, q):
    return (p[0] - q[0], p[1] - q[1])


def shown(p):
    def number(v):
        v = Fraction(v)
        return str(v.numerator) if v.denominator == 1 else f"{v.numerator}/{v.denominator}"
    return f"({number(p[0])}, {number(p[1])})"


def witness(a, b, c, d):
    r, s, ca = minus(b, a), minus(d, c), minus(c, a)
    den = cross(r, s)
    if den != 0:
        t, u = Fraction(cross(ca, s), den), Fraction(cross(ca, r), den)
        point = shown((a[0] + t * r[0], a[1] + t * r[1]))
        if 0 <= t <= 1 and 0 <= u <= 1:
            return f"두 {one}이(가) {point}에서 만납니다" if ko else f"the two {many} meet at {point}"
        which = ("첫째" if ko else "first") if not 0 <= t <= 1 else ("둘째" if ko else "second")
        return (f"두 {one}을(를) 늘인 직선은 {point}에서 만나지만 이 점이 {which} {one} 위에 있지 않으므로 만나지 "
                f"않습니다" if ko else
                f"the lines through the two {many} cross at {point}, which is not on the {which} {one}, so they do "
                f"not meet")
    if cross(ca, r) != 0:
        return (f"두 {one}은(는) 평행하고 서로 다른 직선 위에 있으므로 만나지 않습니다" if ko else
                f"the two {many} are parallel and on different lines, so they do not meet")
    # On one line: the lexicographic order of the points is their order along it.
    (lo1, hi1), (lo2, hi2) = sorted((a, b)), sorted((c, d))
    lo, hi = max(lo1, lo2), min(hi1, hi2)
    if lo < hi:
        return (f"두 {one}은(는) 한 직선 위에 있고 {shown(lo)}부터 {shown(hi)}까지 겹칩니다" if ko else
                f"the two {many} lie on one line and share the stretch from {shown(lo)} to {shown(hi)}")
    if lo == hi:
        return (f"두 {one}은(는) 한 직선 위에 있고 {shown(lo)}에서 닿습니다" if ko else
                f"the two {many} lie on one line and touch at {shown(lo)}")
    return (f"두 {one}은(는) 한 직선 위에 있지만 한쪽은 {shown(hi)}에서 끝나고 다른 쪽은 {shown(lo)}에서 시작하므로 "
            f"만나지 않습니다" if ko else
            f"the two {many} lie on one line, but one ends at {shown(hi)} and the other starts at {shown(lo)}, so they "
            f"do not meet")


parts = []
for i in range(min(nums[0], 4)):
    v = nums[1 + 8 * i:9 + 8 * i]
    text = witness((v[0], v[1]), (v[2], v[3]), (v[4], v[5]), (v[6], v[7]))
    parts.append(f"{i + 1}번: {text}" if ko else f"Pair {i + 1}: {text}")
print(". ".join(parts) + ".")
