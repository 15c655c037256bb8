"""A sample's explanation: for each question, the neighbours around X and their distances (samples are tiny)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = list(map(int, case["input"].split()))
n, q = data[0], data[1]
a, xs = data[2:2 + n], data[2 + n:2 + n + q]
got = case["output"].split()
parts = []
for x, g in zip(xs, got):
    below = [v for v in a if v <= x]
    above = [v for v in a if v >= x]
    near = sorted({*(below[-1:]), *(above[:1])})
    dist = ", ".join(f"|{v} - {x}| = {abs(v - x)}" for v in near)
    parts.append(f"X = {x}: {dist} → {g}")
print("; ".join(parts) + ".")
