"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
tokens = case["input"].split()
n = int(tokens[0])
count = {}
for kind in tokens[2:2 + 2 * n:2]:
    count[kind] = count.get(kind, 0) + 1
factors = " × ".join(f"({c} + 1)" for c in count.values())
if ko:
    kinds = ", ".join(f"`{k}`인 것이 {c}개" for k, c in count.items())
    print(f"{kinds}입니다. 이들 각각에서 하나도 고르지 않거나 하나를 고르고, 아무것도 고르지 않는 경우 하나를 빼면 "
          f"{factors} − 1 = {case['output'].strip()}가지입니다.")
else:
    kinds = ", ".join(f"{c} of `{k}`" for k, c in count.items())
    print(f"There are {kinds}. Each of these is left out or gives one of its items, and the empty choice is not "
          f"allowed: {factors} − 1 = {case['output'].strip()} sets.")
