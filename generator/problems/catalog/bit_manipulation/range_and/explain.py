"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
numbers = list(map(int, case["input"].split()[1:]))
answers = case["output"].split()
low, high = numbers[0], numbers[1]
width = high.bit_length() or 1
codes = ", ".join(f"{x:0{width}b}" for x in range(low, high + 1))
if ko:
    print(f"첫 시험의 코드를 이진수로 쓰면 {codes}입니다. 모든 코드에서 1인 자리만 남기면 {int(answers[0]):0{width}b}₂ = {answers[0]}입니다.")
else:
    print(f"The codes of the first run in binary are {codes}. Keeping the digits that are 1 in every code gives "
          f"{int(answers[0]):0{width}b}₂ = {answers[0]}.")
