"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = [int(t) for t in case["input"].split()]
n, m, q = data[0], data[1], data[2]
edges = {(data[3 + 3 * e], data[4 + 3 * e]): data[5 + 3 * e] for e in range(m)}
answers = case["output"].split()
base = 3 + 3 * m
said = []
for t in range(min(q, 3)):
    a, b = data[base + 2 * t], data[base + 2 * t + 1]
    x = answers[t]
    if x == "-1":
        said.append(f"{a}번에서 {b}번으로는 갈 수 없으므로 -1입니다." if ko else f"{b} cannot be reached from {a}: -1.")
    else:
        said.append(f"{a}번에서 {b}번까지는 높이가 {x} 이하인 간선만으로 갈 수 있고, 그보다 낮게는 갈 수 없습니다." if ko else
                    f"From {a} to {b} there is a route using only edges of height at most {x}, and none lower.")
print(" ".join(said))
