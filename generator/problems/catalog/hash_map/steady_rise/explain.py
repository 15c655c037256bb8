"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
tokens = case["input"].split()
n, d = int(tokens[0]), int(tokens[1])
a = [0] + list(map(int, tokens[2:2 + n]))
pairs = [f"({i}, {j})" for i in range(1, n + 1) for j in range(i + 1, n + 1) if a[j] - a[i] == d * (j - i)]
keys = ", ".join(str(a[i] - d * i) for i in range(1, n + 1))
if ko:
    text = f"$a_i - D \\cdot i$ 값은 {keys}입니다. " + (
        f"이 값이 같은 쌍이 계획대로입니다: {', '.join(pairs)}. 모두 {len(pairs)}개입니다." if pairs else "같은 값이 없으므로 답은 0입니다.")
else:
    text = f"The values $a_i - D \\cdot i$ are {keys}. " + (
        f"The only pair with equal values, {pairs[0]}, is on plan." if len(pairs) == 1 else
        f"The pairs with equal values, {', '.join(pairs)}, are on plan: {len(pairs)} in all." if pairs else
        "No two are equal, so the answer is 0.")
print(text)
