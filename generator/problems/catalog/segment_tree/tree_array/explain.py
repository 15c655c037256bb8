"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON.
Names the cells on the path of the first change and the values printed for them."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
tokens = [int(t) for t in case["input"].split()]
n = tokens[0]
i, x = tokens[2 + n], tokens[3 + n]
cells, v = [], n - 1 + i
while v >= 1:
    cells.append(v)
    v //= 2
values = case["output"].split("\n")[0].split()
shown = ", ".join(f"t[{c}] = {val}" for c, val in zip(cells, values))
if ko:
    print(f"첫 변경에서 a_{i}의 잎은 t[{n - 1 + i}]이고, 거기서 t[1]까지 올라가는 칸의 새 값은 차례로 {shown}입니다.")
else:
    print(f"In the first change the leaf of a_{i} is t[{n - 1 + i}]; going up to t[1]: {shown}.")
