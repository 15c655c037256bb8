"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys
from collections import deque

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = case["input"].split()
n, m = int(data[0]), int(data[1])
edges = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(m)]
answer = case["output"].split()
if answer == ["IMPOSSIBLE"]:
    print("선행 관계가 순환을 이루어 조건을 지키는 순서가 없으므로 IMPOSSIBLE입니다." if ko else
          "The pairs form a cycle, so no valid order exists: IMPOSSIBLE.")
elif answer == ["AMBIGUOUS"]:
    # Show the first moment at which two items are ready together.
    adj = [[] for _ in range(n + 1)]
    indeg = [0] * (n + 1)
    for u, v in edges:
        adj[u].append(v)
        indeg[v] += 1
    queue = deque(v for v in range(1, n + 1) if indeg[v] == 0)
    done = []
    while len(queue) == 1:
        u = queue.popleft()
        done.append(u)
        for v in adj[u]:
            indeg[v] -= 1
            if indeg[v] == 0:
                queue.append(v)
    a, b = sorted(queue)[:2]
    if ko:
        before = f"{', '.join(map(str, done))}번을 한 뒤에 " if done else "처음에 "
        print(f"{before}{a}번과 {b}번을 모두 할 수 있고, 둘 중 무엇을 먼저 해도 되므로 AMBIGUOUS입니다.")
    else:
        before = f"After {', '.join(map(str, done))}, " if done else "At the start, "
        print(f"{before}both {a} and {b} are ready and either may go first, so the answer is AMBIGUOUS.")
else:
    order = " ".join(answer)
    print(f"매 단계마다 할 수 있는 항목이 하나뿐이어서 {order} 외의 순서는 없습니다." if ko else
          f"At every step exactly one item is ready, so {order} is the only valid order.")
