"""A sample's explanation, computed from the sample: one best pair and its sum, and the best pair of opposite
signs when that is worse."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = list(map(int, case["input"].split()))
n = data[0]
values = data[1:1 + n]
pairs = [(abs(a + b), min(a, b), max(a, b)) for i, a in enumerate(values) for b in values[i + 1:]]
best = min(pairs)
mixed = [p for p in pairs if p[1] < 0 <= p[2]]


def shown(p):
    return f"{p[1]} + {p[2]} = {p[1] + p[2]}" if p[2] >= 0 else f"{p[1]} + ({p[2]}) = {p[1] + p[2]}"


text = (f"합이 0에 가장 가까운 쌍: {shown(best)}, 따라서 답은 {best[0]}입니다." if ko else
        f"{shown(best)} is the closest to 0, so the answer is {best[0]}.")
if mixed and min(mixed)[0] > best[0]:
    text += (f" (부호가 다른 두 값 중 가장 가까운 쌍은 {shown(min(mixed))}, 이보다 멉니다.)" if ko else
             f" Among pairs of opposite signs the closest is {shown(min(mixed))}, which is farther.")
print(text)
