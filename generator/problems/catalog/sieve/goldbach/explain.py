"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON.
Each number is shown with its closest split and, when that split is not the middle one, the closer splits that
fail (the first three of them), so the answer can be checked."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
ns = case["input"].split()[1:]
pairs = case["output"].split("\n")
SHOWN = 3  # closer splits listed before "…"


def part(n, p, q):
    closer = [f"{a} + {n - a}" for a in range(n // 2, p, -1)]
    if not closer:
        return f"{n} = {p} + {q}"
    listed = ", ".join(closer[:SHOWN]) + (", …" if len(closer) > SHOWN else "")
    if ko:
        each = "각각 " if len(closer) > 1 else ""
        return f"{n} = {p} + {q} (더 가까운 분할 {listed}에는 {each}소수가 아닌 수가 있음)"
    if len(closer) == 1:
        return f"{n} = {p} + {q} (the closer split {listed} has a part that is not prime)"
    return f"{n} = {p} + {q} (the closer splits {listed} each have a part that is not prime)"


parts = [part(int(n), *map(int, pq.split())) for n, pq in zip(ns, pairs)]
print(("차이가 가장 작은 분할: " if ko else "Closest partitions: ") + "; ".join(parts) + ".")
