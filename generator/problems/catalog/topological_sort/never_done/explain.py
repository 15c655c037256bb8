"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = case["input"].split()
n, m = int(data[0]), int(data[1])
edges = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(m)]
stuck = [int(t) for t in case["output"].split()[1:]]
texts = case.get("texts") or {}
item = texts.get("item", "항목" if ko else "item")
items = texts.get("items", "items")
if not stuck:
    print(f"순환이 없어서 모든 {item}을(를) 차례로 할 수 있으므로 0입니다." if ko else
          f"Nothing waits for a cycle, so every {item} can be done in turn and the answer is 0.")
else:
    # a stuck item always has a stuck prerequisite: walking back along them from one stuck item must close a cycle
    stuck_set = set(stuck)
    before = {v: min(u for u, w in edges if w == v and u in stuck_set) for v in stuck}
    path, seen, v = [], {}, stuck[0]
    while v not in seen:
        seen[v] = len(path)
        path.append(v)
        v = before[v]
    cycle = path[seen[v]:][::-1]
    low = cycle.index(min(cycle))
    cycle = cycle[low:] + cycle[:low]
    ring = " → ".join(map(str, cycle + cycle[:1]))
    listed = ", ".join(map(str, stuck))
    rest = len(stuck) < n
    if ko:
        tail = f" 나머지 {item}은(는) 선행 {item}이(가) 모두 끝나는 순서대로 할 수 있습니다." if rest else ""
        print(f"{listed}번 {item}은(는) 끝내 할 수 없습니다. 예를 들어 {ring}은(는) 순환이어서 각각이 바로 앞의 "
              f"{item}을(를) 기다리므로 어느 것도 먼저 시작할 수 없습니다. 이 순환을 기다리는 {item}도 할 수 없습니다.{tail}")
    else:
        tail = f" Every other {item} can be done once its prerequisites are." if rest else ""
        print(f"The {items} {listed} can never be done. For example, {ring} is a cycle: each waits for the one "
              f"before it, so none of them can start, and whatever waits for the cycle cannot be done either.{tail}")
