"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
s = case["input"].split()[1]
n = len(s)
answer = case["output"].split()[0]
best = None  # one optimal (a, b), the longest prefix part first: samples are small, so try them all
for a in range(n, -1, -1):
    for b in range(n - a, -1, -1):
        t = s[:a] + s[n - b:]
        if t == t[::-1] and (best is None or a + b > sum(best)):
            best = (a, b)
a, b = best
parts_en = f"$A =$ `{s[:a]}`" + (f", $B =$ `{s[n - b:]}`" if b else " and an empty $B$")
parts_ko = f"$A =$ `{s[:a]}`" + (f", $B =$ `{s[n - b:]}`" if b else ", 빈 $B$")
t = s[:a] + s[n - b:]
if ko:
    text = f"예: {parts_ko} → $T =$ `{t}` (팰린드롬). 이보다 긴 $T$는 만들 수 없으므로 답은 {answer}입니다."
else:
    text = f"For example {parts_en} give the palindrome $T =$ `{t}`; no longer $T$ exists, so the answer is {answer}."
print(text)
