"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
n = int(case["input"].split()[0])
lines = case["output"].split("\n")
pairs = [line.split() for line in lines[1:1 + int(lines[0])]]
product = " × ".join(p if e == "1" else f"{p}^{e}" for p, e in pairs) or "1"
if ko:
    print(f"{n} = {product}이므로 서로 다른 소인수는 {len(pairs)}개입니다.")
else:
    print(f"{n} = {product}, so {n} has {len(pairs)} different prime {'factor' if len(pairs) == 1 else 'factors'}.")
