"""A sample's explanation from its executed answer: reads {"input", "output", "language", "texts"} as JSON
(texts: the theme's words for the things and the links between them)."""
import json
import sys

case = json.load(sys.stdin)
texts = case.get("texts") or {}  # the theme's words, as in the statement
ko = case["language"] == "ko"
node = texts.get("node", "정점" if ko else "vertex")
nodes = texts.get("nodes", "vertices")
edge = texts.get("edge", "간선" if ko else "edge")
edges = texts.get("edges", "edges")


tokens = case["input"].split()
n, m = int(tokens[0]), int(tokens[1])
adj = {x: set() for x in range(1, n + 1)}
for i in range(m):
    u, v = int(tokens[2 + 2 * i]), int(tokens[3 + 2 * i])
    adj[u].add(v)
    adj[v].add(u)


def reach(start, closed):
    """The vertices reachable from `start` when `closed` is removed."""
    seen, todo = {start}, [start]
    while todo:
        for y in adj[todo.pop()] - seen - {closed}:
            seen.add(y)
            todo.append(y)
    return seen


cuts = []  # (cut vertex, two of its neighbours it separates), smallest labels first
for x in range(1, n + 1):
    near = sorted(adj[x])
    if len(near) >= 2:
        side = reach(near[0], x)
        apart = [y for y in near if y not in side]
        if apart:
            cuts.append((x, near[0], apart[0]))
k = int(case["output"].split()[0])
assert k == len(cuts), (k, cuts)  # the samples are small: the definition checks the executed answer
if ko:
    if not cuts:
        print(f"꼭 필요한 {node}은(는) 없습니다. 어느 {node}을(를) 막아도 이어져 있던 두 "
              f"{node}은(는) 계속 이어져 있습니다.")
    else:
        names = ", ".join(f"{x}번" for x, _, _ in cuts)
        count = f"{names} 하나입니다" if k == 1 else f"{names}으로 {k}개입니다"
        parts = ", ".join(f"{x}번을 막으면 {a}번과 {b}번 사이" for x, a, b in cuts)
        print(f"꼭 필요한 {node}은(는) {count}. {parts}의 길이 모두 끊깁니다. 나머지 {node}은(는) "
              f"하나를 막아도 이어져 있던 다른 두 {node}이(가) 끊기지 않습니다.")
else:
    if not cuts:
        print(f"No {node} is critical: closing any one leaves every two other {nodes} that were connected still "
              "connected.")
    else:
        names = [str(x) for x, _, _ in cuts]
        listed = names[0] if k == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        parts = [f"closing {x} leaves no route between {a} and {b}" for x, a, b in cuts]
        print(f"There {'is' if k == 1 else 'are'} {k} critical {node if k == 1 else nodes}: {listed}. "
              + "; ".join(parts)[:1].upper() + "; ".join(parts)[1:] + f". Closing any other {node} keeps every two "
              f"connected {nodes} connected.")
