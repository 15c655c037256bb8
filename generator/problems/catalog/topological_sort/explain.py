"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys
from collections import deque

case = json.load(sys.stdin)
variant, ko = case["params"]["variant"], case["language"] == "ko"
answer = case["output"].split()
tokens = case["input"].split()
n, m = int(tokens[0]), int(tokens[1])
width = 3 if variant == "critical_path" else 2
edges = [tuple(int(x) for x in tokens[2 + width * i:2 + width * i + width]) for i in range(m)]

if variant == "check_order":
    order = [int(x) for x in tokens[2 + width * m:2 + width * m + n]]
    pos = {v: i for i, v in enumerate(order)}
    broken = [(u, v) for u, v in edges if pos[u] > pos[v]]
    if not broken:
        print("모든 선행 관계 u → v에서 u가 v보다 앞에 있으므로 YES입니다." if ko else
              "For every pair u → v, u comes before v in the order, so the answer is YES.")
    else:
        u, v = broken[0]
        print(f"{u}번이 {v}번보다 먼저 와야 하지만 순서에서는 {v}번이 먼저 나오므로 NO입니다." if ko else
              f"{u} must come before {v}, but the order lists {v} first, so the answer is NO.")
elif variant == "semesters":
    adj = [[] for _ in range(n + 1)]
    indeg = [0] * (n + 1)
    for u, v in edges:
        adj[u].append(v)
        indeg[v] += 1
    level = [1] * (n + 1)
    queue = deque(v for v in range(1, n + 1) if indeg[v] == 0)
    while queue:
        x = queue.popleft()
        for y in adj[x]:
            level[y] = max(level[y], level[x] + 1)
            indeg[y] -= 1
            if indeg[y] == 0:
                queue.append(y)
    rounds = int(answer[0])
    groups = [[v for v in range(1, n + 1) if level[v] == r] for r in range(1, rounds + 1)]
    if ko:
        # 차례 counts rounds; "4번" would read as item number 4.
        print(" ".join(f"{r}번째 차례: {', '.join(map(str, g))}." for r, g in enumerate(groups, 1))
              + f" 모두 {rounds}차례가 걸리며, 이보다 빠를 수는 없습니다.")
    else:
        print(" ".join(f"Round {r}: {', '.join(map(str, g))}." for r, g in enumerate(groups, 1))
              + f" That makes {rounds} in total, and no plan is faster.")
elif variant == "smallest_order":
    if answer == ["-1"]:
        print("순환하는 선행 관계가 있어서 어떤 순서도 조건을 만족하지 않으므로 -1입니다." if ko else
              "The prerequisites contain a cycle, so no order satisfies them all and the answer is -1.")
    else:
        print("매번 선행 조건이 모두 끝난 항목 중 번호가 가장 작은 것을 고르면 이 순서가 됩니다." if ko else
              "Taking, at every step, the smallest-numbered item whose prerequisites are all done gives this order.")
else:
    if answer == ["-1"]:
        print(f"1번에서 출발해 {n}번에 도달하는 경로가 없으므로 -1입니다." if ko else
              f"No route leads from 1 to {n}, so the answer is -1.")
    else:
        length, count = answer
        print(f"가장 긴 경로의 시간은 {length}이고, 이 시간을 갖는 경로는 {count}개(10^9+7로 나눈 나머지)입니다." if ko else
              f"The longest route takes {length}, and {count} route{'s' if count != '1' else ''} (modulo 10^9+7) "
              f"take exactly that long.")
