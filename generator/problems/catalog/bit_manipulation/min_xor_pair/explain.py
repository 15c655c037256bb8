"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
values = sorted(map(int, case["input"].split()[1:]))
answer = case["output"].strip()
steps = ", ".join(f"{x} ⊕ {y} = {x ^ y}" for x, y in zip(values, values[1:]))
if ko:
    print(f"값을 정렬하면 {', '.join(map(str, values))}이고, 이웃한 값의 XOR는 {steps}입니다. 가장 작은 값은 {answer}입니다.")
else:
    print(f"Sorted, the words are {', '.join(map(str, values))}; neighbouring XORs are {steps}. The smallest is {answer}.")
