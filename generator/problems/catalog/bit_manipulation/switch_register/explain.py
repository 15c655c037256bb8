"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
lines = case["input"].split("\n")[1:]
mask, steps = 0, []
for line in filter(None, lines):
    parts = line.split()
    if parts[0] != "code" and parts[0] != "test":
        bit = 1 << int(parts[1])
        mask = {"on": mask | bit, "off": mask & ~bit, "flip": mask ^ bit}[parts[0]]
    if parts[0] == "test":
        on = mask >> int(parts[1]) & 1
        steps.append(f"{line} → {on} " + ("출력" if ko else "printed"))
    elif parts[0] == "code":
        steps.append(f"{line} → {mask} " + ("출력" if ko else "printed"))
    else:
        steps.append(f"{line} → {mask:b}₂ = {mask}")
if ko:
    print("명령마다 코드(이진수)와 출력은 다음과 같습니다: " + "; ".join(steps) + ".")
else:
    print("The code (in binary) after each command, and what is printed: " + "; ".join(steps) + ".")
