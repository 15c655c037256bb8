"""A sample's explanation: each query's range and the letters counted (samples are tiny)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = case["input"].split()
n, q = int(data[0]), int(data[1])
s = data[2]
answers = case["output"].split()
parts = []


def times(count):
    return {"0": "0 times", "1": "once"}.get(count, f"{count} times")


for j in range(min(q, 4)):
    l, r, c = int(data[3 + 3 * j]), int(data[4 + 3 * j]), data[5 + 3 * j]
    parts.append(f"{s[l - 1:r]}에서 '{c}' {answers[j]}개" if ko else f"'{c}' occurs {times(answers[j])} in {s[l - 1:r]}")
shown = "; ".join(parts) + (" …" if q > 4 else "")
print(f"각 질문의 구간과 답: {shown}." if ko else f"Each question's range and answer: {shown}.")
