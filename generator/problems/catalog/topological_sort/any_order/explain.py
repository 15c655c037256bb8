"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = case["input"].split()
n, m = int(data[0]), int(data[1])
edges = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(m)]
values = case["output"].split()
if values == ["-1"]:
    # Find a cycle to show: follow unfinished vertices (each has an unfinished predecessor) backwards.
    indeg = [0] * (n + 1)
    adj = [[] for _ in range(n + 1)]
    pred = [[] for _ in range(n + 1)]
    for u, v in edges:
        adj[u].append(v)
        pred[v].append(u)
        indeg[v] += 1
    stack = [v for v in range(1, n + 1) if indeg[v] == 0]
    done = [False] * (n + 1)
    while stack:
        u = stack.pop()
        done[u] = True
        for v in adj[u]:
            indeg[v] -= 1
            if indeg[v] == 0:
                stack.append(v)
    x = next(v for v in range(1, n + 1) if not done[v])
    seen = []
    while x not in seen:
        seen.append(x)
        x = next(u for u in pred[x] if not done[u])
    cycle = seen[seen.index(x):][::-1]
    text = " → ".join(map(str, cycle + [cycle[0]]))
    print(f"{text} 순서로 서로를 기다리는 순환이 있어서 가능한 순서가 없으므로 -1입니다." if ko else
          f"{text} is a cycle: each of them must wait for the previous one, so no order exists and the answer is -1.")
else:
    order = " ".join(values)
    print(f"순서 {order}에서는 모든 선행 관계 {m}개가 앞에서 뒤로 향합니다. 다른 올바른 순서를 출력해도 정답입니다." if ko else
          f"In the order {order} every one of the {m} pairs goes forward. Any other valid order is accepted as well.")
