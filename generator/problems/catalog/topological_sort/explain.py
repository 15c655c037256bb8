"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON
(texts: the theme's words for the things to order and, for semesters, for one round)."""
import json
import sys
from collections import deque

case = json.load(sys.stdin)
variant, ko = case["params"]["variant"], case["language"] == "ko"
texts = case.get("texts") or {}  # the theme's words, as in the statement
item = texts.get("item", "항목" if ko else "item")
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
        SHOWN = 6  # each pair with the two positions in the order, so the reader can check them
        pairs = ", ".join(f"{u} → {v} ({pos[u] + 1} < {pos[v] + 1})" for u, v in edges[:SHOWN])
        more = (f", … ({m}개 모두)" if ko else f", … (all {m} pairs)") if m > SHOWN else ""
        if not edges:
            print("선행 관계가 없으므로 어떤 계획이든 YES입니다." if ko else "There are no pairs, so any plan is YES.")
        else:
            print(f"계획에서의 위치로 보면 모든 선행 관계 u → v에서 u가 앞에 있습니다: {pairs}{more}. 따라서 YES입니다."
                  if ko else
                  f"By position in the plan, every pair u → v has u first: {pairs}{more}, so the answer is YES.")
    else:
        u, v = broken[0]
        print(f"{item} {u}이(가) {item} {v}보다 먼저 와야 하지만 계획에서는 {v}이(가) 먼저 나오므로({v}은(는) "
              f"{pos[v] + 1}번째, {u}은(는) {pos[u] + 1}번째) NO입니다." if ko else
              f"{item.capitalize()} {u} must come before {item} {v}, but the plan lists {v} first ({v} at position "
              f"{pos[v] + 1}, {u} at {pos[u] + 1}), so the answer is NO.")
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
    # the theme's round (학기, 날, build round); "4번" alone would read as item number 4
    round_word = texts.get("round", "차례" if ko else "round")
    if ko:
        print(" ".join(f"{r}번째 {round_word}: {', '.join(map(str, g))}." for r, g in enumerate(groups, 1))
              + f" 필요한 {round_word} 수는 {rounds}이며, 이보다 적을 수는 없습니다.")
    else:
        rounds_word = texts.get("rounds", "rounds") if rounds != 1 else round_word
        print(" ".join(f"{round_word.capitalize()} {r}: {', '.join(map(str, g))}." for r, g in enumerate(groups, 1))
              + f" That makes {rounds} {rounds_word} in total, and no plan takes fewer.")
elif variant == "smallest_order":
    adj = [[] for _ in range(n + 1)]
    indeg = [0] * (n + 1)
    for u, v in edges:
        adj[u].append(v)
        indeg[v] += 1
    if answer == ["-1"]:
        # walk back along prerequisites that never become free until a step repeats: that loop is a cycle
        left = set(range(1, n + 1))
        free = [v for v in range(1, n + 1) if indeg[v] == 0]
        while free:
            x = free.pop()
            left.discard(x)
            for y in adj[x]:
                indeg[y] -= 1
                if indeg[y] == 0:
                    free.append(y)
        walk, x = [], min(left)
        while x not in walk:
            walk.append(x)
            x = min(u for u, v in edges if v == x and u in left)
        cycle = walk[walk.index(x):][::-1]
        loop = " → ".join(map(str, cycle + cycle[:1]))
        print(f"{loop}의 선행 관계가 순환을 이루어 어떤 순서도 조건을 만족하지 않으므로 -1입니다." if ko else
              f"The pairs {loop} form a cycle, so no order satisfies them all and the answer is -1.")
    else:
        # The witness a reader can check, not the rule that finds it ("take the smallest ready one each time"): the
        # order keeps every pair, and wherever a smaller number than the one placed was still unplaced, a pair shows
        # that it could not stand there yet (one of its prerequisites was still unplaced).
        order = [int(x) for x in answer]
        SHOWN = 6
        kept = ", ".join(f"{u} → {v}" for u, v in edges[:SHOWN]) + (", …" if m > SHOWN else "")
        placed, blocked = set(), []
        for place, x in enumerate(order, 1):
            waits = [(j, min(u for u, v in edges if v == j and u not in placed))
                     for j in range(1, x) if j not in placed]
            if waits:
                blocked.append((place, waits))
            placed.add(x)
        SHOWN_WAITS = 3
        if ko:
            head = (f"순서 {' '.join(answer)}은(는) 모든 선행 관계({kept})를 지킵니다." if edges else
                    f"선행 관계가 없으므로 {' '.join(answer)}이(가) 가장 앞서는 순서입니다.")
            parts = [f"{place}번째 자리에는 더 작은 {'과(와) '.join(str(j) for j, _ in waits[:SHOWN_WAITS])}"
                     f"{'…' if len(waits) > SHOWN_WAITS else ''}이(가) 올 수 없습니다("
                     + ", ".join(f"{j} 앞에는 {p}이(가)" for j, p in waits[:SHOWN_WAITS]) + " 먼저 와야 합니다)."
                     for place, waits in blocked[:SHOWN]]
            tail = (" 이보다 앞서는 순서는 없습니다. " + " ".join(parts) if parts else
                    " 번호 순서 그대로이므로 이보다 앞서는 순서는 없습니다." if edges else "")
        else:
            head = (f"The order {' '.join(answer)} keeps every pair ({kept})." if edges else
                    f"There are no pairs, so {' '.join(answer)} is the smallest order.")
            parts = [f"at place {place}, the smaller "
                     + " and ".join(str(j) for j, _ in waits[:SHOWN_WAITS]) + (" …" if len(waits) > SHOWN_WAITS else "")
                     + " cannot stand there yet ("
                     + ", ".join(f"{p} must come before {j}" for j, p in waits[:SHOWN_WAITS]) + ")"
                     for place, waits in blocked[:SHOWN]]
            tail = (" No valid order is smaller: " + "; ".join(parts) + "." if parts else
                    " It is the numbers in order, so no order is smaller." if edges else "")
        print(head + tail)
else:
    adj = [[] for _ in range(n + 1)]
    for u, v, w in edges:
        adj[u].append((v, w))
    chains = []  # every chain from 1 to N with its times (the samples are small)
    stack = [(1, [1], [])]
    while stack and len(chains) < 200:
        x, path, times = stack.pop()
        if x == n:
            chains.append((sum(times), path, times))
            continue
        for y, w in sorted(adj[x], reverse=True):
            stack.append((y, path + [y], times + [w]))
    if answer == ["-1"]:
        print(f"1번에서 시작해 {n}번에서 끝나는 사슬이 없으므로 -1입니다." if ko else
              f"No chain starts at 1 and ends at {n}, so the answer is -1.")
    else:
        length, count = answer
        best = [c for c in chains if str(c[0]) == length]
        shown = [f"{' → '.join(map(str, p))} ({' + '.join(map(str, t)) + ' = ' if len(t) > 1 else ''}{total})"
                 for total, p, t in best[:3]]
        more = " …" if len(best) > 3 else ""
        others = sorted({c[0] for c in chains if str(c[0]) != length}, reverse=True)
        if ko:
            tail = f" 다른 사슬의 시간은 {', '.join(map(str, others))}입니다." if others else ""
            print(f"시간이 가장 큰 사슬은 {', '.join(shown)}{more}(으)로 {count}개입니다.{tail}")
        else:
            tail = f" The other chains take {', '.join(map(str, others))}." if others else ""
            print(f"The chains with the largest time are {', '.join(shown)}{more}: {count} of them.{tail}")
