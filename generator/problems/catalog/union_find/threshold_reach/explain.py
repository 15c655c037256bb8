"""A sample's explanation from its executed answer: for the first question, lists which edges are usable."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
toks = case["input"].split()
n, m, q = int(toks[0]), int(toks[1]), int(toks[2])
edges = [(int(toks[3 + 3 * i]), int(toks[4 + 3 * i]), int(toks[5 + 3 * i])) for i in range(m)]
s, k = int(toks[3 + 3 * m]), int(toks[4 + 3 * m])
answers = case["output"].split()
usable = [f"{u}-{v}" for u, v, w in edges if w <= k]
shown = ", ".join(usable[:6]) + (", ..." if len(usable) > 6 else "")
if ko:
    head = f"첫 질문({s}, {k})에서는 등급이 {k} 이하인 간선 {shown}만 쓸 수 있고" if usable else \
        f"첫 질문({s}, {k})에서는 쓸 수 있는 간선이 없고"
    print(f"{head}, {s}번에서 갈 수 있는 정점은 {answers[0]}개입니다.")
else:
    head = f"In the first question ({s}, {k}) only the edges {shown} have level at most {k}" if usable else \
        f"In the first question ({s}, {k}) no edge is usable"
    print(f"{head}; from {s}, {answers[0]} {'vertex is' if answers[0] == '1' else 'vertices are'} reachable.")
