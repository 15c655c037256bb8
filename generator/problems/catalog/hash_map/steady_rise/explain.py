"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON.
Lists the pairs on plan with the check a_j - a_i = D * (j - i) (the samples are small); the key that counts them fast is
the task and is not said."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
tokens = case["input"].split()
n, d = int(tokens[0]), int(tokens[1])
a = [0] + list(map(int, tokens[2:2 + n]))
found = [(i, j) for i in range(1, n + 1) for j in range(i + 1, n + 1) if a[j] - a[i] == d * (j - i)]
SHOWN = 6


def check(i, j):
    left = f"{a[j]} − {a[i]}" if a[i] >= 0 else f"{a[j]} − ({a[i]})"
    return f"({i}, {j}): {left} = {a[j] - a[i]} = {d}·{j - i}" if d >= 0 else \
        f"({i}, {j}): {left} = {a[j] - a[i]} = ({d})·{j - i}"


listed = "; ".join(check(i, j) for i, j in found[:SHOWN]) + ("; …" if len(found) > SHOWN else "")
if ko:
    print(f"계획대로인 쌍은 {len(found)}개입니다: {listed}." if found else
          "a_j − a_i = D·(j − i)인 쌍 (i, j)가 없으므로 답은 0입니다.")
else:
    print(f"{len(found)} {'pair is' if len(found) == 1 else 'pairs are'} on plan: {listed}." if found else
          "No pair (i, j) has a_j − a_i = D·(j − i), so the answer is 0.")
