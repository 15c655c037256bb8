"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
lines = case["input"].strip().split("\n")
n, m, k = map(int, lines[0].split())
edges = [tuple(map(int, line.split())) for line in lines[1:1 + m]]
questions = [tuple(map(int, line.split())) for line in lines[m + 2:]]
answers = case["output"].strip().split("\n")
shown = []
for (s, t), ans in zip(questions, answers):
    walks = [[s]]
    for _ in range(k):
        walks = [w + [v] for w in walks for (u, v) in edges if u == w[-1]]
    found = [w for w in walks if w[-1] == t]
    listing = ", ".join("→".join(map(str, w)) for w in found[:3]) + (", …" if len(found) > 3 else "")
    shown.append(f"{s}→{t}: {ans}" + (f" ({listing})" if found else ""))
print((f"K = {k}, 길이 {k}인 이동의 수: " if ko else f"K = {k}, walks of length {k}: ") + "; ".join(shown) + ".")
