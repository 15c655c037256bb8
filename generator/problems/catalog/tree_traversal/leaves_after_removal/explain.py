"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON.
Lists what the removal takes away and which vertices are leaves afterwards."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
tokens = [int(t) for t in case["input"].split()]
n = tokens[0]
par = [0] + tokens[1:n + 1]
d = tokens[n + 1]


def survives(v):
    while v:
        if v == d:
            return False
        v = par[v]
    return True


alive = [v for v in range(1, n + 1) if survives(v)]
gone = [v for v in range(1, n + 1) if v not in alive]
leaves = [v for v in alive if not any(par[u] == v for u in alive)]
answer = case["output"].strip()
if not alive:
    print(f"{d}번이 루트이므로 모두 사라지고 답은 {answer}입니다." if ko else
          f"Vertex {d} is the root, so everything is removed and the answer is {answer}.")
else:
    names = ", ".join(map(str, leaves))
    print(f"{d}번을 떼어 내면 {', '.join(map(str, gone))}번이 사라지고, 남은 트리의 리프는 {names}번으로 {answer}개입니다."
          if ko else
          f"Removing {d} takes away {', '.join(map(str, gone))}; the leaves of what is left are {names}, so the "
          f"answer is {answer}.")
