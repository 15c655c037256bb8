"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
low, high, k = map(int, case["input"].split()[1:4])
answer = case["output"].split()[0]
found = [f"{x} = {x:b}₂" for x in range(low, high + 1) if bin(x).count("1") == k]
listed = ", ".join(found) if found else ("없음" if ko else "none")
if ko and found:  # no particle after the list: it ends in a binary numeral
    print(f"첫 질문에서 {low}부터 {high}까지 1이 정확히 {k}개인 코드는 모두 {answer}개입니다: {listed}.")
elif ko:
    print(f"첫 질문에서 {low}부터 {high}까지 1이 정확히 {k}개인 코드가 없으므로 {answer}입니다.")
else:
    print(f"In the first question, the codes from {low} to {high} with exactly {k} {'one' if k == 1 else 'ones'} (in binary) are {listed}: {answer} in all.")
