"""A sample's explanation, computed from the sample: every valid order when there are few, or a cycle of
conditions when there is none (samples are tiny, so every permutation is tried)."""
import json
import sys
from itertools import permutations

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = list(map(int, case["input"].split()))
n, m = data[0], data[1]
pairs = [(data[2 + 2 * k], data[3 + 2 * k]) for k in range(m)]
valid = []
for order in permutations(range(1, n + 1)):
    pos = {t: i for i, t in enumerate(order)}
    if all(pos[a] < pos[b] for a, b in pairs):
        valid.append(" ".join(map(str, order)))
if valid:
    listed = ", ".join(f"({v})" for v in valid)
    print(f"조건을 모두 만족하는 순서는 {listed}의 {len(valid)}가지입니다." if ko
          else f"The orders that satisfy every condition are {listed}: {len(valid)} in all.")
else:
    after = {t: sorted(b for a, b in pairs if a == t) for t in range(1, n + 1)}

    def find_cycle():
        for start in range(1, n + 1):
            stack = [(start, [start])]
            while stack:
                t, path = stack.pop()
                for nxt in after[t]:
                    if nxt == start:
                        return path
                    if nxt not in path:
                        stack.append((nxt, path + [nxt]))
        return []

    cycle = find_cycle()
    chain = " → ".join(map(str, cycle + cycle[:1]))
    print(f"조건에 따르면 {chain} 순으로 각각 다음 것보다 먼저 해야 하므로, {cycle[0]}번을 자기 자신보다 먼저 해야 합니다. 그런 순서는 없으므로 답은 0입니다." if ko
          else f"The conditions require {chain}, each before the next, so {cycle[0]} would have to come before itself; no order works and the answer is 0.")
