"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
values = case["input"].split()[1:]
g, pieces = case["output"].split()
parts = " + ".join(f"{v}/{g}" for v in values)
if ko:
    print(f"gcd({', '.join(values)}) = {g}이므로 L = {g}이고, 조각의 수는 {parts} = {pieces}입니다.")
else:
    print(f"gcd({', '.join(values)}) = {g}, so L = {g} and the number of pieces is {parts} = {pieces}.")
