"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
numbers = list(map(int, case["input"].split()))
n, k, a = numbers[0], numbers[1], numbers[2:]
answer = case["output"].strip()
pairs = [f"({i + 1}, {j + 1}): {a[i]} ⊕ {a[j]} = {k}" for i in range(n) for j in range(i + 1, n) if a[i] ^ a[j] == k]
listed = ", ".join(pairs) if pairs else ("없음" if ko else "none")
if ko:
    print(f"짝이 맞는 위치 쌍은 모두 {answer}개입니다: {listed}.")
else:
    print(f"The matching pairs of positions are {listed}: {answer} in all.")
