"""A sample's explanation: one best allowed choice, found by trying every choice (samples are tiny)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = list(map(int, case["input"].split()))
n, cap = data[0], data[1]
items = [(data[3 * i - 1], data[3 * i], data[3 * i + 1]) for i in range(1, n + 1)]
answer = int(case["output"].split()[0])
witness = None
if n <= 14:
    for mask in range(1 << n):
        taken = [False] + [bool(mask >> i & 1) for i in range(n)]
        if not all(not taken[i + 1] or items[i][0] == 0 or taken[items[i][0]] for i in range(n)):
            continue
        weight = sum(items[i][1] for i in range(n) if taken[i + 1])
        if weight <= cap and sum(items[i][2] for i in range(n) if taken[i + 1]) == answer:
            witness = ([i + 1 for i in range(n) if taken[i + 1]], weight)
            break
if witness is None or answer == 0:
    print(f"답은 {answer}입니다." if ko else f"The answer is {answer}.")
else:
    chosen, weight = witness
    names = ", ".join(map(str, chosen))
    if ko:
        print(f"{names}번을 고르면 선행 조건을 모두 지키고, $w_i$의 합은 {weight}(W = {cap} 이하), $v_i$의 합은 {answer}입니다.")
    else:
        print(f"Choosing {names} keeps every prerequisite, uses {weight} (at most W = {cap}) and gives {answer}.")
