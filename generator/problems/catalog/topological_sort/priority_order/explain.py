"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = case["input"].split()
n, m = int(data[0]), int(data[1])
edges = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(m)]
answer = case["output"].split()
if answer == ["-1"]:
    print("선행 관계가 순환을 이루어 조건을 지키는 순서가 없으므로 -1입니다." if ko else
          "The pairs form a cycle, so no valid order exists and the answer is -1.")
else:
    order = [int(x) for x in answer]
    # Everything before 1 in the answer is exactly what 1 needs, directly or through other items.
    pred = [[] for _ in range(n + 1)]
    for u, v in edges:
        pred[v].append(u)
    need, stack = set(), [1]
    while stack:
        for u in pred[stack.pop()]:
            if u not in need:
                need.add(u)
                stack.append(u)
    first = order.index(1) + 1
    if ko:
        why = (f"1번은 {', '.join(map(str, sorted(need)))}번을 먼저 해야 하므로 빨라야 {first}번째입니다. " if need
               else "1번은 선행 항목이 없으므로 첫 번째에 할 수 있습니다. ")
        print(why + "그다음 2번, 3번, … 순으로 가능한 한 앞당기면 이 순서가 됩니다. 오른쪽 끝부터 거꾸로, 남은 것 중 "
              "번호가 가장 큰 항목을 맨 뒤에 두는 방법으로 구할 수 있습니다.")
    else:
        why = (f"1 needs {', '.join(map(str, sorted(need)))} first, so it can be at position {first} at the earliest. "
               if need else "1 has no prerequisite, so it goes first. ")
        print(why + "Bringing 2, then 3, and so on as far forward as possible gives this order; building it from the "
              "back, always placing the largest free item last, finds it.")
