"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

P = 10**9 + 7
case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = list(map(int, case["input"].split()))
k, n = data[0], data[1]
c, f = data[2:2 + k], data[2 + k:2 + 2 * k]
while len(f) < n:
    f.append(sum(c[i] * f[-1 - i] for i in range(k)) % P)
terms = ", ".join(f"f_{j + 1} = {v}" for j, v in enumerate(f[:n]))
print((f"수열을 이어 쓰면 {terms}이므로 답은 {case['output'].strip()}입니다." if ko else
       f"Continuing the sequence: {terms}, so the answer is {case['output'].strip()}."))
