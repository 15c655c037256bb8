"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON
(texts: the theme's words for the things to order)."""
import json
import sys
from collections import deque

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}  # the theme's words, as in the statement
item = texts.get("item", "항목" if ko else "item")
items = texts.get("items", item + "s")
data = case["input"].split()
n, m = int(data[0]), int(data[1])
edges = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(m)]
answer = case["output"].split()
if answer == ["IMPOSSIBLE"]:
    # Remove what can be done; among the rest every item waits for another one left: walk back along those
    # prerequisites until an item repeats, and that loop is a cycle of pairs.
    adj = [[] for _ in range(n + 1)]
    indeg = [0] * (n + 1)
    for u, v in edges:
        adj[u].append(v)
        indeg[v] += 1
    left = set(range(1, n + 1))
    ready = deque(v for v in range(1, n + 1) if indeg[v] == 0)
    fork = None  # the first moment two items are ready together: it does not make the answer AMBIGUOUS
    while ready:
        if fork is None and len(ready) >= 2:
            fork = sorted(ready)[:2]
        x = ready.popleft()
        left.discard(x)
        for y in adj[x]:
            indeg[y] -= 1
            if indeg[y] == 0:
                ready.append(y)
    walk, x = [], min(left)
    while x not in walk:
        walk.append(x)
        x = min(u for u, v in edges if v == x and u in left)
    cycle = walk[walk.index(x):][::-1]
    loop = " → ".join(map(str, cycle + cycle[:1]))
    first = cycle[0]
    if ko:
        also = (f" {fork[0]}번과 {fork[1]}번 중 무엇을 먼저 할지 고를 수 있는 때가 있지만, 순서가 하나도 없으므로 "
                f"AMBIGUOUS가 아닙니다." if fork else "")
        print(f"선행 관계가 순환을 이룹니다: {loop}. 이대로라면 {first}번을 {first}번보다 먼저 해야 하므로 이 중 어느 것도 "
              f"먼저 할 수 없고, 조건을 지키는 순서가 없어 IMPOSSIBLE입니다.{also}")
    else:
        also = (f" At one point both {fork[0]} and {fork[1]} are ready, but with no valid order at all the answer is "
                f"not AMBIGUOUS." if fork else "")
        print(f"The pairs {loop} form a cycle: each must come before the next, so {first} would have to come "
              f"before itself. None of them can go first, so no valid order exists: IMPOSSIBLE.{also}")
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
    # The witness of uniqueness a reader can check: every two neighbours in the order are a pair of the input, so
    # the pairs chain all the items in this one order (saying that one item is ready at a time is the method).
    order, pairs = " ".join(answer), set(edges)
    chain = list(zip(answer, answer[1:]))
    assert all((int(a), int(b)) in pairs for a, b in chain), "a unique order has a pair between any two neighbours"
    SHOWN = 8
    links = ", ".join(f"{a} → {b}" for a, b in chain[:SHOWN]) + (", …" if len(chain) > SHOWN else "")
    if not chain:
        print(f"{item}이(가) 하나뿐이므로 순서도 {order} 하나뿐입니다." if ko else
              f"There is only one {item}, so {order} is the only order.")
    else:
        print(f"순서 {order}에서 이웃한 두 {item}은(는) 모두 주어진 선행 관계입니다: {links}. 이 관계들이 모든 {item}을(를) "
              f"이 순서로 묶으므로 조건을 지키는 순서는 이것 하나뿐입니다." if ko else
              f"Every two neighbours in the order {order} are a given pair: {links}. These pairs chain all the {items} in this "
              f"one order, so no other order keeps them all.")
