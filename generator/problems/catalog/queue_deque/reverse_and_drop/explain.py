"""A sample's explanation from its input alone: reads {"input", "language", "texts", ...} as JSON."""
import json
import sys


case = json.load(sys.stdin)
ko, name = case["language"] == "ko", case["texts"]["line"]
lines = case["input"].split("\n")
line = lines[1].split()
steps, error = [], False
for op in lines[2].strip():
    if op == "R":
        line.reverse()
    elif not line:
        error = True
        break
    else:
        line.pop(0)
    steps.append(f"{op} → {' '.join(line) if line else ('비어 있음' if ko else 'empty')}")
shown = "; ".join(steps[:10]) + ("; ..." if len(steps) > 10 else "")
if error:
    print(f"연산을 차례로 적용하면 {shown}입니다. 다음 D를 적용할 때 {name}이(가) 비어 있으므로 "
          f"error입니다." if ko else
          f"Applying the operations in order: {shown}. The next D finds the {name} empty, so the answer is error.")
else:
    result = " ".join(line) if line else "empty"
    print(f"연산을 차례로 적용하면 {shown}이므로 답은 {result}입니다." if ko else
          f"Applying the operations in order: {shown}. So the answer is {result}.")
