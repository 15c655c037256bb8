"""A sample's explanation: one best choice, found by trying every allowed choice (samples are tiny)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = list(map(int, case["input"].split()))
n, m, cap = data[0], data[1], data[2]
items = [(data[3 + 3 * i], data[4 + 3 * i], data[5 + 3 * i]) for i in range(n)]
answer = int(case["output"].split()[0])
size = [0] * (m + 1)
for g, _, _ in items:
    size[g] += 1
witness = None
if n <= 14:
    for mask in range(1 << n):
        taken = [0] * (m + 1)
        chosen = [i for i in range(n) if mask >> i & 1]
        for i in chosen:
            taken[items[i][0]] += 1
        if not all(taken[g] <= 1 or taken[g] == size[g] for g in range(1, m + 1)):
            continue
        weight = sum(items[i][1] for i in chosen)
        if weight <= cap and sum(items[i][2] for i in chosen) == answer:
            witness = (chosen, weight)
            break
if witness is None or answer == 0:
    print(f"답은 {answer}입니다." if ko else f"The answer is {answer}.")
else:
    chosen, weight = witness
    names = ", ".join(str(i + 1) for i in chosen)
    if ko:
        print(f"{names}번을 고르면 $w_i$의 합은 {weight}(W = {cap} 이하)이고 $v_i$의 합은 {answer}입니다.")
    else:
        print(f"Taking $i$ = {names} gives a sum of $w_i$ of {weight} (at most W = {cap}) and a sum of $v_i$ of {answer}.")
