"""A sample's explanation from its input: the stack after each operator."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
toks = case["input"].split()
n = int(toks[0])
stack, steps = [], []
for tok in toks[1:1 + n]:
    if tok in ("+", "-", "*"):
        b, a = stack.pop(), stack.pop()
        v = a + b if tok == "+" else a - b if tok == "-" else a * b
        stack.append(v)
        steps.append(f"{a} {tok} {b} = {v}")
    else:
        stack.append(int(tok))
shown = "; ".join(steps[:8]) + ("; ..." if len(steps) > 8 else "")
if ko:
    print(f"연산자를 만날 때마다 바로 앞의 두 값을 계산합니다: {shown}. 답은 {stack[0]}입니다." if steps else f"수 하나뿐이므로 답은 {stack[0]}입니다.")
else:
    print(f"Each operator combines the two values before it: {shown}. The value is {stack[0]}." if steps else f"A single number, so the value is {stack[0]}.")
