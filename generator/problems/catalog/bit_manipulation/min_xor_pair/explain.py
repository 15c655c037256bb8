"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
values = sorted(map(int, case["input"].split()[1:]))
answer = case["output"].strip()
steps = ", ".join(f"{x} ⊕ {y} = {x ^ y}" for x, y in zip(values, values[1:]))
gap = min((y - x, x, y) for x, y in zip(values, values[1:]))  # the closest words (the first such pair)
closest = ""
if gap[1] ^ gap[2] > int(answer):  # the guess the statement warns about, refuted on this sample
    closest = (f" 차이가 가장 작은 두 값({gap[1]}, {gap[2]}, 차이 {gap[0]})의 XOR는 {gap[1] ^ gap[2]}입니다." if ko
               else f" The closest words, {gap[1]} and {gap[2]}, differ by only {gap[0]}, yet their XOR is "
                    f"{gap[1] ^ gap[2]}.")
if ko:
    print(f"값을 정렬하면 {', '.join(map(str, values))}이고, 이웃한 값의 XOR는 {steps}입니다. 가장 작은 값은 {answer}입니다.{closest}")
else:
    print(f"Sorted, the words are {', '.join(map(str, values))}; neighbouring XORs are {steps}. The smallest is {answer}.{closest}")
