"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
a = list(map(int, case["input"].split()[1:]))
answer = int(case["output"])
width = max(a).bit_length() or 1
i, j = next((i, j) for i in range(len(a)) for j in range(i + 1, len(a)) if a[i] & a[j] == answer)
pair = f"{a[i]:0{width}b}₂ & {a[j]:0{width}b}₂ = {answer:0{width}b}₂ = {answer}"
if ko:  # 과/와 after the number read aloud: 2 이, 4 사, 5 오, 9 구 end in a vowel
    print(f"램프 {i + 1}과(와) 램프 {j + 1}: {pair}. 다른 어떤 쌍도 이보다 크지 않습니다.")
else:
    print(f"Lamps {i + 1} and {j + 1}: {pair}. No other pair gives more.")
