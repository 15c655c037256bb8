"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
values = list(map(int, case["input"].split()[1:]))
total = case["output"].strip()
terms = [f"{values[i]} ⊕ {values[j]} = {values[i] ^ values[j]}"
         for i in range(len(values)) for j in range(i + 1, len(values))]
if ko:
    print(f"쌍은 {', '.join(terms)}이고, 합은 {total}입니다.")
else:
    print(f"The pairs are {', '.join(terms)}; their sum is {total}.")
