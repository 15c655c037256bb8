"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON.
One sentence per question: the exponent as a sum of powers of two, the repeated squares modulo M_i, and the
product of the squares the exponent uses."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
nums = list(map(int, case["input"].split()[1:]))
answers = case["output"].split()
parts = []
for i, answer in enumerate(answers, 1):
    a, b, m = nums[3 * i - 3:3 * i]
    if b == 0:
        parts.append(f"질문 {i}: {a}^0 = 1이고 1 mod {m} = {answer}입니다." if ko else
                     f"Question {i}: {a}^0 = 1, and 1 mod {m} = {answer}.")
        continue
    squares, used = [], []
    power, rem = 1, a % m
    while power <= b:
        squares.append(f"{a}^{power} ≡ {rem}")
        if b & power:
            used.append((power, rem))
        rem = rem * rem % m
        power *= 2
    shown = ", ".join(squares)
    if len(used) == 1:
        parts.append(f"질문 {i}: {m}(으)로 나눈 나머지는 {shown}이므로 {a}^{b} ≡ {answer}입니다." if ko else
                     f"Question {i}: modulo {m}, {shown}, so {a}^{b} ≡ {answer}.")
    else:
        split = " · ".join(f"{a}^{p}" for p, _ in used)
        product = " · ".join(str(r) for _, r in used)
        parts.append(f"질문 {i}: {a}^{b} = {split}입니다. {m}(으)로 나눈 나머지는 {shown}이므로 "
                     f"{a}^{b} ≡ {product} ≡ {answer}입니다." if ko else
                     f"Question {i}: {a}^{b} = {split}; modulo {m}, {shown}, so {a}^{b} ≡ {product} ≡ {answer}.")
print(" ".join(parts))
