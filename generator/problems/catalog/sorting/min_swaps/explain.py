"""A sample's explanation from its input: the cycles of target positions, each costing its length minus one."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
toks = case["input"].split()
n = int(toks[0])
a = list(map(int, toks[1:1 + n]))
target = {v: i for i, v in enumerate(sorted(a))}
seen, cycles = [False] * n, []
for start in range(n):
    cyc, i = [], start
    while not seen[i]:
        seen[i] = True
        cyc.append(a[i])
        i = target[a[i]]
    if len(cyc) > 1:
        cycles.append(cyc)
if not cycles:
    print("이미 증가하는 순서이므로 0입니다." if ko else "The row is already increasing, so the answer is 0.")
else:
    shown = ", ".join("(" + " → ".join(map(str, c)) + ")" for c in cycles)
    costs = " + ".join(str(len(c) - 1) for c in cycles)
    total = sum(len(c) - 1 for c in cycles)
    if ko:
        sums = f"{costs} = {total}" if len(cycles) > 1 else f"{total}"
        print(f"각 값이 가야 할 자리를 따라가면 순환이 생깁니다: {shown}. 길이 k인 순환은 k−1번 교환으로 정리되므로 {sums}번입니다.")
    else:
        found = f"the cycles {shown}. A cycle of length k needs k−1 swaps, so {costs} = {total}" if len(cycles) > 1 else \
            f"the cycle {shown}. A cycle of length k needs k−1 swaps, so the answer is {total}"
        print(f"Following each value to the place it belongs gives {found}.")
